import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { scoreByConcepts } from '../../src/search/concept-scores.js';
import type { QueryTerm } from '../../src/search/query-plan.js';
import { rescoreWithLeftOutTerms, type TextStatistics } from '../../src/search/rescore.js';

const TEXTS = [
  'tomahawk missile range trump',
  'tomahawk missile trump trump ukraine',
  'tomahawk cruise missile',
  'trump budapest meeting',
  'sanctions oil india',
  'tomahawk tomahawk ukraine strike deeper',
];
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

function indexOfTexts(): MiniSearch<{ id: number; text: string }> {
  const miniSearch = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], searchOptions: { bm25: BM25 } });
  miniSearch.addAll(TEXTS.map((text, id) => ({ id, text })));
  return miniSearch;
}

const statistics: TextStatistics = {
  paragraphs: TEXTS.length,
  averageLength: TEXTS.reduce((sum, text) => sum + new Set(text.split(' ')).size, 0) / TEXTS.length,
  bm25: BM25,
  paragraphsWithTerm: (term) => TEXTS.filter((text) => text.split(' ').includes(term)).length,
};
const termsOf = (id: number) => TEXTS[id]!.split(' ');
const asked = (term: string): QueryTerm => ({ term, concept: term, weight: 1, typo: false });

describe('rescoreWithLeftOutTerms', () => {
  const miniSearch = indexOfTexts();
  const searched = (terms: QueryTerm[]) => scoreByConcepts(terms, ({ term }) => miniSearch.search(term));

  it('gives the scores and order MiniSearch gives when the left-out terms are searched too', () => {
    const searchedWhole = miniSearch.search('tomahawk trump');
    const rescored = rescoreWithLeftOutTerms(searched([asked('tomahawk')]), [asked('trump')], termsOf, statistics);
    const onlyTomahawk = searchedWhole.filter((result) => TEXTS[result.id as number]!.includes('tomahawk'));
    expect(rescored.map((result) => result.id)).toEqual(onlyTomahawk.map((result) => result.id));
    rescored.forEach((result, i) => expect(result.score).toBeCloseTo(onlyTomahawk[i]!.score, 9));
  });

  it('counts a left-out related term for the word it stands for, at its weight, and at most once with it', () => {
    const related: QueryTerm = { term: 'missile', concept: 'tomahawk', weight: 0.5, typo: false };
    const withRelated = scoreByConcepts([asked('ukraine'), related], ({ term }) => miniSearch.search(term));
    const rescored = rescoreWithLeftOutTerms(searched([asked('ukraine')]), [related], termsOf, statistics);
    expect(rescored.map((result) => [result.id, result.score])).toEqual(withRelated.filter((result) => result.byConcept.has('ukraine')).map((result) => [result.id, expect.closeTo(result.score, 9)]));
  });

  it('leaves results alone when nothing was left out', () => {
    const results = searched([asked('ukraine')]);
    expect(rescoreWithLeftOutTerms(results, [], termsOf, statistics)).toEqual(results);
  });
});
