import {
  ChannelType,
  PermissionFlagsBits,
  ThreadAutoArchiveDuration,
  type Message,
  type ThreadChannel,
  type User,
} from 'discord.js';
import type { Logger } from 'pino';
import type { Turn } from '../answer/schema.js';
import type { DiscordConfig } from '../config.js';
import type { Story } from '../story.js';
import { isAllowed } from './access.js';
import { answerInto } from './answering.js';
import type { CommandContext } from './command.js';
import { ConversationMemory, turnsFromMessages, type ConversationMessage } from './conversation-memory.js';
import { failureNotice, newErrorId, RESTARTING_NOTICE } from './errors.js';
import { checkQuestion } from '../answer/question.js';
import { rateLimitNotice, type QuestionRateLimit } from './rate-limit.js';
import { renderNotice } from './render.js';
import { channelTarget, deliver, type PostableChannel, type ReplyTarget } from './reply.js';
import { threadName } from './thread-name.js';
import type { Outcome } from './router.js';

export interface ConversationOptions {
  story: Story;
  context: CommandContext;
  access: Pick<DiscordConfig, 'allowedGuildIds' | 'allowedChannelIds'>;
  rateLimit: QuestionRateLimit;
  memory: ConversationMemory;
  logger: Logger;
  isDraining: () => boolean;
}

/** How far back a follow-up looks in a thread's messages when the conversation is not remembered. */
const HISTORY_MESSAGES = 30;

type Where =
  /** An @mention in a channel: the answer opens a thread. */
  | { kind: 'mention' }
  /** A message in a thread this bot opened, or in a direct message: a follow-up in that conversation. */
  | { kind: 'follow-up'; conversationId: string }
  /** An @mention somewhere threads cannot be opened (another thread, a voice channel's chat): a reply. */
  | { kind: 'reply' };

/**
 * Conversations outside slash commands: @mention the bot with a question in a channel and it answers in a
 * new thread named after the question (or as a reply where it cannot open one); every later message in that
 * thread is a follow-up answered with the thread's earlier turns as context. Direct messages work the same
 * way. Messages from bots, the bot itself included, are ignored.
 */
export function createConversationHandler(options: ConversationOptions): (message: Message) => Promise<void> {
  return async (message) => {
    const me = message.client.user;
    if (message.author.bot || message.system) return;
    const where = classify(message, me);
    if (!where || !isAllowed(options.access, placeOf(message))) return;
    if (!message.channel.isSendable()) return;

    const started = performance.now();
    let outcome: Outcome = 'ok';
    let errorId: string | undefined;
    let failure: unknown;
    try {
      outcome = await converse(message, message.channel, where, me, options);
    } catch (error) {
      outcome = 'error';
      errorId = newErrorId();
      failure = error;
      await deliver(channelTarget(message.channel, message), [renderNotice(failureNotice(errorId))]).catch(() => undefined);
    } finally {
      const line = {
        kind: where.kind,
        message: message.id,
        user: message.author.id,
        guild: message.guildId,
        channel: message.channelId,
        latencyMs: Math.round(performance.now() - started),
        outcome,
      };
      if (outcome === 'error') options.logger.error({ ...line, errorId, err: failure }, 'conversation failed');
      else options.logger.info(line, 'conversation');
    }
  };
}

async function converse(message: Message, channel: PostableChannel, where: Where, me: User, options: ConversationOptions): Promise<Outcome> {
  const notify = (text: string) => deliver(channelTarget(channel, message), [renderNotice(text)]);
  if (options.isDraining()) {
    await notify(RESTARTING_NOTICE);
    return 'draining';
  }
  const text = withoutMention(message.content, me.id);
  if (text === '') {
    // A bare mention gets a hint; a message with no text in a conversation (an image, a sticker) is let be.
    if (where.kind !== 'follow-up') await notify('Ask me a question about the story: mention me followed by your question, or use /ask.');
    return 'rejected';
  }
  const check = checkQuestion(text);
  if (!check.ok) {
    await notify(check.error.message);
    return 'rejected';
  }
  const wait = await options.rateLimit.take(message.author.id);
  if (wait !== null) {
    await notify(rateLimitNotice(wait));
    return 'rate-limited';
  }

  const { answerChannel, target, conversationId, history } = await prepare(message, channel, where, check.question, me, options);
  void answerChannel.sendTyping().catch(() => undefined);
  const answer = await answerInto(target, options.story, check.question, {
    history,
    render: options.context.render,
    editIntervalMs: options.context.editIntervalMs,
    onDraftError: (error) => options.logger.warn({ err: error }, 'could not show a draft answer'),
  });
  if (conversationId) options.memory.remember(conversationId, { question: check.question, answer: answer.answer });
  return 'ok';
}

