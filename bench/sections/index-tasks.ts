import { stat } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '../../src/corpus/load.js';
import { ParagraphIndex } from '../../src/search/paragraph-index.js';
import { foldForComparison } from '../../src/search/recall.js';
import { TUNED_SETTINGS } from '../../src/search/settings.js';
import { collectGarbage, watchMemory } from '../support/memory.js';
import { distribution, timeEach, type Distribution } from '../support/stats.js';

/** The worker side of the index section: one corpus size per process, so the figures do not mix. */

export interface BuildInput {
  corpusDir: string;
  /** An empty folder: the index is built and saved there, as storybot's first start does. */
  cacheDir: string;
}

export interface BuildResult {
  paragraphs: number;
  terms: number;
  loadCorpusMs: number;
  buildMs: number;
  saveMs: number;
  indexBytes: number;
  peakHeapBytes: number;
  peakRssBytes: number;
}

export async function buildIndexTask({ corpusDir, cacheDir }: BuildInput): Promise<BuildResult> {
  const loadStarted = performance.now();
  const corpus = await loadCorpus(corpusDir);
  const loadCorpusMs = performance.now() - loadStarted;
  collectGarbage();

  const memory = watchMemory();
  const started = performance.now();
  const index = await ParagraphIndex.open(corpus, { cacheDir });
  const openMs = performance.now() - started;
  const peak = memory.stop();
  if (index.stats.loadedFromCache || !index.stats.cacheFile) throw new Error(`expected to build and save the index (${index.stats.cacheProblem ?? 'it was loaded'})`);
  return {
    paragraphs: index.stats.paragraphs,
    terms: index.stats.terms,
    loadCorpusMs,
    buildMs: index.stats.ms,
    saveMs: openMs - index.stats.ms,
    indexBytes: (await stat(index.stats.cacheFile)).size,
    ...peak,
  };
}

export interface ServeInput {
  corpusDir: string;
  /** Where `buildIndexTask` saved the index. */
  cacheDir: string;
  questions: { q: string; evidence: string | null }[];
  /** Questions searched once before measuring, so the figures are of a warmed-up process. */
  warmUp: number;
  limit: number;
  /** Search every term of a question, with no budget of paragraph visits, for comparison. */
  withoutBudget?: boolean;
}

export interface ServeResult {
  loadMs: number;
  rssAfterLoadBytes: number;
  wall: Distribution;
  cpu: Distribution;
  /** Share of the questions with evidence whose evidence was in the top `limit` paragraphs. */
  recall: number | null;
  peakHeapBytes: number;
  peakRssBytes: number;
}

export async function serveIndexTask({ corpusDir, cacheDir, questions, warmUp, limit, withoutBudget }: ServeInput): Promise<ServeResult> {
  const corpus = await loadCorpus(corpusDir);
  collectGarbage();
  const memory = watchMemory();
  const settings = withoutBudget ? { ...TUNED_SETTINGS, postingsBudget: Number.POSITIVE_INFINITY } : TUNED_SETTINGS;
  const index = await ParagraphIndex.open(corpus, { cacheDir, settings });
  if (!index.stats.loadedFromCache) throw new Error(`expected to load the saved index (${index.stats.cacheProblem ?? 'none was found'})`);
  collectGarbage();
  const rssAfterLoadBytes = process.memoryUsage().rss;

  for (const { q } of questions.slice(0, warmUp)) index.search(q, { limit });
  const found: string[][] = [];
  const times = await timeEach(questions, ({ q }) => found.push(index.search(q, { limit }).map((passage) => passage.text)));
  return {
    loadMs: index.stats.ms,
    rssAfterLoadBytes,
    wall: distribution(times.wall),
    cpu: distribution(times.cpu),
    recall: recallOf(questions, found),
    ...memory.stop(),
  };
}

function recallOf(questions: ServeInput['questions'], found: readonly string[][]): number | null {
  let asked = 0;
  let recalled = 0;
  questions.forEach(({ evidence }, i) => {
    if (evidence === null) return;
    asked += 1;
    const wanted = foldForComparison(evidence);
    if (found[i]!.some((text) => foldForComparison(text).includes(wanted))) recalled += 1;
  });
  return asked === 0 ? null : recalled / asked;
}
