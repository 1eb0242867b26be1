/**
 * Text clean-up shared by the article parsers: what a file may carry that is not part of its prose.
 */

const BYTE_ORDER_MARK = /^\uFEFF/;
// Zero-width characters that survive copy and paste from web pages and split words invisibly.
const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF]/g;
// Every kind of space a web page may hold, folded to a plain one.
const ODD_SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/** Removes a byte-order mark, turns CRLF and CR into LF, and folds unusual spaces. */
export function normalizeNewlinesAndSpaces(raw: string): string {
  return raw
    .replace(BYTE_ORDER_MARK, '')
    .replace(/\r\n?/g, '\n')
    .replace(ZERO_WIDTH, '')
    .replace(ODD_SPACES, ' ');
}

/** Joins the lines of one block into a single line of prose with single spaces. */
export function joinLines(block: string): string {
  return block.replace(/\s+/g, ' ').trim();
}

/** Splits text into blocks separated by one or more blank lines. */
export function splitBlocks(text: string): string[] {
  return text
    .split(/\n[ ]*\n/)
    .map(joinLines)
    .filter((block) => block.length > 0);
}

const SOURCE_LINE = /^(?:source|url|link|originally published at)\s*:\s*(\S+)\s*$/i;

/** The URL of a `Source: <url>` line, or null when the line is not one. */
export function sourceLineUrl(line: string): string | null {
  const match = SOURCE_LINE.exec(line.trim());
  return match?.[1] ?? null;
}

const MAX_HEADING_WORDS = 14;
const MAX_HEADING_CHARS = 120;

/**
 * A subheading in plain text: a short line that does not end like a sentence. News prose always ends its
 * paragraphs with punctuation (a full stop, a question mark, a closing quotation mark), headings never do.
 */
export function looksLikeHeading(block: string): boolean {
  if (block.length > MAX_HEADING_CHARS) return false;
  if (block.split(' ').length > MAX_HEADING_WORDS) return false;
  if (/[.!?:;,"'\u201D\u2019)\]…]$/.test(block)) return false;
  return /^[\p{Lu}\p{N}"'\u201C\u2018]/u.test(block);
}
