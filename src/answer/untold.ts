import type { AnalyzedSentence } from './analyzed-paragraph.js';
import { notToldClause } from '../language/disclosure.js';
import type { QuestionType } from './question-type.js';

/*
 * A sentence that says something is not told ("The companies have not said how much it will cost") is no answer,
 * but it tells why the story has none, when what it says is not told is what the question asks: a price for "how
 * much", a name for "who". It echoes the question's word ("how much", "why") or names the kind of answer.
 */
const WITHHELD: Record<QuestionType, RegExp> = {
  who: /\b(?:who|whom|names?|named|identit(?:y|ies)|identified)\b/i,
  identity: /\b(?:who|names?|named|identit(?:y|ies)|identified)\b/i,
  quote: /(?!)/,
  where: /\b(?:where|locations?|whereabouts|venues?|sites?)\b/i,
  when: /\b(?:when|dates?|time|timing|timetable|timeline|schedule)\b/i,
  measure: /\bhow\s+\w+|\b(?:length|size|age|duration|distance)\b/i,
  'how-many': /\b(?:how many|number|figures?|total|count)\b/i,
  'how-much': /\b(?:how much|costs?|prices?|paid|pay|amount|sum|terms|value|worth|fees?)\b/i,
  why: /\b(?:why|reasons?|motives?|cause)\b/i,
  how: /\bhow\b/i,
  'yes-no': /\b(?:whether|if)\b/i,
  what: /\bwhat\b/i,
};

/** Whether the sentences say that what the question asks is not told: "did not say why" for a why-question. */
export function withholdsWhatIsAsked(type: QuestionType, sentences: readonly AnalyzedSentence[]): boolean {
  return sentences.some((sentence) => WITHHELD[type].test(sentence.text));
}

/**
 * Whether a sentence says in one of its clauses, main or not, that what the question asks is not told: "…talks
 * next week, though the location remains unspecified" withholds a where-question's answer, though it tells when.
 */
export function withholdsInAClause(type: QuestionType, sentence: AnalyzedSentence): boolean {
  const clause = notToldClause(sentence.text);
  return clause !== null && WITHHELD[type].test(clause);
}
