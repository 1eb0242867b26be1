import { postingsCost, termsWithinBudget } from './document-frequencies.js';
import { phrasalParticleTerms, relatedTerms, type Relation } from './related-terms.js';
import { analyze } from './tokenize.js';

/** One term a search looks for, with what it counts for. */
export interface QueryTerm {
  term: string;
  /** The question's own term this one stands for: itself for a word of the question, else the word it relates to. */
  concept: string;
  /** Multiplies the term's score: 1 for a word of the question, less for a related term. */
  weight: number;
  /**
   * Whether the term may be a typo, to be looked up fuzzily when the index lacks it (see `settings.fuzzy`): not a
   * related term, nor a word of the question that a related term in the index stands for, which is a word
   * English knows ("dispute" should find "row", not "disruption").
   */
  typo: boolean;
}

/** The terms one search looks for in MiniSearch, and those left out to keep it within budget. */
export interface QueryPlan {
  searched: QueryTerm[];
  /** Terms whose score is added back to the best results only (see `rescore.ts`). */
  leftOut: QueryTerm[];
}

export interface QueryPlanOptions {
  /** A question's distinct terms past this many are ignored. */
  maxQueryTerms: number;
  /** Paragraph visits one search may cost (see `termsWithinBudget`). */
  postingsBudget: number;
  /** Of those, the most the related terms may cost. */
  relatedPostingsBudget: number;
  /** Weight of each kind of related term; 0 leaves that kind out. */
  relatedWeights: Readonly<Record<Relation, number>>;
  /** Whether the index holds a term: a related term it lacks is not worth a lookup. */
  isKnown(term: string): boolean;
  /** The paragraph visits searching each term of the index costs (see `DocumentFrequencyCounter.postingsByTerm`). */
  postings: ReadonlyMap<string, number>;
}

/**
 * What to search for a question: its own terms, within the budget of paragraph visits, then the related terms
 * the index holds (synonyms, spelled-out or abbreviated titles, the word for a phrasal verb, the units of a
 * measure), weighted less, within what budget the question's own terms leave and the related terms' own. A
 * related term is an extra: it never pushes out a word of the question, and one the budget leaves out is only
 * added to the best results' scores, as a left-out word of the question is.
 */
export function planQuery(question: string, options: QueryPlanOptions): QueryPlan {
  const particles = phrasalParticleTerms(question);
  const asked = [...new Set(analyze(question))].filter((term) => !particles.has(term)).slice(0, options.maxQueryTerms);
  if (asked.length === 0) return { searched: [], leftOut: [] };
  const related = relatedTerms(question, asked)
    .filter(({ term, relation }) => options.relatedWeights[relation] > 0 && options.isKnown(term))
    .map(({ term, concept, relation }) => ({ term, concept, weight: options.relatedWeights[relation], typo: false }));
  const own = asked.map((term) => ({ term, concept: term, weight: 1, typo: !related.some(({ concept }) => concept === term) }));

  const searchedAsked = new Set(termsWithinBudget(asked, options.postings, options.postingsBudget));
  const spent = [...searchedAsked].reduce((sum, term) => sum + postingsCost(term, options.postings), 0);
  const searchedRelated = new Set(
    termsWithinBudget(
      related.map(({ term }) => term),
      options.postings,
      Math.min(options.postingsBudget - spent, options.relatedPostingsBudget),
      { alwaysOne: false },
    ),
  );
  // A related term is never one of the question's own (see `relatedTerms`), so one set answers for each term.
  const isSearched = (term: QueryTerm) => searchedAsked.has(term.term) || searchedRelated.has(term.term);
  const all = [...own, ...related];
  return { searched: all.filter(isSearched), leftOut: all.filter((term) => !isSearched(term)) };
}
