import { eng } from 'stopword';

/**
 * Pronouns, auxiliaries and question words missing from the `stopword` package's English list ("us", "its",
 * "will", "does", "when", "why"): function words that only glue a question together. Adding them raised
 * recall@1 on the fixture questions (see `bench/retrieval-quality.ts`); "no" and "not" stay searchable.
 */
const FUNCTION_WORDS_MISSING_FROM_THE_PACKAGE = [
  'us', 'its', 'itself', 'ours', 'yours', 'hers', 'theirs', 'myself', 'yourself', 'herself', 'ourselves',
  'themselves', 'whom', 'whose', 'does', 'doing', 'having', 'will', 'shall', 'when', 'why', 'so', 'just',
];

/**
 * Words of the package's list that are no function words: "said" is one form of "say", whose other forms
 * ("says", "saying") were searchable, so "What did the governor say?" missed the paragraph where the governor
 * "said" it. Searching it moved 9 gold questions up and 6 down (most from first to second), 2 more of 540 in
 * the top 3, "What did <someone> say?" questions among the gains (`bench/retrieval-quality.ts`).
 */
const CONTENT_WORDS_IN_THE_PACKAGE: ReadonlySet<string> = new Set(['said']);

/**
 * English stop words: the `stopword` package's list, which keeps "no", "not" and numbers (words that change
 * what a question about the news asks), plus the function words above, less its content words. Contractions
 * are reduced to their first word before the check (see `tokenize.ts`), so "it's" and "we're" fall out with
 * "it" and "we".
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set([
  ...eng.filter((word) => !CONTENT_WORDS_IN_THE_PACKAGE.has(word)),
  ...FUNCTION_WORDS_MISSING_FROM_THE_PACKAGE,
]);

/** Whether a lowercased word carries no meaning of its own for retrieval. */
export function isStopWord(lowercased: string): boolean {
  return ENGLISH_STOP_WORDS.has(lowercased);
}
