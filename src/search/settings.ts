import type { SearchOptions } from 'minisearch';
import type { CommonTermsOptions } from './common-terms.js';

/**
 * How a question is matched against the index. Every value here was chosen by measuring recall@1 and recall@3
 * on gold questions (`bench/retrieval-quality.ts`); change one only with the figures that justify it.
 */
export interface RetrievalSettings {
  /** Weight of a match in each field relative to the paragraph's own text. */
  boost: { text: number; section: number; title: number };
  /**
   * Edit distance allowed, as a share of the term's length, for terms of at least `minLength` characters
   * (short terms would match too much and cost the most on a large vocabulary); `false` for exact terms only.
   */
  fuzzy: { ratio: number; minLength: number; maxDistance: number } | false;
  /** Whether a term also matches longer terms it begins, for terms of at least `minLength` characters. */
  prefix: { minLength: number } | false;
  /** Score weights of fuzzy and prefix matches relative to an exact match (MiniSearch's `weights`). */
  weights: { fuzzy: number; prefix: number };
  /** OR ranks every paragraph with any term; AND keeps only paragraphs with all of them. */
  combineWith: 'OR' | 'AND';
  /** BM25+ parameters: term-frequency saturation k, length normalisation b, and the floor d of a match. */
  bm25: { k: number; b: number; d: number };
  /** A question's distinct terms past this many are ignored, so a pasted essay cannot stall a search. */
  maxQueryTerms: number;
  /**
   * On a large corpus, terms held by more than `share` of the paragraph fields (and more than `minPostings`
   * of them) only rescore the paragraphs the question's rarer terms found (`common-terms.ts`); `false` ranks
   * every paragraph holding any term, whatever it costs.
   */
  commonTerms: CommonTermsOptions | false;
}

export const TUNED_SETTINGS: RetrievalSettings = {
  boost: { text: 1, section: 0.3, title: 0.3 },
  fuzzy: { ratio: 0.2, minLength: 5, maxDistance: 2 },
  prefix: false,
  weights: { fuzzy: 0.45, prefix: 0.375 },
  combineWith: 'OR',
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  maxQueryTerms: 48,
  commonTerms: { share: 0.01, minPostings: 2_000 },
};

/** The MiniSearch search options that carry out these settings. */
export function toSearchOptions(settings: RetrievalSettings): SearchOptions {
  const { fuzzy, prefix } = settings;
  return {
    boost: { ...settings.boost },
    fuzzy: fuzzy ? (term) => (term.length >= fuzzy.minLength ? fuzzy.ratio : false) : false,
    maxFuzzy: fuzzy ? fuzzy.maxDistance : 0,
    prefix: prefix ? (term) => term.length >= prefix.minLength : false,
    weights: { ...settings.weights },
    combineWith: settings.combineWith,
    bm25: { ...settings.bm25 },
  };
}
