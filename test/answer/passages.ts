import type { Corpus } from '../../src/corpus/schema.js';
import type { Passage } from '../../src/search/schema.js';

/** A one-article corpus made of the given paragraphs, for answering from hand-made passages. */
export function corpusOf(paragraphs: string[], slug = 'story', title = 'A story'): Corpus {
  return {
    dir: 'test',
    hash: 'test',
    warnings: [],
    articles: [
      {
        slug,
        title,
        url: `https://example.com/${slug}`,
        published: null,
        file: `${slug}.txt`,
        paragraphs: paragraphs.map((text, index) => ({ article: slug, n: index + 1, text, section: null })),
      },
    ],
  };
}

/** Every paragraph of a corpus as a passage, in the given order of paragraph numbers (default: reading order). */
export function passagesOf(corpus: Corpus, order?: number[]): Passage[] {
  const article = corpus.articles[0]!;
  const numbers = order ?? article.paragraphs.map((paragraph) => paragraph.n);
  return numbers.map((n, rank) => {
    const paragraph = article.paragraphs[n - 1]!;
    return {
      article: article.slug,
      paragraph: n,
      text: paragraph.text,
      section: paragraph.section,
      url: article.url,
      title: article.title,
      score: numbers.length - rank,
    };
  });
}
