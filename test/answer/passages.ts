import { ExtractiveAnswerer } from '../../src/answer/extractive.js';
import type { Answer } from '../../src/answer/schema.js';
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

/**
 * Answers a question from a one-article corpus of these paragraphs, every paragraph retrieved, without the
 * corpus's quotation analysis: what the answerer finds in the sentences alone.
 */
export function answerFromParagraphs(paragraphs: string[], question: string, title = 'A story'): Promise<Answer> {
  const story = corpusOf(paragraphs, 'story', title);
  const answerer = new ExtractiveAnswerer(story, { quotes: async () => [], speakers: async () => [] });
  return answerer.answer({ question, passages: passagesOf(story), history: [] });
}
