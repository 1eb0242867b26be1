import { citationFor } from '../answer/citations.js';
import { passageOf } from '../search/passage.js';
import type { Citation } from '../answer/schema.js';
import type { Article, Paragraph } from '../corpus/schema.js';
import { splitSentences } from '../corpus/sentences.js';
import { findQuoteSpans } from '../language/quotation-marks.js';
import { datelineLength } from '../language/datelines.js';

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

/** Every sentence of an article in reading order; the first paragraph's dateline is left out. */
export function articleSentences(article: Article): ArticleSentence[] {
  const sentences: ArticleSentence[] = [];
  for (const [i, paragraph] of article.paragraphs.entries()) {
    const text = i === 0 ? paragraph.text.slice(datelineLength(paragraph.text)) : paragraph.text;
    const quoted = quotedSpans(text);
    splitSentences(text).forEach((span, inParagraph) => {
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

/** The quotations of a paragraph as ranges, closing marks included (see `findQuoteSpans`). */
export function quotedSpans(text: string): Span[] {
  return findQuoteSpans(text).map((quote) => ({ start: quote.open, end: Math.min(quote.close + 1, text.length) }));
}

/** The citation of a whole paragraph of an article. */
export function paragraphCitation(article: Article, paragraph: Paragraph, n = 1): Citation {
  return citationFor(passageOf(article, paragraph), n);
}
