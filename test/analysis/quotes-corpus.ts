import type { Corpus } from '../../src/corpus/schema.js';
import { extractQuotes } from '../../src/analysis/quotes.js';

/** A one-article corpus (slug `story`) made of the given paragraphs of prose. */
export function corpusOf(...paragraphs: string[]): Corpus {
  return titledCorpusOf('A story', ...paragraphs);
}

/** A one-article corpus (slug `story`) with that title, made of the given paragraphs of prose. */
export function titledCorpusOf(title: string, ...paragraphs: string[]): Corpus {
  return {
    dir: 'memory',
    hash: 'test',
    warnings: [],
    articles: [
      {
        slug: 'story',
        title,
        url: null,
        published: null,
        file: 'story.txt',
        paragraphs: paragraphs.map((text, index) => ({ article: 'story', n: index + 1, text, section: null })),
      },
    ],
  };
}

/** `speaker: text` for every quotation found in a one-article corpus of the given paragraphs. */
export function attributed(...paragraphs: string[]): string[] {
  return extractQuotes(corpusOf(...paragraphs)).map((quote) => `${quote.speaker}: ${quote.text}`);
}
