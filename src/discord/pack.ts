import type { APIEmbed, APIEmbedField } from 'discord.js';
import { DiscordLimits, embedSize } from './limits.js';
import { splitMarkdown } from './split.js';

/** What storybot sends: the payload builder in `reply.ts` adds `allowedMentions` to every one of these. */
export interface OutgoingMessage {
  content?: string;
  embeds?: APIEmbed[];
}

/** A list of lines shown as embed fields under the text, such as the numbered sources. */
export interface FieldList {
  name: string;
  lines: string[];
}

/**
 * Everything one reply should show, before Discord's limits are applied. Text must already be escaped
 * Markdown; `packEmbeds` only cuts it.
 */
export interface EmbedDraft {
  title?: string;
  /** Markdown of any length: split at paragraph or sentence boundaries into as many embeds as it needs. */
  body: string;
  fields?: FieldList[];
  /** Shown once, under the last embed. */
  footer?: string;
  color?: number;
}

/**
 * Lays a draft out as messages that each fit every Discord limit: descriptions of at most 4,096 characters,
 * fields of at most 1,024 (25 per embed), at most 10 embeds and 6,000 characters per message. The first
 * message is the reply; the rest are follow-ups.
 */
export function packEmbeds(draft: EmbedDraft): OutgoingMessage[] {
  const footer = draft.footer ? draft.footer.slice(0, DiscordLimits.footerText) : undefined;
  // Every embed keeps room for the footer, so that whichever ends up last can carry it.
  const budget = DiscordLimits.embedsTotal - (footer?.length ?? 0);
  const title = draft.title?.slice(0, DiscordLimits.embedTitle);
  const color = draft.color;

  const embeds: APIEmbed[] = splitMarkdown(draft.body, DiscordLimits.embedDescription).map((description) => ({ description }));
  for (const list of draft.fields ?? []) {
    fieldsFor(list).forEach((field) => addField(embeds, field, budget));
  }
  if (embeds.length === 0) embeds.push({});
  if (title) embeds[0]!.title = title;
  if (footer) embeds.at(-1)!.footer = { text: footer };
  if (color !== undefined) embeds.forEach((embed) => (embed.color = color));
  return groupIntoMessages(embeds);
}

/** The lines of a list packed into as few field values as fit, each line whole where it can be. */
function fieldsFor(list: FieldList): APIEmbedField[] {
  const values: string[] = [];
  let current = '';
  for (const line of list.lines.flatMap((line) => splitMarkdown(line, DiscordLimits.fieldValue))) {
    if (current && current.length + 1 + line.length > DiscordLimits.fieldValue) {
      values.push(current);
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) values.push(current);
  const name = list.name.slice(0, DiscordLimits.fieldName);
  return values.map((value, i) => ({ name: i === 0 ? name : `${name} (continued)`.slice(0, DiscordLimits.fieldName), value }));
}

function addField(embeds: APIEmbed[], field: APIEmbedField, budget: number): void {
  const last = embeds.at(-1);
  const fits =
    last !== undefined &&
    (last.fields?.length ?? 0) < DiscordLimits.fields &&
    embedSize(last) + field.name.length + field.value.length <= budget - DiscordLimits.embedTitle;
  if (fits) (last.fields ??= []).push(field);
  else embeds.push({ fields: [field] });
}

function groupIntoMessages(embeds: APIEmbed[]): OutgoingMessage[] {
  const messages: APIEmbed[][] = [];
  let current: APIEmbed[] = [];
  let size = 0;
  for (const embed of embeds) {
    const length = embedSize(embed);
    if (current.length === DiscordLimits.embedsPerMessage || (current.length > 0 && size + length > DiscordLimits.embedsTotal)) {
      messages.push(current);
      current = [];
      size = 0;
    }
    current.push(embed);
    size += length;
  }
  if (current.length > 0) messages.push(current);
  return messages.map((group) => ({ embeds: group }));
}
