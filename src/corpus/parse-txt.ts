import { looksLikeHeading, normalizeNewlinesAndSpaces, sourceLineUrl, splitBlocks } from './text.js';
import type { ParsedArticle, ParsedParagraph } from './parsed.js';

/**
 * Reads a plain-text article: the first non-empty line is the title, blank lines separate paragraphs,
 * short unpunctuated lines are subheadings, and an optional last line `Source: <url>` gives the source.
 */
export function parseTxtArticle(raw: string): ParsedArticle {
  const text = normalizeNewlinesAndSpaces(raw);
  const lines = text.split('\n');
  const titleIndex = lines.findIndex((line) => line.trim().length > 0);
  if (titleIndex < 0) return { title: '', url: null, published: null, paragraphs: [] };

  const title = lines[titleIndex]!.trim();
  const blocks = splitBlocks(lines.slice(titleIndex + 1).join('\n'));

  let url: string | null = null;
  const last = blocks.at(-1);
  if (last !== undefined) {
    url = sourceLineUrl(last);
    if (url !== null) blocks.pop();
  }

  const paragraphs: ParsedParagraph[] = [];
  let section: string | null = null;
  for (const block of blocks) {
    if (looksLikeHeading(block)) section = block;
    else paragraphs.push({ text: block, section });
  }
  return { title, url, published: null, paragraphs };
}
