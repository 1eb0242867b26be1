import { beforeAll, describe, expect, it } from 'vitest';
import { ParagraphIndex } from '../../src/search/paragraph-index.js';
import { loadStory } from './helpers.js';

let index: ParagraphIndex;

beforeAll(async () => {
  index = ParagraphIndex.build(await loadStory());
});

describe('ParagraphIndex.search with odd queries', () => {
  it('returns nothing for an empty or blank query', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('   \n\t ')).toEqual([]);
  });

  it('returns nothing for a query made only of stop words', () => {
    expect(index.search('what is it that they were about to do?')).toEqual([]);
  });

  it('returns nothing for punctuation or emoji alone', () => {
    expect(index.search('?!?! ... --- "" ***')).toEqual([]);
    expect(index.search('🎉🚀🔥')).toEqual([]);
  });

  it('returns nothing for a zero or negative limit', () => {
    expect(index.search('Tomahawk', { limit: 0 })).toEqual([]);
    expect(index.search('Tomahawk', { limit: -3 })).toEqual([]);
  });

  it('answers a 10,000-character query without throwing, within the limit', () => {
    const essay = 'Tomahawk missiles range Budapest sanctions oil India Senate '.repeat(170).slice(0, 10_000);
    const passages = index.search(essay, { limit: 3 });
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.length).toBeLessThanOrEqual(3);
  });

  it('answers a long query of distinct made-up words without throwing', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `word${i.toString(36)}x`).join(' ');
    expect(() => index.search(words)).not.toThrow();
  });

  it('does not treat MiniSearch query syntax or regex characters specially', () => {
    for (const query of ['Trump AND Putin', '(Putin', 'Putin*', '[a-z]+ \\d', 'OR', 'constructor', '__proto__', 'toString']) {
      expect(() => index.search(query)).not.toThrow();
    }
  });

  it('finds nothing for words absent from the story', () => {
    expect(index.search('xylophone quagmire zeppelin')).toEqual([]);
  });
});
