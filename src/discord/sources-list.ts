import type { Citation } from '../answer/schema.js';
import { paragraphLink } from '../answer/citations.js';
import type { Corpus } from '../corpus/schema.js';
import { escapeText, truncate } from './escape.js';

const SNIPPET_CHARS = 80;
const TITLE_CHARS = 40;

/**
 * One line per cited paragraph, the way answers list their sources: `**[1]** [¶5 — “short snippet…”](url)`.
 * The article's title is added when the citations come from more than one article.
 */
export function sourceLines(citations: readonly Citation[], corpus: Corpus): string[] {
  const articles = new Set(citations.map((citation) => citation.article));
  return citations.map((citation) => {
    const title = articles.size > 1 ? `${articleTitle(corpus, citation.article)} ` : '';
    const label = `${title}¶${citation.paragraph} — “${truncate(citation.text, SNIPPET_CHARS)}”`;
    return `**[${citation.n}]** ${linked(escapeText(label), citation.url)}`;
  });
}

/** A masked link when the URL is a web page, the bare label otherwise. */
export function linked(label: string, url: string | null): string {
  if (url === null || !/^https?:\/\//i.test(url)) return label;
  return `[${label.replace(/[[\]]/g, '\\$&')}](${markdownSafeUrl(url)})`;
}

// Parentheses and spaces would end a Markdown link early; percent-encoding them keeps the URL's meaning.
function markdownSafeUrl(url: string): string {
  return url.replace(/[()\s]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function articleTitle(corpus: Corpus, slug: string): string {
  const article = corpus.articles.find((candidate) => candidate.slug === slug);
  return truncate(article?.title || slug, TITLE_CHARS);
}

/**
 * Numbers the paragraphs that several items (facts, summary points, quotes) cite, once each across all of
 * them, so the items can share one list of sources.
 */
export class CitationNumbering {
  private readonly numbered = new Map<string, Citation>();

  /** The `[n]` markers for these citations in the shared numbering, e.g. " [1][3]" (empty when none). */
  markersFor(citations: readonly Omit<Citation, 'n'>[]): string {
    const numbers = [...new Set(citations.map((citation) => this.add(citation)))];
    return numbers.length === 0 ? '' : ` ${numbers.map((n) => `[${n}]`).join('')}`;
  }

  /** Every citation numbered so far, in order. */
  list(): Citation[] {
    return [...this.numbered.values()];
  }

  private add(citation: Omit<Citation, 'n'>): number {
    const key = `${citation.article}#${citation.paragraph}`;
    const existing = this.numbered.get(key);
    if (existing) return existing.n;
    const n = this.numbered.size + 1;
    this.numbered.set(key, { ...citation, n });
    return n;
  }
}

/** The citation of one paragraph of the corpus (for values such as quotes that name only article and paragraph). */
export function paragraphCitation(corpus: Corpus, article: string, paragraph: number): Omit<Citation, 'n'> {
  const source = corpus.articles.find((candidate) => candidate.slug === article);
  const text = source?.paragraphs.find((candidate) => candidate.n === paragraph)?.text ?? '';
  return { article, paragraph, text, url: paragraphLink(source?.url ?? null, text) };
}
