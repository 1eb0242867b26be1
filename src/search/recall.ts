import { readFile } from 'node:fs/promises';
import { z } from 'zod';

/** One question of a gold file (`../shared/eval/questions.*.json` and `test/fixtures/articles/*.gold.json`). */
export const GoldQuestion = z.object({
  q: z.string(),
  answers: z.array(z.string()).default([]),
  /** A snippet that a paragraph answering the question contains. */
  evidence: z.string().optional(),
  answerable: z.boolean().default(true),
});
export type GoldQuestion = z.infer<typeof GoldQuestion>;

export const GoldSet = z.object({
  note: z.string().optional(),
  questions: z.array(GoldQuestion),
});
export type GoldSet = z.infer<typeof GoldSet>;

export async function loadGoldSet(path: string): Promise<GoldSet> {
  return GoldSet.parse(JSON.parse(await readFile(path, 'utf8')));
}

/** Any retrieval under test: the paragraphs' texts for a question, best first, at most `limit` of them. */
export type RetrieveTexts = (question: string, limit: number) => readonly { text: string }[];

export interface RecallMiss {
  question: string;
  evidence: string;
  /** 1-based rank of the first paragraph holding the evidence, or null when none of the retrieved did. */
  rank: number | null;
}

export interface RecallReport {
  /** How many questions were scored: the answerable ones with evidence. */
  questions: number;
  /** For each k asked for, the share of questions whose evidence is in the top k paragraphs (0 to 1). */
  recall: Map<number, number>;
  /** Questions whose evidence was not in the top 1, with where it was found, if it was. */
  misses: RecallMiss[];
}

/**
 * Recall@k of a retrieval on gold questions: a question is recalled at k when one of the first k paragraphs
 * contains its evidence, compared as the project's scorer compares (case, quotes, dashes and spaces folded).
 * Unanswerable questions and those without evidence are skipped.
 */
export function measureRecall(retrieve: RetrieveTexts, questions: readonly GoldQuestion[], ks: readonly number[] = [1, 3]): RecallReport {
  const depth = Math.max(...ks, 1);
  const scored = questions.filter((question) => question.answerable && question.evidence);
  const hits = new Map(ks.map((k) => [k, 0]));
  const misses: RecallMiss[] = [];
  for (const question of scored) {
    const evidence = foldForComparison(question.evidence ?? '');
    const texts = retrieve(question.q, depth).map((passage) => foldForComparison(passage.text));
    const index = texts.findIndex((text) => text.includes(evidence));
    const rank = index < 0 ? null : index + 1;
    for (const k of ks) if (rank !== null && rank <= k) hits.set(k, (hits.get(k) ?? 0) + 1);
    if (rank !== 1) misses.push({ question: question.q, evidence: question.evidence ?? '', rank });
  }
  const recall = new Map(ks.map((k) => [k, scored.length === 0 ? 0 : (hits.get(k) ?? 0) / scored.length]));
  return { questions: scored.length, recall, misses };
}

/** Case, typographic quotes, dashes, ellipses and runs of whitespace folded, as `score.mjs` folds them. */
export function foldForComparison(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}
