import { escapeMarkdown } from 'discord.js';

/**
 * Makes text from outside (the story, a user's question, a model's answer) inert in Discord Markdown, so it
 * shows as written and cannot open formatting, a heading, a list, a quote or a masked link of its own.
 * Citation markers such as `[1]` stay as they are. Mentions are left alone: `allowedMentions` stops the pings.
 */
export function escapeText(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    .replace(/\]\(/g, ']\\(')
    .replace(/^(\s*)(>|-#)/gm, '$1\\$2');
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
    room = Math.max(1, room - Math.max(1, escaped.length - max));
    escaped = escapeText(truncate(text, room));
  }
  return escaped;
}
