import { NAMING_PHRASE } from '../language/naming.js';
import { findQuoteSpans } from '../language/quotation-marks.js';
import type { Mention } from './mentions.js';

// "called Zurzuvae", "named Storm Ida", "known as the Big Dig": the capitalised words (with small words between
// them), an acronym or the quoted words after a word that gives a name.
const NAMED = new RegExp(
  `\\b${NAMING_PHRASE}\\s+(?:(?:the|a|an)\\s+)?([\\p{Lu}\\d][\\p{L}\\p{N}'\\u2019-]*(?:\\s+(?:(?:of|the|and|de|for)\\s+)?[\\p{Lu}\\d][\\p{L}\\p{N}'\\u2019-]*)*)`,
  'gu',
);
// A title in quotation marks is short and written in capitals: her "Glasshouse" tour, the single "Paper Moon". A
// sentence quoted ("That ends today.") or a scare quote in lower case ("super-emitting") is no name.
const TITLE_WORDS = 6;
const TITLE_CASE = /^\p{Lu}[\p{L}\p{N}'\u2019&-]*(?:\s+(?:(?:of|the|and|a|an|in|on|for|to|with)\s+)*\p{Lu}[\p{L}\p{N}'\u2019&-]*)*$/u;

/** The names a sentence gives things: after "called", "named", "known as", or a short title in quotation marks. */
export function findDesignations(sentence: string): Mention[] {
  const mentions: Mention[] = [];
  for (const match of sentence.matchAll(NAMED)) {
    const name = match[1]!;
    const start = match.index + match[0].length - name.length;
    mentions.push({ kind: 'designation', start, end: start + name.length, text: name });
  }
  for (const quote of findQuoteSpans(sentence)) {
    const title = quote.text.replace(/[,;:]$/, '').trim();
    if (!quote.closed || title.split(/\s+/).length > TITLE_WORDS || !TITLE_CASE.test(title)) continue;
    const start = quote.open + 1 + quote.text.indexOf(title);
    if (mentions.some((taken) => start < taken.end && start + title.length > taken.start)) continue;
    mentions.push({ kind: 'designation', start, end: start + title.length, text: title });
  }
  return mentions;
}
