import type { Article, Corpus, Paragraph } from '../../corpus/schema.js';
import type { Passage } from '../../search/schema.js';

/** A paragraph as a passage, for prompts that work on paragraphs rather than on search results. */
export function passageOf(article: Article, paragraph: Paragraph): Passage {
  return {
    article: article.slug,
    paragraph: paragraph.n,
    text: paragraph.text,
    section: paragraph.section,
    url: article.url,
    title: article.title,
    score: 0,
  };
}

/** The corpus's paragraphs in reading order, article by article, up to `maxChars` characters of text (at least one). */
export function corpusPassages(corpus: Corpus, maxChars = Infinity): Passage[] {
  const passages: Passage[] = [];
  let chars = 0;
  for (const article of corpus.articles) {
    for (const paragraph of article.paragraphs) {
      chars += paragraph.text.length;
      if (chars > maxChars && passages.length > 0) return passages;
      passages.push(passageOf(article, paragraph));
    }
  }
  return passages;
}
