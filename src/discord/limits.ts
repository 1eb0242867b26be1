import { embedLength, type APIEmbed } from 'discord.js';

/**
 * What Discord accepts in one message, from its API documentation ("Create Message", "Embed Limits",
 * "Start Thread", "Autocomplete"). Anything longer is rejected with a 400, so every payload storybot sends is
 * built to fit these.
 */
export const DiscordLimits = {
  content: 2000,
  embedsPerMessage: 10,
  /** The sum of every embed's title, description, field names and values, footer and author in one message. */
  embedsTotal: 6000,
  embedTitle: 256,
  embedDescription: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  threadName: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** The characters of an embed that count towards the 6,000 a message may carry. */
export function embedSize(embed: APIEmbed): number {
  return embedLength(embed);
}

/** Whether a message body fits every limit above (checked before anything is sent, and by the tests). */
export function fitsDiscordLimits(message: { content?: string; embeds?: APIEmbed[] }): boolean {
  const embeds = message.embeds ?? [];
  if ((message.content ?? '').length > DiscordLimits.content) return false;
  if (embeds.length > DiscordLimits.embedsPerMessage) return false;
  if (embeds.reduce((sum, embed) => sum + embedSize(embed), 0) > DiscordLimits.embedsTotal) return false;
  return embeds.every(
    (embed) =>
      (embed.title ?? '').length <= DiscordLimits.embedTitle &&
      (embed.description ?? '').length <= DiscordLimits.embedDescription &&
      (embed.footer?.text ?? '').length <= DiscordLimits.footerText &&
      (embed.fields ?? []).length <= DiscordLimits.fields &&
      (embed.fields ?? []).every(
        (field) => field.name.length <= DiscordLimits.fieldName && field.value.length <= DiscordLimits.fieldValue,
      ),
  );
}
