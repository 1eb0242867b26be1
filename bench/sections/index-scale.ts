import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AskedQuestion } from '../questions.js';
import { runInWorker } from '../support/child.js';
import { bytes, count, ms, percent, ratio } from '../support/format.js';
import type { Table } from '../support/table.js';
import type { BuildResult, ServeResult } from './index-tasks.js';

/**
 * Sections 2 and 3 (retrieval): for each corpus, one fresh process builds the index and saves it as
 * storybot's first start does, then another loads the saved index and answers the question set.
 */
export interface ScaleTarget {
  label: string;
  corpusDir: string;
  questions: AskedQuestion[];
  /** Also measure retrieval with no budget of paragraph visits, every term of a question searched. */
  compareWithoutBudget?: boolean;
}

export interface ScaleRow {
  label: string;
  questions: number;
  build: BuildResult;
  serve: ServeResult;
  serveWithoutBudget?: ServeResult;
}

const WARM_UP_QUESTIONS = 20;
export const RETRIEVAL_LIMIT = 3;

export async function measureIndexScale(targets: readonly ScaleTarget[], log: (line: string) => void): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = [];
  for (const target of targets) {
    const cacheDir = await mkdtemp(join(tmpdir(), 'storybot-bench-index-'));
    try {
      log(`index: building ${target.label}`);
      const build = await runInWorker<BuildResult>('index:build', { corpusDir: target.corpusDir, cacheDir });
      log(`index: loading ${target.label} and asking ${target.questions.length} questions`);
      const serveInput = { corpusDir: target.corpusDir, cacheDir, questions: target.questions, warmUp: WARM_UP_QUESTIONS, limit: RETRIEVAL_LIMIT };
      const serve = await runInWorker<ServeResult>('index:serve', serveInput);
      const row: ScaleRow = { label: target.label, questions: target.questions.length, build, serve };
      if (target.compareWithoutBudget) {
        log(`index: asking ${target.label} again, with no budget`);
        row.serveWithoutBudget = await runInWorker<ServeResult>('index:serve', { ...serveInput, withoutBudget: true });
      }
      rows.push(row);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  }
  return rows;
}

export function indexTable(rows: readonly ScaleRow[]): Table {
  return {
    title: '2. Index: build, memory, persistence',
    columns: ['corpus', 'paragraphs:', 'terms:', 'build:', 'paragraphs/s:', 'peak heap:', 'peak RSS:', 'index on disk:', 'save:', 'load saved:', 'rebuild ÷ load:'],
    rows: rows.map(({ label, build, serve }) => [
      label,
      count(build.paragraphs),
      count(build.terms),
      ms(build.buildMs),
      count(build.paragraphs / (build.buildMs / 1000)),
      bytes(build.peakHeapBytes),
      bytes(build.peakRssBytes),
      bytes(build.indexBytes),
      ms(build.saveMs),
      ms(serve.loadMs),
      ratio(build.buildMs / serve.loadMs),
    ]),
    notes: [
      'Each corpus in a fresh process (`ParagraphIndex.open` on an empty cache folder: build, then save atomically), peak heap from V8\'s',
      'GC profiler (heap in use before every collection), peak RSS from the kernel\'s high-water mark, both over build and save together.',
      '"load saved" is `ParagraphIndex.open` finding the saved index, in another fresh process (read, parse, `MiniSearch.loadJSON`).',
    ],
  };
}

export function retrievalTable(rows: readonly ScaleRow[]): Table {
  const line = (label: string, questions: number, paragraphs: number, serve: ServeResult) => [
    label,
    count(paragraphs),
    String(questions),
    ms(serve.wall.p50),
    ms(serve.wall.p95),
    ms(serve.wall.p99),
    ms(serve.cpu.p99),
    serve.recall === null ? '—' : percent(serve.recall),
    bytes(serve.rssAfterLoadBytes),
    bytes(serve.peakRssBytes),
  ];
  return {
    title: '3a. Retrieval latency (top 3 paragraphs)',
    columns: ['corpus', 'paragraphs:', 'questions:', 'p50:', 'p95:', 'p99:', 'CPU p99:', 'recall@3:', 'RSS after load:', 'peak RSS serving:'],
    rows: rows.flatMap((row) => [
      line(row.label, row.questions, row.build.paragraphs, row.serve),
      ...(row.serveWithoutBudget ? [line(`${row.label}, no budget (every term searched)`, row.questions, row.build.paragraphs, row.serveWithoutBudget)] : []),
    ]),
    notes: [
      `Every question once, after ${WARM_UP_QUESTIONS} warm-up searches, in the process that loaded the saved index. Wall clock; "CPU p99" is the`,
      'process\'s CPU time for the same searches, which on a shared machine leaves out the time spent waiting for a core.',
      'Synthetic corpora: 200 generated questions (on its articles where the corpus has enough of them) plus the 14 dev questions;',
      'recall@3 counts the generated questions whose evidence a top-3 paragraph holds. Bundled story: the 14 dev questions (recall over',
      'the answerable ones) plus the 200 generated questions, which it cannot answer but must still search.',
      '"no budget": the same index and questions with `postingsBudget: Infinity`, i.e. one MiniSearch search scoring every paragraph',
      'that holds any term of the question, as storybot searched before its budget of paragraph visits (`src/search/document-frequencies.ts`).',
    ],
  };
}