interface Prepared {
  /** Where the answer appears (a new thread, or the channel of the message). */
  answerChannel: PostableChannel;
  target: ReplyTarget;
  /** The conversation the answer belongs to, or null for a one-off reply. */
  conversationId: string | null;
  history: Turn[];
}

async function prepare(message: Message, channel: PostableChannel, where: Where, question: string, me: User, options: ConversationOptions): Promise<Prepared> {
  if (where.kind === 'follow-up') {
    const history = options.memory.recall(where.conversationId) ?? (await rebuildHistory(message, me, options.memory, where.conversationId));
    return { answerChannel: channel, target: channelTarget(channel), conversationId: where.conversationId, history };
  }
  if (where.kind === 'mention') {
    const thread = await openThread(message, question, options.logger);
    if (thread) return { answerChannel: thread, target: channelTarget(thread), conversationId: thread.id, history: [] };
  }
  return { answerChannel: channel, target: channelTarget(channel, message), conversationId: null, history: [] };
}

function classify(message: Message, me: User): Where | undefined {
  const channel = message.channel;
  if (channel.type === ChannelType.DM) return { kind: 'follow-up', conversationId: channel.id };
  if (channel.isThread() && channel.ownerId === me.id) return { kind: 'follow-up', conversationId: channel.id };
  if (!message.mentions.users.has(me.id)) return undefined;
  return canOpenThread(message, me) ? { kind: 'mention' } : { kind: 'reply' };
}

function canOpenThread(message: Message, me: User): boolean {
  const channel = message.channel;
  if (channel.type !== ChannelType.GuildText && channel.type !== ChannelType.GuildAnnouncement) return false;
  const permissions = channel.permissionsFor(me);
  return permissions?.has([PermissionFlagsBits.CreatePublicThreads, PermissionFlagsBits.SendMessagesInThreads]) ?? false;
}

/** Opens a thread on the question's message, or returns null (and the answer goes in a reply) when Discord refuses. */
async function openThread(message: Message, question: string, logger: Logger): Promise<ThreadChannel | null> {
  try {
    return await message.startThread({ name: threadName(question), autoArchiveDuration: ThreadAutoArchiveDuration.OneDay });
  } catch (error) {
    logger.warn({ err: error, channel: message.channelId }, 'could not open a thread; replying instead');
    return null;
  }
}

/**
 * The turns of a conversation that is not remembered (the bot restarted): rebuilt from the thread's or the
 * direct-message channel's recent messages, the question that opened a thread included.
 */
async function rebuildHistory(message: Message, me: User, memory: ConversationMemory, conversationId: string): Promise<Turn[]> {
  const channel = message.channel;
  const fetched = await channel.messages.fetch({ limit: HISTORY_MESSAGES, before: message.id });
  const messages = [...fetched.values()].sort((a, b) => a.createdTimestamp - b.createdTimestamp);
  if (channel.isThread()) {
    const starter = await channel.fetchStarterMessage().catch(() => null);
    if (starter) messages.unshift(starter);
  }
  const turns = turnsFromMessages(messages.map((each) => asConversationMessage(each, me)));
  memory.restore(conversationId, turns);
  return memory.recall(conversationId) ?? [];
}

function asConversationMessage(message: Message, me: User): ConversationMessage {
  const fromMe = message.author.id === me.id;
  return {
    fromMe,
    fromOtherBot: message.author.bot && !fromMe,
    // The bot's answers are embeds; its plain messages are notices, not answers.
    text: fromMe ? (message.embeds[0]?.description ?? '') : withoutMention(message.content, me.id),
  };
}

function withoutMention(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

function placeOf(message: Message) {
  const channel = message.channel;
  return { guildId: message.guildId, channelId: message.channelId, parentId: channel.isThread() ? channel.parentId : null };
}
