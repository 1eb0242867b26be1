import { findQuoteSpans } from '../language/quotation-marks.js';

/** A stretch of a sentence, by character offsets, that an excerpt must keep. */
export interface Span {
  start: number;
  end: number;
}

/** Sentences shorter than this are quoted whole: cutting them saves little and loses context. */
export const LONG_SENTENCE_WORDS = 35;
// An excerpt must save at least a quarter of the sentence and keep enough words to read as a statement.
const MOST_OF_SENTENCE = 0.75;
const FEWEST_WORDS = 6;

// Where one clause of a news sentence ends and another begins: before ", and", ", which", ", sending", ", a
// project…" (an appositive), after a semicolon, and around a dash.
const CLAUSE_BREAK =
  /,\s+(?=(?:and|but|while|whereas|although|though|as|which|who|whose|where|when|after|before|because|since|sending|saying|leaving|making|adding|bringing|according|a|an|the)\b)|;\s+|\s+[\u2014\u2013]\s+/g;

/**
 * A long sentence cut to the clauses that hold every span to keep (the answer and the question's words), marked
 * with an ellipsis where words were left out, so the answer stays a faithful quotation: "…a laptop whose 17-inch
 * screen folds in half to the size of a hardcover book…". A sentence under `LONG_SENTENCE_WORDS` words, or one
 * the cut would barely shorten, is returned whole.
 */
export function clauseExcerpt(sentence: string, keep: readonly Span[]): string {
  if (keep.length === 0 || wordCount(sentence) < LONG_SENTENCE_WORDS) return sentence;
  const breaks = clauseBreaks(sentence);
  const from = Math.min(...keep.map((span) => span.start));
  const to = Math.max(...keep.map((span) => span.end));
  const start = breaks.filter((cut) => cut.end <= from).at(-1)?.end ?? 0;
  const end = breaks.find((cut) => cut.start >= to)?.start ?? sentence.length;
  // "…the Comets rallied", not "…and the Comets rallied": the ellipsis already joins the clause to what went before.
  const excerpt = sentence.slice(start, end).trim().replace(start > 0 ? /^(?:and|but|so)\s+/ : /^$/, '');
  const words = wordCount(excerpt);
  if (words < FEWEST_WORDS || words > MOST_OF_SENTENCE * wordCount(sentence)) return sentence;
  const opening = start > 0 ? '\u2026' : '';
  const closing = end < sentence.length ? '\u2026' : '';
  return `${opening}${excerpt.replace(/[,;:]$/, '')}${closing}`;
}

// Clause breaks outside quotations and brackets, where cutting would leave a mark unmatched.
function clauseBreaks(sentence: string): Span[] {
  const quoted = findQuoteSpans(sentence);
  const inBrackets = (at: number) => (sentence.slice(0, at).match(/\(/g)?.length ?? 0) > (sentence.slice(0, at).match(/\)/g)?.length ?? 0);
  return [...sentence.matchAll(CLAUSE_BREAK)]
    .map((match) => ({ start: match.index, end: match.index + match[0].length }))
    .filter((cut) => !quoted.some((quote) => cut.start > quote.open && cut.start < quote.close) && !inBrackets(cut.start));
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
