import {
  MessageFlags,
  type APIEmbed,
  type Message,
  type MessageMentionOptions,
  type MessageCreateOptions,
  type RepliableInteraction,
} from 'discord.js';
import { fitsDiscordLimits } from './limits.js';
import type { OutgoingMessage } from './pack.js';

/**
 * The one place where storybot's outgoing payloads are built: every message sent and every edit goes through
 * `payload`, so none can leave without `allowedMentions`. (The client carries the same default as a second line.)
 */

/** Never ping anyone: not @everyone or @here, not a role or a user, not the author of a message replied to. */
export const NO_PINGS: MessageMentionOptions = Object.freeze({ parse: [], repliedUser: false });

interface Payload {
  content: string;
  embeds: APIEmbed[];
  allowedMentions: MessageMentionOptions;
}

/**
 * A message as discord.js sends it. Empty content and embeds are sent explicitly so an edit replaces both.
 * A message over Discord's limits is a rendering bug: it fails here, by name, rather than as Discord's 400.
 */
export function payload(message: OutgoingMessage): Payload {
  if (!fitsDiscordLimits(message)) throw new RangeError('a rendered message exceeds Discord\'s limits');
  return { content: message.content ?? '', embeds: message.embeds ?? [], allowedMentions: NO_PINGS };
}

/** Where one reply goes: its first message (shown, then edited in place) and any follow-ups. */
export interface ReplyTarget {
  /** Shows the reply's first message, or replaces it when it is already shown. */
  show(message: OutgoingMessage): Promise<void>;
  /** Adds a message after the first one. */
  add(message: OutgoingMessage): Promise<void>;
}

/** Replies to a slash command: the (deferred) reply, then follow-ups. */
export function interactionTarget(interaction: RepliableInteraction): ReplyTarget {
  return {
    async show(message) {
      if (interaction.deferred || interaction.replied) await interaction.editReply(payload(message));
      else await interaction.reply(payload(message));
    },
    async add(message) {
      await interaction.followUp(payload(message));
    },
  };
}

/** A channel or thread storybot can post in. */
export interface PostableChannel {
  send(options: MessageCreateOptions): Promise<Message>;
  sendTyping(): Promise<void>;
}

/** Replies in a channel or thread, as a reply to `replyTo` when given. */
export function channelTarget(channel: PostableChannel, replyTo?: Message): ReplyTarget {
  let first: Message | undefined;
  return {
    async show(message) {
      if (first) first = await first.edit(payload(message));
      else first = replyTo ? await replyTo.reply(payload(message)) : await channel.send(payload(message));
    },
    async add(message) {
      await channel.send(payload(message));
    },
  };
}

/** Sends a rendered reply: the first message, then the rest as follow-ups, in order. */
export async function deliver(target: ReplyTarget, messages: readonly OutgoingMessage[]): Promise<void> {
  const [first, ...rest] = messages;
  if (first) await target.show(first);
  for (const message of rest) await target.add(message);
}

/**
 * A short message only the user who ran the command sees. After a public `deferReply` the pending reply is
 * removed first, so nothing is left "thinking" in the channel.
 */
export async function replyPrivately(interaction: RepliableInteraction, message: OutgoingMessage): Promise<void> {
  const privately = { ...payload(message), flags: MessageFlags.Ephemeral as const };
  if (interaction.replied) {
    await interaction.followUp(privately);
  } else if (interaction.deferred) {
    await interaction.deleteReply().catch(() => undefined);
    await interaction.followUp(privately);
  } else {
    await interaction.reply(privately);
  }
}
