import MiniSearch from 'minisearch';

/**
 * MiniSearch that can also write its index as JSON piece by piece. `JSON.stringify(miniSearch)` first copies
 * the whole index into plain objects (`toJSON`) and then into one string: on 200,000 paragraphs that copy
 * alone is half a gigabyte. `toJSONChunks` yields the same JSON a few thousand terms at a time, so saving
 * costs little more memory than the index itself. The result loads with `MiniSearch.loadJSON` as usual.
 */
export class ChunkedJsonMiniSearch<T> extends MiniSearch<T> {
  *toJSONChunks(termsPerChunk = 2_000): Generator<string> {
    // The fields of `toJSON()` other than `index`, from the same protected state it reads.
    const head = {
      documentCount: this._documentCount,
      nextId: this._nextId,
      documentIds: Object.fromEntries(this._documentIds),
      fieldIds: this._fieldIds,
      fieldLength: Object.fromEntries(this._fieldLength),
      averageFieldLength: this._avgFieldLength,
      storedFields: Object.fromEntries(this._storedFields),
      dirtCount: this._dirtCount,
      serializationVersion: 2,
    };
    yield `${JSON.stringify(head).slice(0, -1)},"index":[`;
    let chunk: string[] = [];
    let first = true;
    for (const [term, fieldIndex] of this._index) {
      const data: Record<number, Record<number, number>> = {};
      for (const [fieldId, frequencies] of fieldIndex) data[fieldId] = Object.fromEntries(frequencies);
      chunk.push(JSON.stringify([term, data]));
      if (chunk.length === termsPerChunk) {
        yield (first ? '' : ',') + chunk.join(',');
        first = false;
        chunk = [];
      }
    }
    yield (first || chunk.length === 0 ? '' : ',') + chunk.join(',') + ']}';
  }
}
