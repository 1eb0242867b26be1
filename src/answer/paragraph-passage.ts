import type { Article, Paragraph } from '../corpus/schema.js';
import type { Passage } from '../search/schema.js';

/**
 * A paragraph as a passage, for work on paragraphs rather than on search results (LLM prompts, the analyses'
 * citations). `ParagraphIndex` builds the same shape for its results in `src/search/paragraph-index.ts`.
 */
export function passageOf(article: Article, paragraph: Paragraph, score = 0): Passage {
  return {
    article: article.slug,
    paragraph: paragraph.n,
    text: paragraph.text,
    section: paragraph.section,
    url: article.url,
    title: article.title,
    score,
  };
}
