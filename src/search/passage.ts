import type { Article, Paragraph } from '../corpus/schema.js';
import type { Passage } from './schema.js';

/**
 * A paragraph as a passage: how search results are given, and how work on whole paragraphs rather than on
 * search results (LLM prompts, the analyses' citations) cites them.
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
