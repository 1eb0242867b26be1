import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { generateCorpus, type GeneratedCorpus } from '../synthetic/generate.js';
import { bytes, count, ms } from '../support/format.js';
import type { Table } from '../support/table.js';

/** Section 1: the synthetic corpora, generated (or reused) for each size. */
export interface CorpusRow extends GeneratedCorpus {
  bytes: number;
}

export async function generateCorpora(sizes: readonly number[]): Promise<CorpusRow[]> {
  const rows: CorpusRow[] = [];
  for (const articles of sizes) {
    const corpus = await generateCorpus({ articles });
    rows.push({ ...corpus, bytes: await folderBytes(corpus.dir) });
  }
  return rows;
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) total += (await stat(join(dir, name))).size;
  return total;
}

export function corporaTable(rows: readonly CorpusRow[]): Table {
  return {
    title: '1. Synthetic corpora',
    columns: ['articles:', 'paragraphs:', 'size on disk:', 'generated in:'],
    rows: rows.map((row) => [count(row.articles), count(row.paragraphs), bytes(row.bytes), row.generatedMs === null ? 'reused' : ms(row.generatedMs)]),
    notes: [
      'Seeded and deterministic (`bench/synthetic/`): article i is the same at every size. News prose from templates: quotations attributed',
      'after, before (with a colon), interrupted or by pronoun, people introduced by title or role, figures with units, dates, places;',
      'nouns, verbs, adjectives, surnames and places drawn from Zipf–Mandelbrot distributions over real head words and made-up tail words.',
      '"reused" means an earlier run generated the same corpus into `bench/.data/` (git-ignored).',
    ],
  };
}
