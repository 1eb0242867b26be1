import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { pino } from 'pino';
import { parseConfig } from '../../src/config.js';
import { startBot } from '../../src/discord/bot.js';
import type { AskOptions, Story } from '../../src/story.js';
import { Ids, type InteractionRecord } from '../doubles/discord.js';
import { createStory } from '../../src/story.js';
import { OpenAiDouble } from '../doubles/openai.js';
import { bundledStory, withAsk } from './bundled-story.js';
import { startHarness, type Harness } from './harness.js';

const EPHEMERAL = 1 << 6;
const isOriginalEdit = (interaction: InteractionRecord) => (request: { method: string; path: string }) =>
  request.method === 'PATCH' && request.path.endsWith(`/${interaction.token}/messages/@original`);

describe('the bot under faults, limits and shutdown, on the bundled story', () => {
  let story: Story;
  let harness: Harness | undefined;
  beforeAll(async () => {
    story = await bundledStory();
  });
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  it('refuses to start with a clear error when Discord rejects the token', async () => {
    await expect(startHarness({ story: story, env: { DISCORD_TOKEN: 'not-the-token' } })).rejects.toThrow('An invalid token was provided.');
  });

  it('says that a token is needed when DISCORD_TOKEN is not set', async () => {
    await expect(startBot({ config: parseConfig({}), story: story, logger: pino({ level: 'silent' }) })).rejects.toThrow(
      'DISCORD_TOKEN is not set: the bot needs a token to connect to Discord',
    );
  });

  it('answers a user past the rate limit politely and privately, and still serves others', async () => {
    harness = await startHarness({ story: story, env: { RATE_LIMIT_PER_MINUTE: '2' } });
    const asks = [1, 2, 3].map(() => harness!.double.sendSlashCommand('ask', { question: 'Where will Trump meet Putin?' }));
    const outcomes = await Promise.all(asks.map(async (ask) => (await harness!.finished(ask)).outcome));
    expect(outcomes.sort()).toEqual(['ok', 'ok', 'rate-limited']);
    const limited = asks.find((ask) => ask.original?.content.startsWith("You're asking faster"))!;
    expect(limited.original!.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(limited.original!.content).toMatch(/Please wait \d+ seconds and ask again\.$/);

    const bob = harness.double.sendSlashCommand('ask', { question: 'Where will Trump meet Putin?' }, { user: harness.double.bob });
    expect((await harness.finished(bob)).outcome).toBe('ok');
    const typing = harness.double.sendAutocomplete('quote', 'speaker', 'li');
    await harness.double.waitForRequest((request) => request.path.includes(typing.token));
  });

  it('honours a 429 from Discord: waits retry_after, then the reply still arrives', async () => {
    harness = await startHarness({ story: story });
    const double = harness.double;
    const ask = double.sendSlashCommand('ask', { question: 'Who will lead the talks next week?' });
    double.rateLimit({ match: isOriginalEdit(ask), retryAfter: 0.3 });
    expect((await harness.finished(ask)).outcome).toBe('ok');
    const edits = double.requests.filter(isOriginalEdit(ask));
    expect(edits.map((request) => request.status)).toEqual([429, 200]);
    // It waited out retry_after (timers may fire a millisecond early, hence the small margin).
    expect(edits[1]!.at - edits[0]!.at).toBeGreaterThanOrEqual(295);
    expect(ask.original!.embeds[0]!.description).toContain('[1]');
  });

  it('honours a 429 on the acknowledgement itself', async () => {
    harness = await startHarness({ story: story });
    const ask = harness.double.sendSlashCommand('ask', { question: 'Who will lead the talks next week?' });
    harness.double.rateLimit({ match: (request) => request.path.endsWith(`${ask.token}/callback`), retryAfter: 0.1 });
    expect((await harness.finished(ask)).outcome).toBe('ok');
    expect(harness.double.requests.filter((request) => request.path.endsWith(`${ask.token}/callback`)).map((request) => request.status)).toEqual([429, 204]);
  });

  it('resumes a dropped gateway connection, replays what it missed and answers the next command', async () => {
    harness = await startHarness({ story: story });
    const double = harness.double;
    const session = double.sessionId;
    double.dropGatewayConnection();
    const duringOutage = double.sendSlashCommand('ask', { question: 'Where will Trump meet Putin?' });
    await double.waitForSession();
    expect(double.resumes).toEqual([expect.objectContaining({ session_id: session })]);
    expect(double.identifies).toHaveLength(1);
    expect((await harness.finished(duringOutage)).outcome).toBe('ok');

    const next = double.sendSlashCommand('ask', { question: 'Who will lead the talks next week?' });
    expect((await harness.finished(next)).outcome).toBe('ok');
    await harness.logs.waitFor((line) => line.msg === 'gateway session resumed');
  });

  it('keeps its gateway connection alive with heartbeats the double acknowledges', async () => {
    harness = await startHarness({ story: story, double: { heartbeatIntervalMs: 60 } });
    await vi.waitFor(() => expect(harness!.double.heartbeats).toBeGreaterThanOrEqual(3), { timeout: 2000 });
    expect(harness.bot.client.ws.ping).toBeGreaterThanOrEqual(0);
    expect(harness.double.resumes).toEqual([]);
    expect(harness.double.identifies).toHaveLength(1);
  });

  it('keeps serving slash commands, with a warning, when the Message Content intent is refused', async () => {
    harness = await startHarness({ story: story, double: { grantedPrivilegedIntents: 0 } });
    const [first, second] = harness.double.identifies;
    expect(Number(first!.intents) & (1 << 15)).not.toBe(0);
    expect(Number(second!.intents)).toBe(1);
    await harness.logs.waitFor((line) => line.level === 40 && String(line.msg).includes('Message Content intent is not enabled'));
    const ask = harness.double.sendSlashCommand('ask', { question: 'Where will Trump meet Putin?' });
    expect((await harness.finished(ask)).outcome).toBe('ok');
    const help = harness.double.sendSlashCommand('help');
    await harness.finished(help);
    expect(help.original!.embeds[0]!.description).not.toContain('Mention me');
  });

  it('on stop, finishes the replies under way, turns new commands away, then disconnects', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const heldStory = withAsk(story, async (question: string, options?: AskOptions) => {
      await held;
      return story.ask(question, options);
    });
    harness = await startHarness({ story: heldStory });
    const double = harness.double;
    const slow = double.sendSlashCommand('ask', { question: 'Where will Trump meet Putin?' });
    await double.waitForRequest((request) => request.path.endsWith(`${slow.token}/callback`));
    const stopping = harness.bot.stop();
    const late = double.sendSlashCommand('ask', { question: 'Who will lead the talks next week?' });
    expect((await harness.finished(late)).outcome).toBe('draining');
    expect(late.original!.content).toBe("I'm restarting. Please ask again in a moment.");
    release();
    await stopping;
    expect(slow.original!.embeds[0]!.description).toContain('[1]');
    expect(harness.bot.client.isReady()).toBe(false);
  });

  it('listens for SIGINT and SIGTERM while it runs, and stops listening once stopped', async () => {
    const before = [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
    harness = await startHarness({ story, tuning: { handleSignals: true } });
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual([before[0]! + 1, before[1]! + 1]);
    await harness.bot.stop();
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(before);
  });

  it('answers only in the allowed channels when an allow-list is set', async () => {
    harness = await startHarness({ story: story, env: { ALLOWED_CHANNEL_IDS: Ids.general } });
    const outside = harness.double.sendSlashCommand('ask', { question: 'Where will Trump meet Putin?' }, { channelId: Ids.noThreads });
    expect((await harness.finished(outside)).outcome).toBe('not-allowed');
    expect(outside.original).toMatchObject({ content: "I'm not enabled in this channel.", flags: EPHEMERAL });
    const inside = harness.double.sendSlashCommand('ask', { question: 'Where will Trump meet Putin?' });
    expect((await harness.finished(inside)).outcome).toBe('ok');
  });

  it('streams an LLM answer into the deferred reply, editing at most once per interval, and ends with the sources', async () => {
    // The whole path: createStory with its LLM answerer, the real openai client, and an OpenAI-compatible
    // double that streams the reply a few characters at a time.
    const llm = await OpenAiDouble.start();
    const text = 'Trump will meet Putin in Budapest, Hungary, to discuss ending the war in Ukraine [1].';
    llm.reply({ kind: 'text', text, chunkSize: 6, delayMs: 40, usage: { prompt_tokens: 300, completion_tokens: 20 } });
    const env = { LLM: 'on', OPENAI_BASE_URL: llm.baseURL, OPENAI_MODEL: 'tiny-model' };
    const config = parseConfig(env);
    const streamingStory = await createStory({ corpusDir: story.corpus.dir, cacheDir: null, llm: config.llm });
    try {
      harness = await startHarness({ story: streamingStory, tuning: { editIntervalMs: 150 }, env });
      const ask = harness.double.sendSlashCommand('ask', { question: 'Where will Trump meet Putin?' });
      expect((await harness.finished(ask)).outcome).toBe('ok');
      const edits = harness.double.requests.filter(isOriginalEdit(ask));
      const bodies = edits.map((request) => request.body as { embeds: { description: string; footer?: { text: string }; fields?: unknown[] }[]; allowed_mentions: unknown });
      const drafts = edits.filter((_, i) => bodies[i]!.embeds[0]!.footer?.text === 'writing…');
      // 15 pieces 40 ms apart stream for about 600 ms: shown progressively, but at most once per 150 ms. The bound
      // is taken from how long the edits actually spanned, as a loaded machine stretches the stream. (The exact
      // spacing is proven in stream.test.ts; here the requests' arrival times also carry network jitter.)
      const streamedMs = edits.at(-1)!.at - edits[0]!.at;
      expect(drafts.length).toBeGreaterThanOrEqual(2);
      expect(drafts.length).toBeLessThanOrEqual(Math.ceil(streamedMs / 150) + 1);
      for (const body of bodies) expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
      const final = bodies.at(-1)!.embeds[0]!;
      expect(final.footer?.text).toBe('LLM answer · tiny-model');
      expect(final.description).toBe(text);
      expect(final.fields).toHaveLength(1);
    } finally {
      await llm.close();
    }
  });
});
