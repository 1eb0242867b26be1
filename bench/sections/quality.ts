import { measureRetrievalQuality, type QualityRow } from '../retrieval-quality.js';
import { ms, percent } from '../support/format.js';
import type { Table } from '../support/table.js';

/** Section 5: recall of storybot's tuned index against MiniSearch's defaults and other libraries. */
export function measureQuality(): Promise<QualityRow[]> {
  return measureRetrievalQuality();
}

export function qualityTable(rows: readonly QualityRow[]): Table {
  return {
    title: '5. Retrieval quality: recall on gold questions',
    columns: ['retrieval', 'gold set', 'questions:', 'recall@1:', 'recall@3:', 'p50 per question:'],
    rows: rows.map((row) => [row.candidate, row.bench, String(row.questions), percent(row.recallAt1), percent(row.recallAt3), ms(row.p50Ms)]),
    notes: [
      'A question is recalled at k when one of the first k paragraphs holds its evidence snippet (compared as `score.mjs` compares).',
      'Same paragraphs and questions for every library; the gold sets are those of `bench/retrieval-quality.ts`: the dev questions on',
      'the bundled story, more story questions, the search fixtures and a held-out fixture (all fixture articles indexed together), the',
      "question files other helpers wrote in `test/fixtures/gold/` (among all fixture articles, then each asked of its own article alone,",
      'as storybot serves one story), everything in one corpus, and everything with a typo in each question.',
      'Each other library is set up for English as its documentation suggests (`bench/quality/libraries.ts`).',
    ],
  };
}
