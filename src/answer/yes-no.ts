import type { AnalyzedSentence } from './analyzed-paragraph.js';
import { bestMatch, oppositeMatch, SYNONYM } from './focus-match.js';
import type { QuestionAnalysis } from './question-analysis.js';
import type { Word } from './words.js';

export type Verdict = 'yes' | 'no';

// A negation shortly before the verb denies it: "has not yet reached", "never signed", "refused to pay".
const NEGATION = /\bnot\b|n't\b|\b(?:never|no longer|yet to|failed to|refused to|declined to)\b/i;
// A hedge leaves the answer open: "could begin", "may sign"; so does an infinitive, which tells of an intention
// or a promise, not a fact ("promised to pass it").
const HEDGE = /\b(?:may|might|could|possibly|perhaps|reportedly)\b|\bto$/i;
// "Did Doyle vote for the bill?" is answered no by "voted against the bill".
const OPPOSITES: Readonly<Record<string, string>> = { for: 'against', against: 'for' };
const NEGATION_WORDS = 4;

/**
 * Whether the evidence plainly says yes or no to a yes-no question, or null when it is not plain enough to say
 * either: the evidence must hold the question's main verb and every one of its content words but the names; a negation just
 * before the verb makes it a no, as the verb's opposite in its place does ("fell" for "rise"); a hedge ("could",
 * "may") or a negated question ("Didn't…?") gives no verdict at all.
 */
export function verdict(analysis: QuestionAnalysis, sentences: readonly AnalyzedSentence[]): Verdict | null {
  if (analysis.type !== 'yes-no' || !analysis.verb || NEGATION.test(analysis.text)) return null;
  // Names need not be in the sentence: the answer was chosen from a paragraph that names them ("He pleaded…").
  const verb = analysis.verb;
  const content = analysis.focus.filter((focus) => focus.factor === 1 && !analysis.names.some((name) => name.includes(focus.word)));
  const found = (word: Word) => sentences.some((sentence) => bestMatch(word, sentence.words) >= SYNONYM);
  // "Did prices rise?" is answered no by "Prices fell", with every other word of the question there.
  if (!found(verb)) {
    const others = content.filter((focus) => focus.word !== verb).every((focus) => found(focus.word));
    const opposed = sentences.find((sentence) => oppositeMatch(verb, sentence.words) > 0);
    return others && opposed && !NEGATION.test(opposed.text) && !HEDGE.test(opposed.text) ? 'no' : null;
  }
  if (!content.every((focus) => found(focus.word))) return null;
  for (const sentence of sentences) {
    const at = sentence.words.findIndex((word) => bestMatch(verb, [word]) >= SYNONYM);
    if (at < 0) continue;
    const before = sentence.words.slice(Math.max(0, at - NEGATION_WORDS), at).map((word) => word.lower).join(' ');
    if (HEDGE.test(before)) return null;
    const opposed = OPPOSITES[wordAfter(analysis.text, verb.lower)] === sentence.words[at + 1]?.lower;
    return NEGATION.test(before) !== opposed ? 'no' : 'yes';
  }
  return null;
}

/**
 * The evidence's words after the verdict: "Yes, he pleaded guilty…", "No, schools will stay closed…". The first
 * word loses the capital it has only for opening the sentence; `keepsCapital` says whose capital is its own ("No,
 * Kevin Doyle voted…", see `WordCasing`).
 */
export function withVerdict(verdictGiven: Verdict, text: string, keepsCapital: (sentence: string) => boolean): string {
  const word = verdictGiven === 'yes' ? 'Yes' : 'No';
  if (/^["'\u201C\u2018\u2026]/.test(text)) return `${word}: ${text}`;
  return `${word}, ${keepsCapital(text) ? text : text.charAt(0).toLowerCase() + text.slice(1)}`;
}

function wordAfter(text: string, word: string): string {
  const words = text.toLowerCase().split(/\s+/);
  return words[words.indexOf(word) + 1] ?? '';
}
