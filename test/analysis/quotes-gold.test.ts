import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeQuotes } from '../../src/analysis/quotes.js';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Corpus } from '../../src/corpus/schema.js';
import { readGold, scoreQuotes } from './quotes-score.js';

const SEED_GOLD = '../shared/eval/quotes.seed.json';
const FIXTURE_ARTICLES = 'test/fixtures/articles';
const FIXTURE_GOLDS = 'test/fixtures/gold';

/** One article of a corpus on its own, so other articles' people do not change how it reads. */
function only(corpus: Corpus, slug: string): Corpus {
  return { ...corpus, articles: corpus.articles.filter((article) => article.slug === slug) };
}

describe('quotations scored as ../shared/eval/score.mjs scores them', () => {
  it('finds every quotation of the bundled story with its speaker (seed gold, F1 = 1)', async () => {
    const corpus = await loadCorpus('corpus');
    const score = scoreQuotes(readGold(SEED_GOLD), analyzeQuotes(corpus).quotes);
    expect(score.misses).toEqual([]);
    expect(score.f1).toBe(1);
  });

  // Question golds of the answerer live beside the quotation golds; only the latter are scored here.
  const golds = readdirSync(FIXTURE_GOLDS).filter((file) => file.endsWith('.json') && !file.endsWith('.questions.json'));
  it.each(golds)('scores F1 = 1 on the fixture article of %s', async (file) => {
    const slug = basename(file, '.json');
    const corpus = only(await loadCorpus(FIXTURE_ARTICLES), slug);
    expect(corpus.articles).toHaveLength(1);
    const score = scoreQuotes(readGold(join(FIXTURE_GOLDS, file)), analyzeQuotes(corpus).quotes);
    expect(score.f1, score.misses.join('\n')).toBe(1);
  });
});
