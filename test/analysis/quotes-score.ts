/**
 * The matching rules of ../shared/eval/score.mjs (quotes), reproduced so tests can score the extractor on a
 * gold file without the CLI: a gold quotation is found when a predicted one of the same article holds its
 * words (or is held by them, or shares 80% of them) and names the gold speaker's last name.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Quote } from '../../src/analysis/schema.js';
import { foldForComparison } from '../../src/search/recall.js';

export const Gold = z.object({
  minWords: z.number().int().positive().default(4),
  note: z.string().optional(),
  ignore: z.array(z.string()).default([]),
  quotes: z.array(z.object({ speaker: z.string(), text: z.string(), article: z.string().optional() })),
});
export type Gold = z.infer<typeof Gold>;

export function readGold(path: string): Gold {
  return Gold.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Text folded as `score.mjs` folds it. */
export const fold = foldForComparison;
const words = (text: string): string[] => fold(text).replace(/[^a-z0-9' ]+/g, ' ').split(' ').filter(Boolean);

function overlap(gold: string, predicted: string): number {
  const goldWords = words(gold);
  const predictedWords = new Set(words(predicted));
  return goldWords.filter((word) => predictedWords.has(word)).length / Math.max(1, goldWords.length);
}

const sameSpeaker = (gold: string, predicted: string): boolean => fold(predicted).includes(fold(gold).split(' ').pop()!);
const sameArticle = (gold: { article?: string | undefined }, predicted: Quote): boolean =>
  !gold.article || !predicted.article || String(predicted.article).includes(gold.article);
const matches = (gold: { text: string }, predicted: Quote): boolean =>
  fold(predicted.text).includes(fold(gold.text).replace(/[,.]$/, '')) ||
  fold(gold.text).includes(fold(predicted.text).replace(/[,.]$/, '')) ||
  overlap(gold.text, predicted.text) >= 0.8;

export interface Score {
  f1: number;
  found: number;
  good: number;
  counted: number;
  /** What went wrong, one line each, as the scorer prints it. */
  misses: string[];
}

export function scoreQuotes(gold: Gold, predicted: readonly Quote[]): Score {
  const preds = predicted.filter((quote) => words(quote.text).length >= gold.minWords);
  const ignore = gold.ignore.map(fold);
  const misses: string[] = [];
  let found = 0;
  for (const g of gold.quotes) {
    const candidates = preds.filter((p) => sameArticle(g, p) && matches(g, p));
    if (candidates.some((p) => sameSpeaker(g.speaker, p.speaker))) found++;
    else if (candidates.length > 0) misses.push(`WRONG SPEAKER ${g.speaker}: "${g.text.slice(0, 80)}" -> ${candidates.map((c) => c.speaker).join(', ')}`);
    else misses.push(`MISSED ${g.speaker}: "${g.text.slice(0, 80)}"`);
  }
  let good = 0;
  let counted = 0;
  for (const p of preds) {
    if (ignore.some((text) => fold(p.text).includes(text))) continue;
    counted++;
    if (gold.quotes.some((g) => sameArticle(g, p) && matches(g, p) && sameSpeaker(g.speaker, p.speaker))) good++;
    else misses.push(`SPURIOUS ${p.speaker}: "${p.text.slice(0, 80)}"`);
  }
  const recall = found / gold.quotes.length;
  const precision = counted ? good / counted : 0;
  const f1 = recall + precision ? (2 * recall * precision) / (recall + precision) : 0;
  return { f1, found, good, counted, misses };
}
