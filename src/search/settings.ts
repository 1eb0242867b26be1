import type { SearchOptions } from 'minisearch';
import type { Relation } from './related-terms.js';

/**
 * How a question is matched against the index. Every value here was chosen by measuring recall@1 and recall@3
 * on gold questions (`bench/retrieval-quality.ts`); change one only with the figures that justify it.
 */
export interface RetrievalSettings {
  /** Weight of a match in each field relative to the paragraph's own text; 0 leaves the field out of the search. */
  boost: { text: number; section: number; title: number };
  /**
   * Edit distance allowed, as a share of the term's length, for terms of at least `minLength` characters
   * (short terms would match too much); `false` for exact terms only. With `unknownTermsOnly`, only a term
   * the index does not hold (a typo, another spelling) is looked up fuzzily: a fuzzy lookup walks the whole
   * vocabulary tree and costs milliseconds on a large corpus.
   */
  fuzzy: { ratio: number; minLength: number; maxDistance: number; unknownTermsOnly: boolean } | false;
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
   * How many paragraph visits one search may cost: a question's terms are searched rarest first while the
   * paragraphs holding them fit in this budget (see `termsWithinBudget`). It only binds on large corpora.
   */
  postingsBudget: number;
  /** Of that budget, how many paragraph visits the terms related to the question's words may cost. */
  relatedPostingsBudget: number;
  /**
   * Weight of a term related to a word of the question, relative to that word (see `related-terms.ts`): a
   * synonym ("row" for "dispute"), the one word a phrasal verb stands for ("repaid" for "paid back"), a noun or
   * unit that answers a measure ("degrees" for "How cold…?"). Each word of the question counts once, with the
   * best of its own score and its related terms' weighted scores (`concept-scores.ts`), so below 1 the
   * question's own word ranks first; 0 leaves that kind out.
   */
  related: Record<Relation, number>;
}

/**
 * What the measurements chose (story, fixture, mixed-corpus and one-typo gold sets; see the bench):
 * - section and title boosts anywhere in 0.3–2 gave the same recall; without them recall@3 fell (section on
 *   the story, title on the mixed corpus), so the middle of that range;
 * - fuzzy: a ratio of 0.3 (2 edits from 6 characters) put 5 more one-typo questions (of 77) in the top 3
 *   than 0.2, and cost one question without typos its first place; 0.4 lost more; fuzzy on terms the index
 *   holds changed no result and is what costs the most on a large vocabulary;
 * - prefix search lost recall@1 with minimum lengths 3 to 5 and changed nothing at 6: stemming already joins
 *   the forms of a word;
 * - AND lost half the questions (a question always has words its paragraph lacks);
 * - BM25: MiniSearch's k 1.2, b 0.7, d 0.5 were on the plateau; lower b gained recall@1 but lost recall@3;
 * - the budget keeps a search on 200,000 paragraphs under 25 ms at the 99th percentile; related terms filling
 *   what the question's words left of it doubled the median there, so they get 1,000 visits of it at most;
 * - related terms (all gold sets, including the others' fixtures): synonyms anywhere in 0.1–0.6 gave the same
 *   recall (what counts is that a synonym matches the word at all), 0.7 lost the dev set's recall@3, so 0.3;
 *   units of measure put 14 questions higher and 4 lower at 0.5, the top of a plateau from 0.3 to 0.7; the word
 *   for a phrasal verb means what the verb and particle mean, so it weighs as much.
 */
export const TUNED_SETTINGS: RetrievalSettings = {
  boost: { text: 1, section: 0.5, title: 0.8 },
  fuzzy: { ratio: 0.3, minLength: 5, maxDistance: 2, unknownTermsOnly: true },
  prefix: false,
  weights: { fuzzy: 0.45, prefix: 0.375 },
  combineWith: 'OR',
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  maxQueryTerms: 48,
  postingsBudget: 5_000,
  relatedPostingsBudget: 1_000,
  related: { synonym: 0.3, phrasal: 1, measure: 0.5 },
};

/** The MiniSearch search options that carry out these settings on an index holding the terms `isKnown` says. */
export function toSearchOptions(settings: RetrievalSettings, isKnown: (term: string) => boolean): SearchOptions {
  const { fuzzy, prefix } = settings;
  const fuzzyFor = (term: string) => fuzzy && term.length >= fuzzy.minLength && !(fuzzy.unknownTermsOnly && isKnown(term));
  return {
    // MiniSearch reads a boost of 0 as 1, so a field weighted 0 is left out of the fields searched instead.
    fields: Object.entries(settings.boost).filter(([, boost]) => boost > 0).map(([field]) => field),
    boost: { ...settings.boost },
    fuzzy: fuzzy ? (term) => (fuzzyFor(term) ? fuzzy.ratio : false) : false,
    maxFuzzy: fuzzy ? fuzzy.maxDistance : 0,
    prefix: prefix ? (term) => term.length >= prefix.minLength : false,
    weights: { ...settings.weights },
    combineWith: settings.combineWith,
    bm25: { ...settings.bm25 },
  };
}
