/**
 * Retrieval quality against configuration: recall@1 and recall@3 of each retrieval candidate on each gold set,
 * with its median latency per question. Part of `npm run bench`; on its own, from the project root:
 *
 *   npx tsx bench/retrieval-quality.ts
 *
 * Another search library is compared by adding a `RetrievalCandidate` to `quality/libraries.ts`.
 */
import { readdir } from 'node:fs/promises';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import MiniSearch from 'minisearch';
import { loadCorpus } from '../src/corpus/load.js';
import type { Corpus } from '../src/corpus/schema.js';
import { ParagraphIndex } from '../src/search/paragraph-index.js';
import { loadGoldSet, measureRecall, type GoldQuestion, type RetrieveTexts } from '../src/search/recall.js';
import { OTHER_LIBRARIES } from './quality/libraries.js';

/** A way of retrieving paragraphs, built once per corpus. */
export interface RetrievalCandidate {
  name: string;
  build(corpus: Corpus): RetrieveTexts;
}

/** A gold set and the corpus its questions are about (the articles of one or more folders). */
export interface GoldBench {
  name: string;
  corpusDirs: string[];
  goldFiles: string[];
  /** Ask every question with one typo in its longest word, as people type on a phone. */
  withTypos?: boolean;
  /**
   * Ask each gold file's questions of its own article alone (the article named like the file), as storybot
   * serves one story, rather than of every article of `corpusDirs` together.
   */
  eachArticleAlone?: boolean;
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

const DEV_QUESTIONS = '../shared/eval/questions.dev.json';
const STORY_QUESTIONS = [DEV_QUESTIONS, 'test/search/gold/story-extra.json'];
const FIXTURE_QUESTIONS = [
  'test/search/gold/riverton-council-budget.json',
  'test/search/gold/harbour-city-striker-transfer.json',
  'test/search/gold/lumen-devices-earnings.json',
];
// Written after the first round of tuning and kept out of every later choice, as a check on over-fitting.
const HELD_OUT_QUESTIONS = ['test/search/gold/pinecrest-wildfire-evacuations.json'];

/**
 * Question gold sets other team members wrote on their fixture articles (`test/fixtures/gold/*.questions.json`).
 * They were kept out of the search's tuning until the related-term weights (`settings.ts`), which were measured
 * on every set here, these included.
 */
async function othersQuestionFiles(): Promise<string[]> {
  const folder = 'test/fixtures/gold';
  const files = await readdir(folder).catch(() => []);
  return files.filter((file) => file.endsWith('.questions.json')).sort().map((file) => `${folder}/${file}`);
}

const OTHERS_QUESTIONS = await othersQuestionFiles();

export const GOLD_BENCHES: GoldBench[] = [
  { name: 'dev questions (story)', corpusDirs: ['corpus'], goldFiles: [DEV_QUESTIONS] },
  { name: 'story, dev + 24 more', corpusDirs: ['corpus'], goldFiles: STORY_QUESTIONS },
  { name: 'own fixtures (among all fixture articles)', corpusDirs: ['test/fixtures/articles'], goldFiles: FIXTURE_QUESTIONS },
  { name: 'held-out fixture', corpusDirs: ['test/fixtures/articles'], goldFiles: HELD_OUT_QUESTIONS },
  { name: "others' fixtures (among all fixture articles)", corpusDirs: ['test/fixtures/articles'], goldFiles: OTHERS_QUESTIONS },
  { name: "others' fixtures, each article alone", corpusDirs: ['test/fixtures/articles'], goldFiles: OTHERS_QUESTIONS, eachArticleAlone: true },
  {
    name: 'all, story + fixtures in one corpus',
    corpusDirs: ['corpus', 'test/fixtures/articles'],
    goldFiles: [...STORY_QUESTIONS, ...FIXTURE_QUESTIONS, ...HELD_OUT_QUESTIONS, ...OTHERS_QUESTIONS],
  },
  {
    name: 'all, with a typo each',
    corpusDirs: ['corpus', 'test/fixtures/articles'],
    goldFiles: [...STORY_QUESTIONS, ...FIXTURE_QUESTIONS, ...HELD_OUT_QUESTIONS, ...OTHERS_QUESTIONS],
    withTypos: true,
  },
];

const LATENCY_ROUNDS = 20;

export async function measureRetrievalQuality(
  candidates: readonly RetrievalCandidate[] = CANDIDATES,
  benches: readonly GoldBench[] = GOLD_BENCHES,
): Promise<QualityRow[]> {
  const rows: QualityRow[] = [];
  for (const bench of benches) {
    const corpus = await loadCorpora(bench.corpusDirs);
    const goldSets = await Promise.all(bench.goldFiles.map(async (file) => ({ file, questions: (await loadGoldSet(file)).questions })));
    for (const { questions } of goldSets) if (bench.withTypos) for (const question of questions) question.q = withTypo(question.q);
    // One corpus for the whole bench, or each gold file's own article.
    const parts = bench.eachArticleAlone
      ? goldSets.map(({ file, questions }) => ({ corpus: articleNamedLike(corpus, file), questions }))
      : [{ corpus, questions: goldSets.flatMap(({ questions }) => questions) }];
    for (const candidate of candidates) {
      let scored = 0;
      const recalled = { 1: 0, 3: 0 };
      const latencies: number[] = [];
      for (const part of parts) {
        const retrieve = candidate.build(part.corpus);
        const report = measureRecall(retrieve, part.questions, [1, 3]);
        scored += report.questions;
        recalled[1] += (report.recall.get(1) ?? 0) * report.questions;
        recalled[3] += (report.recall.get(3) ?? 0) * report.questions;
        latencies.push(...latenciesOf(retrieve, part.questions));
      }
      rows.push({
        candidate: candidate.name,
        bench: bench.name,
        questions: scored,
        recallAt1: scored === 0 ? 0 : recalled[1] / scored,
        recallAt3: scored === 0 ? 0 : recalled[3] / scored,
        p50Ms: median(latencies),
      });
    }
  }
  return rows;
}

/** The corpus narrowed to the article a gold file is named after (`<slug>.questions.json` or `<slug>.json`). */
function articleNamedLike(corpus: Corpus, goldFile: string): Corpus {
  const slug = basename(goldFile).replace(/(?:\.questions)?\.json$/, '');
  return { ...corpus, articles: corpus.articles.filter((article) => article.slug === slug) };
}

async function loadCorpora(dirs: readonly string[]): Promise<Corpus> {
  const corpora = await Promise.all(dirs.map((dir) => loadCorpus(dir)));
  return {
    dir: dirs.join(' + '),
    articles: corpora.flatMap((corpus) => corpus.articles),
    warnings: corpora.flatMap((corpus) => corpus.warnings),
    hash: corpora.map((corpus) => corpus.hash).join('-'),
  };
}

/** The question with the two middle letters of its longest word swapped: a typo of two edits. */
export function withTypo(question: string): string {
  const words = question.split(' ');
  const length = (word: string) => word.replace(/[^\p{L}]/gu, '').length;
  const longest = words.reduce((best, word, i) => (length(word) > length(words[best]!) ? i : best), 0);
  const word = words[longest]!;
  const middle = Math.floor(word.length / 2);
  words[longest] = word.slice(0, middle - 1) + word[middle] + word[middle - 1] + word.slice(middle + 1);
  return words.join(' ');
}

function latenciesOf(retrieve: RetrieveTexts, questions: readonly GoldQuestion[]): number[] {
  const times: number[] = [];
  for (let round = 0; round < LATENCY_ROUNDS; round++) {
    for (const question of questions) {
      const started = performance.now();
      retrieve(question.q, 3);
      times.push(performance.now() - started);
    }
  }
  return times;
}

function median(values: number[]): number {
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)] ?? 0;
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
