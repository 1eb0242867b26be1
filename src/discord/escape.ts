import { escapeMarkdown } from 'discord.js';

/**
 * Makes text from outside (the story, a user's question, a model's answer) inert in Discord Markdown, so it
 * shows as written and cannot open formatting, a heading, a list, a quote or a masked link of its own.
 * Citation markers such as `[1]` stay as they are. Mentions are left alone: `allowedMentions` stops the pings.
 */
export function escapeText(text: string): string {
  return segments(text)
    .map((segment) => escapeMarkdown(segment, { heading: true, bulletedList: true, numberedList: true, maskedLink: true }))
    .join('')
    .replace(/\S+/g, escapeLeftovers)
    .replace(/\]\(/g, ']\\(')
    .replace(/^(\s*)(>|-#)/gm, '$1\\$2');
}

/**
 * escapeMarkdown pairs up runs of `*` and `_` and can leave one of a pair bare (`*****`); any marker still
 * unescaped in a word is escaped here. URLs are left alone, as escapeMarkdown leaves them, so links still work.
 */
function escapeLeftovers(word: string): string {
  if (/^<?https?:\/\//.test(word)) return word;
  return word.replace(/(?<!\\)((?:\\\\)*)([*_])/g, '$1\\$2');
}

const SEGMENT = 240;

/**
 * The text in pieces of about 240 characters that end at whitespace. escapeMarkdown's look-behinds take
 * time quadratic in the length of a line (a long LLM answer is one line); every marker it escapes lies within
 * a word, so escaping piece by piece gives the same result in linear time.
 */
function segments(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + SEGMENT);
    if (end < text.length) {
      const before = Math.max(text.lastIndexOf(' ', end), text.lastIndexOf('\n', end));
      const after = text.slice(end).search(/\s/);
      end = before > start ? before + 1 : after === -1 ? text.length : end + after + 1;
    }
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

/**
 * Shortens plain text to at most `max` characters at a word boundary, ending with "…" when it was cut.
 * Only for text that is not escaped yet: escape the result.
 */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const room = flat.slice(0, max - 1);
  const lastSpace = room.lastIndexOf(' ');
  const cut = lastSpace >= max / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.\u2014-]+$/u, '')}…`;
}

/** `text` escaped and shortened at a word boundary so that the escaped form fits `max` characters. */
export function fitEscaped(text: string, max: number): string {
  let room = max;
  let escaped = escapeText(truncate(text, room));
  while (escaped.length > max && room > 1) {
    room = Math.max(1, Math.min(room - 1, Math.floor((room * max) / escaped.length)));
    escaped = escapeText(truncate(text, room));
  }
  return escaped;
}
