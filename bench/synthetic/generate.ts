import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { composeArticle, type SyntheticQuestion } from './article.js';
import { SeededRandom, seedFor } from './random.js';
import { Vocabulary } from './vocabulary.js';

/**
 * Writes a synthetic corpus of `articles` news articles to a folder, deterministically: article i is the same
 * for a given seed whatever the corpus size, so the smaller corpora are the first articles of the larger.
 * A folder already generated with the same seed, size and generator version is reused.
 */
export interface GenerateOptions {
  articles: number;
  seed?: number;
  /** Parent folder of the generated corpora. */
  root?: string;
}

export interface GeneratedCorpus {
  dir: string;
  articles: number;
  paragraphs: number;
  /** Milliseconds spent generating and writing, or null when an earlier run's corpus was reused. */
  generatedMs: number | null;
}

/** Bump when the generated text changes, so corpora written by an older generator are not reused. */
const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 20_251_016;
export const DEFAULT_ROOT = join('bench', '.data', 'synthetic');
const MARKER = '.generated.json';
const WRITE_BATCH = 64;

const vocabularies = new Map<number, Vocabulary>();

function vocabularyFor(seed: number): Vocabulary {
  let vocabulary = vocabularies.get(seed);
  if (!vocabulary) vocabularies.set(seed, (vocabulary = new Vocabulary(seed)));
  return vocabulary;
}

export async function generateCorpus(options: GenerateOptions): Promise<GeneratedCorpus> {
  const seed = options.seed ?? DEFAULT_SEED;
  const dir = join(options.root ?? DEFAULT_ROOT, `v${GENERATOR_VERSION}-s${seed}-n${options.articles}`);
  const marker = join(dir, MARKER);
  const previous = await readFile(marker, 'utf8').then(
    (text) => JSON.parse(text) as { articles: number; paragraphs: number },
    () => null,
  );
  if (previous?.articles === options.articles) return { dir, ...previous, generatedMs: null };

  const started = performance.now();
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const vocabulary = vocabularyFor(seed);
  let paragraphs = 0;
  let pending: Promise<void>[] = [];
  for (let index = 0; index < options.articles; index++) {
    const article = composeArticle(vocabulary, seedFor(seed, index), index);
    paragraphs += article.paragraphs;
    pending.push(writeFile(join(dir, `${article.slug}.txt`), article.text));
    if (pending.length >= WRITE_BATCH) {
      await Promise.all(pending);
      pending = [];
    }
  }
  await Promise.all(pending);
  await writeFile(marker, JSON.stringify({ articles: options.articles, paragraphs }));
  return { dir, articles: options.articles, paragraphs, generatedMs: performance.now() - started };
}

/** A question for the benchmarks, and whether the corpus holds the article that answers it. */
export interface BenchQuestion extends SyntheticQuestion {
  inCorpus: boolean;
}

/**
 * `count` questions about a synthetic corpus of `articles` articles, spread over its articles and over the
 * kinds of question (who, what did X say, how much, how far, how many, when), each with its evidence. A corpus
 * too small to give that many distinct questions is asked about articles it does not hold as well: people ask
 * those too, and they must be searched all the same. Only the chosen articles are composed again, so this is
 * cheap at any size.
 */
export function syntheticQuestions(articles: number, count: number, seed = DEFAULT_SEED): BenchQuestion[] {
  const random = new SeededRandom(seedFor(seed, -1));
  const vocabulary = vocabularyFor(seed);
  const questions: BenchQuestion[] = [];
  const seen = new Set<string>();
  const draw = (first: number, last: number, attempts: number) => {
    for (let attempt = 0; questions.length < count && attempt < attempts; attempt++) {
      const index = random.int(first, last);
      const question = random.pick(composeArticle(vocabulary, seedFor(seed, index), index).questions);
      if (seen.has(question.q)) continue;
      seen.add(question.q);
      questions.push({ ...question, inCorpus: index < articles });
    }
  };
  if (articles > 0) draw(0, articles - 1, count * 4);
  draw(articles, articles + count, count * 4);
  return questions;
}
