import { citationFor } from '../answer/citations.js';
import type { Citation } from '../answer/schema.js';
import type { Article, Paragraph } from '../corpus/schema.js';
import { splitSentences } from '../corpus/sentences.js';

/** A character range of a text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** One sentence of an article, with what the analyses need to know about where it sits. */
export interface ArticleSentence {
  article: Article;
  paragraph: Paragraph;
  text: string;
  /** Position among the article's sentences, from 0. */
  index: number;
  /** Position within its paragraph, from 0. */
  inParagraph: number;
  /** The parts of the sentence inside quotation marks (relative to the sentence). */
  quoted: Span[];
}

/** Every sentence of an article in reading order. */
export function articleSentences(article: Article): ArticleSentence[] {
  const sentences: ArticleSentence[] = [];
  for (const paragraph of article.paragraphs) {
    const quoted = quotedSpans(paragraph.text);
    splitSentences(paragraph.text).forEach((span, inParagraph) => {
      sentences.push({
        article,
        paragraph,
        text: span.text,
        index: sentences.length,
        inParagraph,
        quoted: quoted
          .filter((q) => q.end > span.start && q.start < span.end)
          .map((q) => ({ start: Math.max(q.start, span.start) - span.start, end: Math.min(q.end, span.end) - span.start })),
      });
    });
  }
  return sentences;
}

/** Whether a range of a sentence lies inside a quotation. */
export function isQuoted(sentence: ArticleSentence, span: Span): boolean {
  return sentence.quoted.some((q) => span.start >= q.start && span.end <= q.end);
}

const OPENING = /["\u201C\u2018]/;

/**
 * The quotations of a paragraph: straight double quotes pair up in order, curly ones open and close, and a
 * single curly quote counts only where it opens at a word's start (so "Smith’s" is not a quotation).
 */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open: { at: number; close: RegExp } | null = null;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (open) {
      if (open.close.test(char) && (char !== '\u2019' || !/\p{L}/u.test(text[i + 1] ?? ''))) {
        spans.push({ start: open.at, end: i + 1 });
        open = null;
      }
    } else if (OPENING.test(char) && (char !== '\u2018' || !/\p{L}/u.test(text[i - 1] ?? ''))) {
      open = { at: i, close: char === '"' ? /"/ : char === '\u201C' ? /\u201D/ : /\u2019/ };
    }
  }
  if (open) spans.push({ start: open.at, end: text.length });
  return spans;
}

/** The citation of a whole paragraph of an article. */
export function paragraphCitation(article: Article, paragraph: Paragraph, n = 1): Citation {
  return citationFor(
    { article: article.slug, paragraph: paragraph.n, text: paragraph.text, section: paragraph.section, url: article.url, title: article.title, score: 0 },
    n,
  );
}
