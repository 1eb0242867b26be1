import type { SearchResult } from 'minisearch';
import type { QueryTerm } from './query-plan.js';

/** A paragraph found for a question, scored by the question's words it matched. */
export interface ScoredParagraph {
  /** The paragraph's id in the index. */
  id: number;
  score: number;
  /** For each word of the question the paragraph matches (its concept), the best score of that word or a related term. */
  byConcept: Map<string, number>;
}

/**
 * Scores paragraphs for a question's terms as MiniSearch scores a query, with one difference for related terms.
 * MiniSearch sums the BM25+ scores of the terms a paragraph matches and multiplies the sum by how many terms it
 * matched. Here each word of the question counts once, with the best of its own score and its related terms'
 * weighted scores (a "dis max"): a paragraph saying "meeting", "summit" and "talks" matches "meet" no better
 * than one saying "meeting" alone, and a paragraph with the asked word outranks one with only a synonym as
 * long as the weight offsets the synonym's rarity. `searchTerm` is MiniSearch's search for one term, whose
 * result scores are that term's own (its fuzzy variants included). With no related terms the ranking and scores
 * are MiniSearch's for the whole query.
 */
export function scoreByConcepts(terms: readonly QueryTerm[], searchTerm: (term: QueryTerm) => readonly SearchResult[]): ScoredParagraph[] {
  const byId = new Map<number, Map<string, number>>();
  for (const term of terms) {
    const { concept, weight } = term;
    for (const result of searchTerm(term)) {
      const id = result.id as number;
      const scores = byId.get(id) ?? new Map<string, number>();
      if (scores.size === 0) byId.set(id, scores);
      scores.set(concept, Math.max(scores.get(concept) ?? 0, weight * result.score));
    }
  }
  return rank([...byId].map(([id, byConcept]) => ({ id, byConcept, score: conceptScore(byConcept) })));
}

/** The score of a paragraph matching these words of a question: their summed scores times how many they are. */
export function conceptScore(byConcept: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const score of byConcept.values()) sum += score;
  return sum * byConcept.size;
}

/** Best first; paragraphs of equal score in corpus order, so a ranking never depends on the order terms were searched. */
export function rank<T extends { id: number; score: number }>(paragraphs: T[]): T[] {
  return paragraphs.sort((a, b) => b.score - a.score || a.id - b.id);
}
