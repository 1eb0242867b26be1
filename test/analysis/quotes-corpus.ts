import type { Corpus } from '../../src/corpus/schema.js';

/** A one-article corpus (slug `story`) made of the given paragraphs of prose. */
export function corpusOf(...paragraphs: string[]): Corpus {
  return {
    dir: 'memory',
    hash: 'test',
    warnings: [],
    articles: [
      {
        slug: 'story',
        title: 'A story',
        url: null,
        published: null,
        file: 'story.txt',
        paragraphs: paragraphs.map((text, index) => ({ article: 'story', n: index + 1, text, section: null })),
      },
    ],
  };
}
