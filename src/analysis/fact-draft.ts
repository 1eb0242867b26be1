import type { ArticleSentence } from './article-text.js';
import type { FactKind } from './schema.js';

/** A fact before ranking and citation numbering. */
export interface FactDraft {
  kind: FactKind;
  text: string;
  /** Drafts with the same key are one fact, stated in several places; they merge and cite each place. */
  key: string;
  /** How important the fact is to the story, about 0 to 1. */
  score: number;
  /** The sentences that state it, most telling first; their paragraphs are its citations. */
  sources: ArticleSentence[];
  /** The clause its text was cut from (see `clauseKey`), when it tells one: two facts from one clause repeat each other. */
  clause?: string;
}

/** Names the clause of a sentence that a fact's text was cut from. */
export function clauseKey(sentence: ArticleSentence, clauseStart: number): string {
  return `${sentence.article.slug}#${sentence.index}@${clauseStart}`;
}

/** The importance of something stated in a sentence: how early and how central the sentence is. */
export function sentenceWeight(centrality: number, prominence: number): number {
  return 0.55 * centrality + 0.45 * prominence;
}

/** More mentions make a thing more important, with diminishing returns. */
export function mentionWeight(mentions: number): number {
  return Math.min(1, Math.log2(1 + mentions) / 3);
}
