import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
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

describe('rescoreWithLeftOutTerms', () => {
  it('gives the scores and order MiniSearch gives when the left-out terms are searched too', () => {
    const miniSearch = indexOfTexts();
    const searchedWhole = miniSearch.search('tomahawk trump');
    const rescored = rescoreWithLeftOutTerms(miniSearch.search('tomahawk'), ['trump'], termsOf, statistics);
    const onlyTomahawk = searchedWhole.filter((result) => TEXTS[result.id as number]!.includes('tomahawk'));
    expect(rescored.map((result) => result.id)).toEqual(onlyTomahawk.map((result) => result.id));
    rescored.forEach((result, i) => expect(result.score).toBeCloseTo(onlyTomahawk[i]!.score, 9));
  });

  it('leaves results alone when nothing was left out', () => {
    const results = indexOfTexts().search('ukraine');
    expect(rescoreWithLeftOutTerms(results, [], termsOf, statistics)).toEqual(results);
  });
});
