import type { AnalyzedSentence } from './analyzed-paragraph.js';
import { strongestFreshMention } from './answer-kind.js';
import { clauseExcerpt, type Span } from './clause-excerpt.js';
import type { Evidence } from './extractive-selection.js';
import { attributed, sentencesText, standAlone } from './extractive-wording.js';
import { bestMatch, SAME_NAME } from './focus-match.js';
import { datelineLength } from '../language/datelines.js';
import type { QuestionAnalysis } from './question-analysis.js';
import type { WordCasing } from './word-casing.js';
import { words } from './words.js';
import { verdict, withVerdict } from './yes-no.js';

// "Asked whether the government would intervene, Raman was blunt." The reply is the next sentence.
const REPORTS_A_QUESTION = /\b(?:asked|questioned|pressed)\s+(?:whether|if|about|why|how|what|when|where|who)\b/i;

/**
 * The words of an answer from the evidence chosen for it, quoted from the story: a quotation whose sentence does
 * not say who spoke is given its speaker; a reported question is followed by its reply; the opening sentence
 * loses its dateline; a yes-no question opens with "Yes," or "No," where the evidence plainly says so; and a
 * long sentence is cut to the clauses that answer.
 */
export function evidenceText(analysis: QuestionAnalysis, evidence: Evidence, casing: WordCasing): string {
  if (analysis.type === 'quote' && analysis.subject) {
    const speaker = words(analysis.subject).filter((word) => !word.functionWord);
    const namesSpeaker = evidence.sentences.some((sentence) => speaker.some((word) => bestMatch(word, sentence.words) >= SAME_NAME));
    const saysWho = evidence.sentences.some((sentence) => sentence.reportsSpeech);
    if (!namesSpeaker && !saysWho) return attributed(analysis.subject, evidence.sentences);
  }
  const last = evidence.sentences.at(-1)!;
  const reply = evidence.source.paragraph.sentences[last.index + 1];
  const skip = datelineToDrop(analysis, evidence);
  if (reply && REPORTS_A_QUESTION.test(last.text)) return sentencesText([...evidence.sentences, reply], skip);
  const answered = verdict(analysis, evidence.sentences);
  if (answered) return withVerdict(answered, sentencesText(evidence.sentences, skip), (sentence) => casing.keepsCapital(sentence));
  const [only] = evidence.sentences;
  if (evidence.sentences.length === 1 && only && analysis.expects.length > 0) {
    const text = only.text.slice(skip);
    const keep = spansToKeep(analysis, only).map((span) => ({ start: span.start - skip, end: span.end - skip }));
    return standAlone(clauseExcerpt(text, keep));
  }
  return sentencesText(evidence.sentences, skip);
}

// An article's opening sentence is quoted without its dateline ("DETROIT (AP) —"), unless the dateline holds the
// only mention of the kind the question asks for ("Where were the talks?" answered by "GENEVA (Reuters) -").
function datelineToDrop(analysis: QuestionAnalysis, evidence: Evidence): number {
  const [first] = evidence.sentences;
  if (!first || first.index !== 0 || evidence.source.passage.paragraph !== 1) return 0;
  const length = datelineLength(first.text);
  if (length === 0 || analysis.expects.length === 0) return length;
  const answerAfter = evidence.sentences.some((sentence) =>
    sentence.mentions.some((mention) => analysis.expects.includes(mention.kind) && (sentence !== first || mention.start >= length)),
  );
  return answerAfter ? length : 0;
}

// What an excerpt of a long answer sentence must keep: the mention that answers and the question's words.
function spansToKeep(analysis: QuestionAnalysis, sentence: AnalyzedSentence): Span[] {
  const answer = strongestFreshMention(analysis, sentence)?.mention;
  if (!answer) return [];
  const asked = analysis.focus.filter((focus) => focus.factor === 1);
  const matched = sentence.words.filter((word) => asked.some((focus) => bestMatch(focus.word, [word]) > 0));
  return [answer, ...matched];
}
