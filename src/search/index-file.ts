import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { z } from 'zod';
import { ChunkedJsonMiniSearch } from './chunked-minisearch.js';

/** Bump when the shape of a saved index file changes. */
const INDEX_FILE_FORMAT = 3;

const SavedIndex = z.object({
  format: z.literal(INDEX_FILE_FORMAT),
  paragraphs: z.number().int().nonnegative(),
  frequentTerms: z.array(z.tuple([z.string(), z.number()])),
  postings: z.array(z.tuple([z.string(), z.number()])),
  averageTextLength: z.number().nonnegative(),
  // MiniSearch checks its own part when loading it; walking it here would double the load time.
  index: z.custom<AsPlainObject>((value) => typeof value === 'object' && value !== null),
});

/** What is saved: MiniSearch's index and what storybot knows about it. */
export interface IndexContents<T> {
  miniSearch: MiniSearch<T>;
  /** Paragraphs whose text holds each frequent term (BM25's document frequency). */
  frequentTerms: ReadonlyMap<string, number>;
  /** Every term of the index, with the paragraph visits over all fields that searching it costs. */
  postings: ReadonlyMap<string, number>;
  /** Mean number of distinct terms in a paragraph's text. */
  averageTextLength: number;
}

/**
 * The saved index as JSON text in chunks (see `ChunkedJsonMiniSearch`): what storybot knows about the index,
 * then MiniSearch's own JSON under `index`.
 */
export function* serializeIndex<T>({ miniSearch, frequentTerms, postings, averageTextLength }: IndexContents<T>): Generator<string> {
  const header = {
    format: INDEX_FILE_FORMAT,
    paragraphs: miniSearch.documentCount,
    frequentTerms: [...frequentTerms],
    postings: [...postings],
    averageTextLength,
  };
  yield `${JSON.stringify(header).slice(0, -1)},"index":`;
  if (miniSearch instanceof ChunkedJsonMiniSearch) yield* miniSearch.toJSONChunks();
  else yield JSON.stringify(miniSearch);
  yield '}';
}

/**
 * Reads a saved index back with the options it was built with, or says what is wrong with it: not JSON,
 * another format, another MiniSearch version, or not the expected number of paragraphs.
 */
export function deserializeIndex<T>(json: string, options: Options<T>, paragraphs: number): IndexContents<T> | { problem: string } {
  try {
    const saved = SavedIndex.safeParse(JSON.parse(json));
    if (!saved.success) return { problem: 'it is not an index file of this version' };
    if (saved.data.paragraphs !== paragraphs) {
      return { problem: `it holds ${saved.data.paragraphs} paragraphs, the corpus ${paragraphs}` };
    }
    const miniSearch = MiniSearch.loadJS<T>(saved.data.index, options);
    if (miniSearch.documentCount !== paragraphs) return { problem: 'its index does not match its header' };
    return {
      miniSearch,
      frequentTerms: new Map(saved.data.frequentTerms),
      postings: new Map(saved.data.postings),
      averageTextLength: saved.data.averageTextLength,
    };
  } catch (error) {
    return { problem: (error as Error).message };
  }
}
