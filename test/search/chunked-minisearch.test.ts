import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { ChunkedJsonMiniSearch } from '../../src/search/chunked-minisearch.js';

const DOCUMENTS = [
  { id: 1, text: 'alpha beta gamma', title: 'one' },
  { id: 2, text: 'beta gamma delta epsilon', title: 'two' },
  { id: 3, text: 'zeta eta theta alpha', title: 'three' },
];
const OPTIONS = { fields: ['text', 'title'] };

function indexOf(documents: typeof DOCUMENTS): ChunkedJsonMiniSearch<(typeof DOCUMENTS)[number]> {
  const miniSearch = new ChunkedJsonMiniSearch<(typeof DOCUMENTS)[number]>(OPTIONS);
  miniSearch.addAll(documents);
  return miniSearch;
}

describe('ChunkedJsonMiniSearch', () => {
  it('yields in chunks the same JSON as JSON.stringify, whatever the chunk size', () => {
    const miniSearch = indexOf(DOCUMENTS);
    const whole = JSON.parse(JSON.stringify(miniSearch)) as unknown;
    for (const termsPerChunk of [1, 2, 3, 5, 1000]) {
      const chunks = [...miniSearch.toJSONChunks(termsPerChunk)];
      expect(JSON.parse(chunks.join(''))).toEqual(whole);
    }
    expect([...miniSearch.toJSONChunks(2)].length).toBeGreaterThan(3);
  });

  it('writes an index that MiniSearch.loadJSON reads back with the same results', () => {
    const miniSearch = indexOf(DOCUMENTS);
    const loaded = MiniSearch.loadJSON([...miniSearch.toJSONChunks(2)].join(''), OPTIONS);
    for (const query of ['alpha', 'gamma delta', 'three']) expect(loaded.search(query)).toEqual(miniSearch.search(query));
  });

  it('writes valid JSON for an empty index', () => {
    const empty = indexOf([]);
    expect(JSON.parse([...empty.toJSONChunks()].join(''))).toEqual(JSON.parse(JSON.stringify(empty)));
  });
});
