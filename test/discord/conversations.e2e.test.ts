import type { APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ids } from '../doubles/discord.js';
import type { Story } from '../../src/story.js';
import { bundledStory, observed, type Asked } from './bundled-story.js';
import { startHarness, type Harness } from './harness.js';

describe('mention, thread and direct-message conversations, on the bundled story', () => {
  let story: Story & { asked: Asked[] };
  let harness: Harness;

  beforeAll(async () => {
    story = observed(await bundledStory());
    harness = await startHarness({ story });
  });
  afterAll(() => harness.close());

  /** Posts a user's message and waits until the bot has handled it. */
  async function converse(content: string, options: Parameters<Harness['double']['postMessage']>[1] = {}) {
    const message = harness.double.postMessage(content, options);
    const line = await harness.logs.waitFor((entry) => entry.message === message.id && String(entry.msg).startsWith('conversation'));
    return { message, line };
  }

  const botMessages = (channelId: string): APIMessage[] => harness.double.channelMessages(channelId).filter((message) => message.author.id === Ids.bot);

  it('answers a mention in a new thread named after the question, then a follow-up there with the earlier turns', async () => {
    const { message, line } = await converse('Where will Trump meet Putin?');
    expect(line).toMatchObject({ kind: 'mention', outcome: 'ok' });
    const thread = harness.double.thread(message.id)!;
    expect(thread).toMatchObject({ name: 'Where will Trump meet Putin?', parent_id: Ids.general, owner_id: Ids.bot });
    expect(harness.double.requests.some((request) => request.path === `/channels/${thread.id}/typing`)).toBe(true);
    const [answer] = botMessages(thread.id);
    expect(answer!.embeds[0]!.description).toMatch(/Budapest.*\[1\]/);
    expect(answer!.embeds[0]!.fields![0]!.name).toBe('Sources');

    const followUp = await converse('What did he say about the phone call?', { channelId: thread.id });
    expect(followUp.line).toMatchObject({ kind: 'follow-up', outcome: 'ok' });
    expect(story.asked.at(-1)).toEqual({
      question: 'What did he say about the phone call?',
      history: [{ question: 'Where will Trump meet Putin?', answer: expect.stringMatching(/Budapest.*\[1\]/) }],
    });
    // The engine read "he" through the thread's first turn.
    const [, second] = botMessages(thread.id);
    expect(second!.embeds[0]!.description).toContain('*Read as: What did Trump say about the phone call?*');
  });

  it("cuts a long question to Discord's 100-character thread name", async () => {
    const question = `Why ${'does the president want to meet the Russian leader in Hungary '.repeat(5)}?`;
    const { message } = await converse(question);
    const name = harness.double.thread(message.id)!.name;
    expect(name.length).toBeLessThanOrEqual(100);
    expect(name).toMatch(/^Why does the president want to meet .+…$/);
  });

  it('replies in the channel where it may not open a thread', async () => {
    const { message, line } = await converse('Where will Trump meet Putin?', { channelId: Ids.noThreads });
    expect(line.kind).toBe('reply');
    expect(harness.double.thread(message.id)).toBeUndefined();
    const reply = botMessages(Ids.noThreads).at(-1)!;
    expect(reply.message_reference?.message_id).toBe(message.id);
    expect(reply.embeds[0]!.description).toContain('[1]');
  });

  it('answers direct messages as one conversation', async () => {
    await converse('Where will Trump meet Putin?', { channelId: Ids.dm, mentionBot: false });
    const { line } = await converse('What did he say about the call?', { channelId: Ids.dm, mentionBot: false });
    expect(line).toMatchObject({ kind: 'follow-up', outcome: 'ok' });
    expect(story.asked.at(-1)!.history).toEqual([{ question: 'Where will Trump meet Putin?', answer: expect.any(String) }]);
    expect(botMessages(Ids.dm)).toHaveLength(2);
  });

  it('ignores other bots, messages that do not mention it, and its own messages', async () => {
    const before = harness.double.requests.length;
    harness.double.postMessage('Where will Trump meet Putin?', { author: harness.double.otherBot });
    harness.double.postMessage('Just chatting about Budapest', { mentionBot: false });
    const { line } = await converse('Who will lead the talks next week?');
    expect(line.outcome).toBe('ok');
    const conversations = harness.logs.lines.filter((entry) => String(entry.msg).startsWith('conversation'));
    expect(conversations.every((entry) => entry.user !== Ids.otherBot && entry.user !== Ids.bot)).toBe(true);
    const threadsOpened = harness.double.requests.slice(before).filter((request) => request.path.endsWith('/threads'));
    expect(threadsOpened).toHaveLength(1);
  });

  it('lets a message without text in its thread be (an image, a sticker)', async () => {
    const { message } = await converse('Where will Trump meet Putin?');
    const { line } = await converse('', { channelId: message.id });
    expect(line).toMatchObject({ kind: 'follow-up', outcome: 'rejected' });
    expect(botMessages(message.id)).toHaveLength(1);
  });

  it('explains how to ask when mentioned without a question', async () => {
    const { line } = await converse('   ', { channelId: Ids.noThreads });
    expect(line.outcome).toBe('rejected');
    expect(botMessages(Ids.noThreads).at(-1)!.content).toBe('Ask me a question about the story: mention me followed by your question, or use /ask.');
  });

  it('never pings from a conversation: every message it sends carries empty allowed mentions', async () => {
    await converse('@everyone @here <@&42> <@900000000000000007> where will Trump meet Putin?');
    const sent = harness.double.messageRequests();
    expect(sent.length).toBeGreaterThan(5);
    for (const request of sent) expect((request.body as { allowed_mentions: unknown }).allowed_mentions).toEqual({ parse: [], replied_user: false });
  });
});

describe('a follow-up after the bot restarted', () => {
  it("rebuilds the thread's earlier turns from its messages", async () => {
    const story = observed(await bundledStory());
    const first = await startHarness({ story });
    const double = first.double;
    const opening = double.postMessage('Where will Trump meet Putin?');
    await first.logs.waitFor((line) => line.message === opening.id && line.msg === 'conversation');
    await first.bot.stop();

    const { startBot } = await import('../../src/discord/bot.js');
    const { parseConfig } = await import('../../src/config.js');
    const { pino } = await import('pino');
    const restarted = await startBot({
      config: parseConfig({ DISCORD_TOKEN: 'storybot-double-token', DISCORD_API_BASE: double.apiBase, LLM: 'off' }),
      story,
      logger: pino({ level: 'silent' }),
      tuning: { handleSignals: false, rest: { offset: 0 } },
    });
    try {
      const asked = performance.now();
      double.postMessage('What did he say about the call?', { channelId: opening.id });
      await double.waitForRequest((request) => request.at > asked && request.method === 'POST' && request.path === `/channels/${opening.id}/messages`);
      expect(story.asked.at(-1)!.history).toEqual([{ question: 'Where will Trump meet Putin?', answer: expect.stringMatching(/Budapest.*\[1\]/) }]);
    } finally {
      await restarted.stop();
      await double.close();
    }
  });
});
