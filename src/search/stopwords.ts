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
 * English stop words: the `stopword` package's list, which keeps "no", "not" and numbers (words that change
 * what a question about the news asks), plus the function words above. Contractions are reduced to their
 * first word before the check (see `tokenize.ts`), so "it's" and "we're" fall out with "it" and "we".
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set([...eng, ...FUNCTION_WORDS_MISSING_FROM_THE_PACKAGE]);

/** Whether a lowercased word carries no meaning of its own for retrieval. */
export function isStopWord(lowercased: string): boolean {
  return ENGLISH_STOP_WORDS.has(lowercased);
}
