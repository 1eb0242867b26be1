import type { AnalyzedSentence } from './analyzed-paragraph.js';
import { bestMatch, SAME_NAME } from './focus-match.js';
import type { QuestionAnalysis } from './question-analysis.js';

/*
 * What a sentence is about when it does not name it: the sentence before it, for one that opens on a pronoun or
 * counts "of them"; someone else, for one that opens on another name.
 */

// "She was 87.", "“It survived temperatures of around 2,900 degrees Celsius.”", "More than 29,000 of them voted":
// a sentence that opens on a pronoun, or counts "of them", goes on about what the sentence before it named, which
// counts as nearly found in it. The question's verb does not carry over: it is what the sentence itself must say.
// So does one whose opening clause does: "If they reject it, the union would have to give notice."
const POINTS_BACK =
  /^["'\u201C\u2018]?(?:(?:If|When|Once|Unless|Until|As|Because|Although|Though|While|But|And|So)\s+)?(?:He|he|She|she|It|it|They|they|His|his|Her|her|Its|its|Their|their)\b|\bof (?:them|those|whom)\b/;

/**
 * Credits each sentence that points back with `credit` times what the sentence before it matched of the question,
 * in place: `matches[sentence][focus word]`.
 */
export function creditPronounsWithPreviousSentence(
  analysis: QuestionAnalysis,
  sentences: readonly AnalyzedSentence[],
  matches: number[][],
  credit: number,
): void {
  const found = matches.map((row) => [...row]);
  sentences.forEach((sentence, index) => {
    if (index === 0 || !pointsBack(sentence)) return;
    analysis.focus.forEach((focus, focusIndex) => {
      if (focus.word === analysis.verb) return;
      matches[index]![focusIndex] = Math.max(found[index]![focusIndex]!, credit * found[index - 1]![focusIndex]!);
    });
  });
}

/** Whether a sentence, not the first of its paragraph, stands for what the sentence before it named. */
export function pointsBack(sentence: AnalyzedSentence): boolean {
  return POINTS_BACK.test(sentence.text) && sentence.index > 0;
}

const NAME_KINDS: ReadonlySet<string> = new Set(['person', 'organization', 'name']);

/**
 * Whether a sentence opens on a name the question does not use: "The Progressive Conservatives finished second…"
 * is about them, whatever the sentence before it was about.
 */
export function opensOnOtherName(analysis: QuestionAnalysis, sentence: AnalyzedSentence): boolean {
  const opening = sentence.mentions.find((mention) => NAME_KINDS.has(mention.kind) && /^["'\u201C\u2018]?(?:The\s+)?$/.test(sentence.text.slice(0, mention.start)));
  if (!opening) return false;
  const named = sentence.words.filter((word) => word.start >= opening.start && word.end <= opening.end && !word.functionWord);
  return !named.some((word) => analysis.names.some((name) => bestMatch(word, name) >= SAME_NAME));
}
