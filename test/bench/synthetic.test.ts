import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeArticle } from '../../bench/synthetic/article.js';
import { DEFAULT_SEED, generateCorpus, syntheticQuestions } from '../../bench/synthetic/generate.js';
import { seedFor, SeededRandom, ZipfSampler } from '../../bench/synthetic/random.js';
import { Vocabulary } from '../../bench/synthetic/vocabulary.js';
import { extractQuotes } from '../../src/analysis/quotes.js';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Corpus } from '../../src/corpus/schema.js';

const SEED = 7;
let root: string;
let corpus: Corpus;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'storybot-synthetic-test-'));
  const generated = await generateCorpus({ articles: 30, seed: SEED, root });
  corpus = await loadCorpus(generated.dir);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the synthetic corpus generator', () => {
  it('writes the same article i for a seed whatever the size of the corpus', async () => {
    const small = await generateCorpus({ articles: 3, seed: SEED, root });
    const large = await generateCorpus({ articles: 30, seed: SEED, root });
    const [first] = (await readdir(small.dir)).filter((name) => name.endsWith('.txt')).sort();
    expect(await readFile(join(small.dir, first!), 'utf8')).toBe(await readFile(join(large.dir, first!), 'utf8'));
  });

  it('writes articles storybot loads without warnings, each of 15 to 25 paragraphs', () => {
    expect(corpus.warnings).toEqual([]);
    expect(corpus.articles).toHaveLength(30);
    for (const article of corpus.articles) {
      expect(article.paragraphs.length).toBeGreaterThanOrEqual(15);
      expect(article.paragraphs.length).toBeLessThanOrEqual(25);
    }
  });

  it('writes quotations that storybot attributes to named speakers', () => {
    const quotes = extractQuotes(corpus);
    expect(quotes.length).toBeGreaterThan(corpus.articles.length * 3);
    const attributed = quotes.filter((quote) => /^[A-Z][a-z]+ \S+/.test(quote.speaker));
    expect(attributed.length / quotes.length).toBeGreaterThan(0.8);
  });

  it("reads the quotations of the benchmark's own first 120 articles without failing (its article 100 once broke the cue reader)", async () => {
    const generated = await generateCorpus({ articles: 120, seed: DEFAULT_SEED, root });
    const quotes = extractQuotes(await loadCorpus(generated.dir));
    expect(quotes.length).toBeGreaterThan(120);
  });

  it('asks questions whose evidence is in the corpus when their article is', () => {
    const text = corpus.articles.flatMap((article) => article.paragraphs.map((paragraph) => paragraph.text)).join('\n');
    const questions = syntheticQuestions(30, 100, SEED);
    expect(new Set(questions.map((question) => question.q)).size).toBe(100);
    for (const question of questions.filter((candidate) => candidate.inCorpus)) expect(text).toContain(question.evidence);
  });

  it('tops up with questions about articles the corpus lacks when it is too small to give enough', () => {
    const questions = syntheticQuestions(1, 50, SEED);
    expect(questions).toHaveLength(50);
    expect(questions.some((question) => question.inCorpus)).toBe(true);
    expect(questions.some((question) => !question.inCorpus)).toBe(true);
  });

  it('composes an article from its seed alone', () => {
    const vocabulary = new Vocabulary(SEED);
    expect(composeArticle(vocabulary, seedFor(SEED, 4), 4)).toEqual(composeArticle(new Vocabulary(SEED), seedFor(SEED, 4), 4));
  });
});

describe('Zipf sampling', () => {
  it('draws the first ranks far more often than the tail', () => {
    const sampler = new ZipfSampler(10_000, 1.07, 20);
    const random = new SeededRandom(1);
    const counts = new Map<number, number>();
    for (let i = 0; i < 50_000; i++) {
      const rank = sampler.rank(random);
      counts.set(rank, (counts.get(rank) ?? 0) + 1);
    }
    const head = [...Array(100).keys()].reduce((sum, rank) => sum + (counts.get(rank) ?? 0), 0);
    expect(head / 50_000).toBeGreaterThan(0.25); // 1% of the ranks
    expect(counts.size).toBeGreaterThan(3_000); // and a long tail of ranks drawn at all
  });
});
