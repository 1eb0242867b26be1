import { describe, expect, it } from 'vitest';
import { DocumentFrequencyCounter, TRACKED_ABOVE, termsWithinBudget } from '../../src/search/document-frequencies.js';
import { createCachedAnalyzer } from '../../src/search/term-cache.js';
import { analyze } from '../../src/search/tokenize.js';

describe('DocumentFrequencyCounter', () => {
  it('counts each term once per paragraph and keeps only the frequent ones', () => {
    const counter = new DocumentFrequencyCounter();
    for (let i = 0; i <= TRACKED_ABOVE; i++) counter.add(['common', 'common', `rare${i}`]);
    expect(counter.frequentTerms()).toEqual(new Map([['common', TRACKED_ABOVE + 1]]));
  });

  it('counts the paragraph visits of every term over all fields: a headline word costs one visit per paragraph', () => {
    const counter = new DocumentFrequencyCounter();
    for (let i = 0; i < 3; i++) {
      counter.add(i === 0 ? ['budget', 'vote'] : ['vote']);
      counter.addOtherField(['budget', 'budget']);
    }
    expect(counter.postingsByTerm()).toEqual(new Map([['budget', 4], ['vote', 3]]));
    expect(counter.frequentTerms()).toEqual(new Map());
  });
});

describe('termsWithinBudget', () => {
  const frequent = new Map([
    ['president', 9_000],
    ['year', 15_000],
    ['minister', 4_000],
  ]);

  it('keeps every term when they fit, in the question\'s order', () => {
    expect(termsWithinBudget(['year', 'budapest', 'minister'], frequent, 100_000)).toEqual(['year', 'budapest', 'minister']);
  });

  it('leaves out the most frequent terms first when the budget is short', () => {
    expect(termsWithinBudget(['year', 'president', 'budapest', 'minister'], frequent, 14_000)).toEqual(['president', 'budapest', 'minister']);
  });

  it('still searches the rarest term when even it is over budget', () => {
    expect(termsWithinBudget(['year', 'president'], frequent, 5_000)).toEqual(['president']);
  });

  it('searches nothing over budget when not asked to search at least one term', () => {
    expect(termsWithinBudget(['year', 'president'], frequent, 5_000, { alwaysOne: false })).toEqual([]);
  });

  it('counts a term of no paragraph it knows as a rare one', () => {
    expect(termsWithinBudget(['budapest', 'minister'], frequent, TRACKED_ABOVE)).toEqual(['budapest']);
  });
});

describe('createCachedAnalyzer', () => {
  it('gives the same terms as analyze, text after text', () => {
    const cached = createCachedAnalyzer();
    for (const text of ['U.S. officials met in Budapest.', 'The U.S. and NATO’s long-range ATACMS', 'US officials said 1,600 km']) {
      expect(cached(text)).toEqual(analyze(text));
    }
  });
});
