/**
 * Retrieval quality against configuration: recall@1 and recall@3 of each retrieval candidate on each gold set,
 * with its median latency per question. Part of `npm run bench`; on its own, from the project root:
 *
 *   npx tsx bench/retrieval-quality.ts
 *
 * Another search library is compared by adding a `RetrievalCandidate` to `quality/libraries.ts`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import MiniSearch from 'minisearch';
import { loadCorpus } from '../src/corpus/load.js';
import type { Corpus } from '../src/corpus/schema.js';
import { ParagraphIndex } from '../src/search/paragraph-index.js';
import { GoldSet, loadGoldSet, measureRecall, type GoldQuestion, type RetrieveTexts } from '../src/search/recall.js';
import { OTHER_LIBRARIES } from './quality/libraries.js';

/** A way of retrieving paragraphs, built once per corpus. */
export interface RetrievalCandidate {
  name: string;
  build(corpus: Corpus): RetrieveTexts;
}

/** A gold set and the corpus its questions are about. */
export interface GoldBench {
  name: string;
  corpusDir: string;
  goldFiles: string[];
}

export interface QualityRow {
  candidate: string;
  bench: string;
  questions: number;
  recallAt1: number;
  recallAt3: number;
  /** Median milliseconds to retrieve the top 3 for one question. */
  p50Ms: number;
}

export const MINISEARCH_DEFAULTS: RetrievalCandidate = {
  name: 'MiniSearch defaults',
  build(corpus) {
    const paragraphs = corpus.articles.flatMap((article) => article.paragraphs);
    const miniSearch = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
    miniSearch.addAll(paragraphs.map((paragraph, id) => ({ id, text: paragraph.text })));
    return (question, limit) =>
      miniSearch
        .search(question)
        .slice(0, limit)
        .map((result) => paragraphs[result.id as number]!);
  },
};

export const STORYBOT_TUNED: RetrievalCandidate = {
  name: 'storybot tuned',
  build(corpus) {
    const index = ParagraphIndex.build(corpus);
    return (question, limit) => index.search(question, { limit });
  },
};

export const CANDIDATES: RetrievalCandidate[] = [MINISEARCH_DEFAULTS, STORYBOT_TUNED, ...OTHER_LIBRARIES];

const FIXTURE_ARTICLES = 'test/fixtures/articles';

/**
 * The dev questions on the story, and every fixture gold set whose questions carry evidence snippets, asked
 * of all the fixture articles together (so a question must find its paragraph among other outlets' stories).
 */
export async function goldBenches(): Promise<GoldBench[]> {
  return [
    { name: 'dev (story)', corpusDir: 'corpus', goldFiles: ['../shared/eval/questions.dev.json'] },
    { name: 'search fixtures', corpusDir: FIXTURE_ARTICLES, goldFiles: await goldFilesWithEvidence('test/search/gold') },
    { name: 'answer fixtures', corpusDir: FIXTURE_ARTICLES, goldFiles: await goldFilesWithEvidence('test/fixtures/gold') },
  ].filter((bench) => bench.goldFiles.length > 0);
}

/** The gold files of a folder that hold questions with evidence (quotation gold sets hold none). */
async function goldFilesWithEvidence(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const files: string[] = [];
  for (const name of names.filter((candidate) => candidate.endsWith('.json')).sort()) {
    const file = join(dir, name);
    const parsed = GoldSet.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (parsed.success && parsed.data.questions.some((question) => question.evidence)) files.push(file);
  }
  return files;
}

const LATENCY_ROUNDS = 20;

export async function measureRetrievalQuality(
  candidates: readonly RetrievalCandidate[] = CANDIDATES,
  benches?: readonly GoldBench[],
): Promise<QualityRow[]> {
  const rows: QualityRow[] = [];
  for (const bench of benches ?? (await goldBenches())) {
    const corpus = await loadCorpus(bench.corpusDir);
    const questions: GoldQuestion[] = [];
    for (const file of bench.goldFiles) questions.push(...(await loadGoldSet(file)).questions);
    for (const candidate of candidates) {
      const retrieve = candidate.build(corpus);
      const report = measureRecall(retrieve, questions, [1, 3]);
      rows.push({
        candidate: candidate.name,
        bench: bench.name,
        questions: report.questions,
        recallAt1: report.recall.get(1) ?? 0,
        recallAt3: report.recall.get(3) ?? 0,
        p50Ms: medianLatency(retrieve, questions),
      });
    }
  }
  return rows;
}

function medianLatency(retrieve: RetrieveTexts, questions: readonly GoldQuestion[]): number {
  const times: number[] = [];
  for (let round = 0; round < LATENCY_ROUNDS; round++) {
    for (const question of questions) {
      const started = performance.now();
      retrieve(question.q, 3);
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export function formatQualityTable(rows: readonly QualityRow[]): string {
  const percent = (value: number) => `${(100 * value).toFixed(1)}%`;
  const lines = [
    '| retrieval | gold set | questions | recall@1 | recall@3 | p50 per question |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.candidate} | ${row.bench} | ${row.questions} | ${percent(row.recallAt1)} | ${percent(row.recallAt3)} | ${row.p50Ms.toFixed(3)} ms |`,
    ),
  ];
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatQualityTable(await measureRetrievalQuality()));
}
