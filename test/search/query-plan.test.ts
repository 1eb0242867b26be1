import { describe, expect, it } from 'vitest';
import { planQuery, type QueryPlanOptions } from '../../src/search/query-plan.js';
import { analyze } from '../../src/search/tokenize.js';

const term = (word: string) => analyze(word)[0]!;

function options(postings: Record<string, number>, overrides: Partial<QueryPlanOptions> = {}): QueryPlanOptions {
  const byTerm = new Map(Object.entries(postings).map(([word, count]) => [term(word), count]));
  return {
    maxQueryTerms: 48,
    postingsBudget: 5_000,
    relatedPostingsBudget: 1_000,
    relatedWeights: { synonym: 0.3, phrasal: 1, measure: 0.5 },
    isKnown: (known) => byTerm.has(known),
    postings: byTerm,
    ...overrides,
  };
}

describe('planQuery', () => {
  it('searches the words of the question at full weight and their related terms at less, for the word they stand for', () => {
    const plan = planQuery('What was the dispute about?', options({ dispute: 3, row: 1 }));
    expect(plan.searched).toEqual([
      { term: term('dispute'), concept: term('dispute'), weight: 1, typo: false },
      { term: term('row'), concept: term('dispute'), weight: 0.3, typo: false },
    ]);
    expect(plan.leftOut).toEqual([]);
  });

  it('leaves out related terms the index does not hold, and every kind weighted 0', () => {
    expect(planQuery('What was the dispute about?', options({ dispute: 3 })).searched.map((found) => found.term)).toEqual([term('dispute')]);
    const withoutSynonyms = options({ dispute: 3, row: 1 }, { relatedWeights: { synonym: 0, phrasal: 1, measure: 0.5 } });
    expect(planQuery('What was the dispute about?', withoutSynonyms).searched.map((found) => found.term)).toEqual([term('dispute')]);
  });

  it('looks up fuzzily, as a typo, only a word of the question with no related term in the index', () => {
    expect(planQuery('What was the dispute about?', options({ row: 1 })).searched[0]).toMatchObject({ term: term('dispute'), typo: false });
    expect(planQuery('What was the dipsute about?', options({ row: 1 })).searched[0]).toMatchObject({ term: term('dipsute'), typo: true });
  });

  it('never lets a related term push out a word of the question: related terms get what budget is left', () => {
    const plan = planQuery('Why did the workers strike?', options({ worker: 3_000, strike: 1_500, walkout: 900, stoppage: 400 }, { postingsBudget: 5_000 }));
    expect(plan.searched.map((found) => found.term)).toEqual([term('workers'), term('strike'), term('stoppage')]);
    expect(plan.leftOut.map((found) => found.term)).toEqual([term('walkout')]);
  });

  it('spends at most the related terms\' own budget on them, rarest first', () => {
    const plan = planQuery('Why did they strike?', options({ strike: 10, walkout: 700, stoppage: 400, attack: 500 }));
    expect(new Set(plan.searched.map((found) => found.term))).toEqual(new Set([term('strike'), term('stoppage'), term('attack')]));
    expect(plan.leftOut.map((found) => found.term)).toEqual([term('walkout')]);
  });

  it('reads the particle of a phrasal verb as part of the verb, not a word of its own', () => {
    const plan = planQuery('How much has he paid back?', options({ paid: 5, back: 9, repaid: 1 }));
    expect(plan.searched.map((found) => [found.term, found.concept, found.weight])).toEqual([
      [term('paid'), term('paid'), 1],
      [term('repaid'), term('paid'), 1],
    ]);
  });
});
