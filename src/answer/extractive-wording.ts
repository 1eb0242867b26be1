import type { AnalyzedSentence } from './analyzed-paragraph.js';
import { restateQuestion } from './question-restatement.js';

// Words that tie a sentence to the one before it; an answer standing alone reads better without them.
const LEADING_CONNECTIVE =
  /^(?:however|but|and|so|still|instead|meanwhile|also|moreover|furthermore|in addition|additionally|yet|thus|therefore|nonetheless|nevertheless)\s*,?\s+/i;

/** A source sentence made to stand alone as an answer: without a leading "However," and with a capital. */
export function standAlone(sentence: string): string {
  if (/^["'\u201C\u2018]/.test(sentence)) return sentence;
  const trimmed = sentence.replace(LEADING_CONNECTIVE, '');
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

/**
 * Puts the citation marker before the sentence's final full stop ("… in Lisbon [1]."), or after the closing
 * quotation mark or the question or exclamation mark that ends it.
 */
export function withCitation(text: string, n: number): string {
  const marker = `[${n}]`;
  const trimmed = text.trim();
  if (/[.]$/.test(trimmed) && !/\.\.\.$/.test(trimmed)) return `${trimmed.slice(0, -1)} ${marker}.`;
  if (/[!?"'\u201D\u2019)\u2026]$/.test(trimmed) || /\.\.\.$/.test(trimmed)) return `${trimmed} ${marker}`;
  return `${trimmed} ${marker}.`;
}

/**
 * The answer's words from one or two adjacent sentences of a paragraph, the first without the first `skip`
 * characters (an article's dateline, "DETROIT (AP) —").
 */
export function sentencesText(sentences: readonly AnalyzedSentence[], skip = 0): string {
  return sentences.map((sentence, index) => (index === 0 ? standAlone(sentence.text.slice(skip)) : sentence.text)).join(' ');
}

/**
 * Quoted words from a sentence that does not say who spoke them, with the speaker named: `Lee said: "…"`.
 * Quotation marks left open or closed by the sentence split are dropped before the words are quoted again.
 */
export function attributed(speaker: string, sentences: readonly AnalyzedSentence[]): string {
  const words = sentences
    .map((sentence) => sentence.text)
    .join(' ')
    .replace(/^["\u201C\u2018']\s*/, '')
    .replace(/\s*["\u201D\u2019']$/, '')
    .trim();
  return `${speaker} said: \u201C${words}\u201D`;
}

const MAX_LISTED_WORDS = 3;

/**
 * The reply when the story does not answer: what it does not say, restated from the question when it can be;
 * then the story's own sentence saying it is not told when there is one ("The companies have not said…"), else
 * which of the question's words the story never uses, or else what the story is about.
 */
export function notAnsweredText(question: string, absentWords: readonly string[], storyTitle: string | null, untold?: string): string {
  const clause = restateQuestion(question);
  const opening = clause ? `The story doesn't say ${clause}.` : "The story doesn't say.";
  if (untold) return `${opening} It says: \u201C${untold.trim()}\u201D`;
  const listed = absentWords.slice(0, MAX_LISTED_WORDS).map((word) => `\u201C${word}\u201D`);
  if (listed.length > 0) {
    const list = listed.length === 1 ? listed[0] : `${listed.slice(0, -1).join(', ')} and ${listed.at(-1)}`;
    return `${opening} ${listed.length === 1 ? 'The word' : 'The words'} ${list} ${listed.length === 1 ? "doesn't" : "don't"} appear in it.`;
  }
  return storyTitle ? `${opening} It is about: ${storyTitle.replace(/[.!?]+$/, '')}.` : opening;
}
