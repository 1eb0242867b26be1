import { conceptScore, rank, type ScoredParagraph } from './concept-scores.js';
import type { QueryTerm } from './query-plan.js';

/** How many of the best results get the score of the terms left out of the search added back. */
export const RESCORED_RESULTS = 50;

/** What BM25 needs to know about the corpus, as MiniSearch computes it for the paragraph text field. */
export interface TextStatistics {
  paragraphs: number;
  /** Mean number of distinct terms in a paragraph's text. */
  averageLength: number;
  bm25: { k: number; b: number; d: number };
  paragraphsWithTerm(term: string): number;
}

/**
 * Adds back to the best results the score of a question's terms that were left out of the search to keep it
 * within budget (see `termsWithinBudget`), computed as MiniSearch would have: BM25+ on each paragraph's text,
 * times the term's weight, counted for the word of the question it stands for (see `scoreByConcepts`). So on a
 * large corpus "What did the mayor say about the levy?" still ranks the levy paragraphs that name the mayor
 * first, though only "levy" was searched. `termsOf` gives the analysed terms of a result's paragraph text.
 */
export function rescoreWithLeftOutTerms(
  results: readonly ScoredParagraph[],
  leftOut: readonly QueryTerm[],
  termsOf: (id: number) => readonly string[],
  statistics: TextStatistics,
): readonly ScoredParagraph[] {
  if (leftOut.length === 0) return results;
  const head = results.slice(0, RESCORED_RESULTS).map((result) => {
    const byConcept = new Map(result.byConcept);
    const frequencies = termFrequencies(termsOf(result.id));
    for (const { term, concept, weight } of leftOut) {
      const frequency = frequencies.get(term);
      if (frequency === undefined) continue;
      const score = weight * bm25(frequency, statistics.paragraphsWithTerm(term), frequencies.size, statistics);
      byConcept.set(concept, Math.max(byConcept.get(concept) ?? 0, score));
    }
    return { id: result.id, byConcept, score: conceptScore(byConcept) };
  });
  return [...rank(head), ...results.slice(RESCORED_RESULTS)];
}

function termFrequencies(terms: readonly string[]): Map<string, number> {
  const frequencies = new Map<string, number>();
  for (const term of terms) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  return frequencies;
}

/** MiniSearch's BM25+ score of one term in one field. */
function bm25(frequency: number, paragraphsWithTerm: number, length: number, statistics: TextStatistics): number {
  const { k, b, d } = statistics.bm25;
  const inverseDocumentFrequency = Math.log(1 + (statistics.paragraphs - paragraphsWithTerm + 0.5) / (paragraphsWithTerm + 0.5));
  return inverseDocumentFrequency * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / statistics.averageLength)));
}
