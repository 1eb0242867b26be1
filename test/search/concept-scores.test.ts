import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { scoreByConcepts } from '../../src/search/concept-scores.js';
import type { QueryTerm } from '../../src/search/query-plan.js';

const TEXTS = [
  'the dispute over pay',
  'a row over pay',
  'a row and a quarrel and a feud over pay',
  'pay talks resume',
  'the dispute and the row over pay',
];

function search(): (term: QueryTerm) => ReturnType<MiniSearch['search']> {
  const miniSearch = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  miniSearch.addAll(TEXTS.map((text, id) => ({ id, text })));
  return ({ term }) => miniSearch.search(term);
}

const asked = (term: string): QueryTerm => ({ term, concept: term, weight: 1, typo: false });
const synonym = (term: string, of: string): QueryTerm => ({ term, concept: of, weight: 0.3, typo: false });

describe('scoreByConcepts', () => {
  it('gives the ranking and scores MiniSearch gives the whole query when no related term is searched', () => {
    const miniSearch = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
    miniSearch.addAll(TEXTS.map((text, id) => ({ id, text })));
    const whole = miniSearch.search('dispute pay');
    const scored = scoreByConcepts([asked('dispute'), asked('pay')], search());
    expect(scored.map((result) => result.id)).toEqual(whole.map((result) => result.id));
    scored.forEach((result, i) => expect(result.score).toBeCloseTo(whole[i]!.score, 9));
  });

  it('counts a word of the question once however many of its synonyms a paragraph holds: the best of them', () => {
    const scored = scoreByConcepts([asked('dispute'), synonym('row', 'dispute'), synonym('quarrel', 'dispute'), synonym('feud', 'dispute')], search());
    const pileOfSynonyms = scored.find((result) => result.id === 2)!;
    expect([...pileOfSynonyms.byConcept.keys()]).toEqual(['dispute']);
    expect(pileOfSynonyms.score).toBeCloseTo(Math.max(...[...pileOfSynonyms.byConcept.values()]), 9);
  });

  it('ranks a paragraph with the asked word above those with only its synonyms', () => {
    const scored = scoreByConcepts([asked('dispute'), synonym('row', 'dispute'), asked('pay')], search());
    expect(scored.slice(0, 2).map((result) => result.id).sort()).toEqual([0, 4]);
    expect(scored.map((result) => result.id)).toContain(1);
  });
});
