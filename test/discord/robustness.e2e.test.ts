import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AskOptions, Story } from '../../src/story.js';
import { Ids, type InteractionRecord } from '../doubles/discord.js';
import { fakeStory } from './fake-story.js';
import { startHarness, type Harness } from './harness.js';

const EPHEMERAL = 1 << 6;
const isOriginalEdit = (interaction: InteractionRecord) => (request: { method: string; path: string }) =>
  request.method === 'PATCH' && request.path.endsWith(`/${interaction.token}/messages/@original`);

describe('the bot under faults, limits and shutdown', () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  it('answers a user past the rate limit politely and privately, and still serves others', async () => {
    harness = await startHarness({ story: fakeStory(), env: { RATE_LIMIT_PER_MINUTE: '2' } });
    const asks = [1, 2, 3].map(() => harness!.double.sendSlashCommand('ask', { question: 'Who approved the bridge?' }));
    const outcomes = await Promise.all(asks.map(async (ask) => (await harness!.finished(ask)).outcome));
    expect(outcomes.sort()).toEqual(['ok', 'ok', 'rate-limited']);
    const limited = asks.find((ask) => ask.original?.content.startsWith("You're asking faster"))!;
    expect(limited.original!.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(limited.original!.content).toMatch(/Please wait \d+ seconds and ask again\.$/);

    const bob = harness.double.sendSlashCommand('ask', { question: 'Who approved the bridge?' }, { user: harness.double.bob });
    expect((await harness.finished(bob)).outcome).toBe('ok');
    const typing = harness.double.sendAutocomplete('quote', 'speaker', 'li');
    await harness.double.waitForRequest((request) => request.path.includes(typing.token));
  });

  it('honours a 429 from Discord: waits retry_after, then the reply still arrives', async () => {
    harness = await startHarness({ story: fakeStory() });
    const double = harness.double;
    const ask = double.sendSlashCommand('ask', { question: 'When does construction start?' });
    double.rateLimit({ match: isOriginalEdit(ask), retryAfter: 0.3 });
    expect((await harness.finished(ask)).outcome).toBe('ok');
    const edits = double.requests.filter(isOriginalEdit(ask));
    expect(edits.map((request) => request.status)).toEqual([429, 200]);
    expect(edits[1]!.at - edits[0]!.at).toBeGreaterThanOrEqual(300);
    expect(ask.original!.embeds[0]!.description).toContain('[1]');
  });

  it('honours a 429 on the acknowledgement itself', async () => {
    harness = await startHarness({ story: fakeStory() });
    const ask = harness.double.sendSlashCommand('ask', { question: 'When does construction start?' });
    harness.double.rateLimit({ match: (request) => request.path.endsWith(`${ask.token}/callback`), retryAfter: 0.1 });
    expect((await harness.finished(ask)).outcome).toBe('ok');
    expect(harness.double.requests.filter((request) => request.path.endsWith(`${ask.token}/callback`)).map((request) => request.status)).toEqual([429, 204]);
  });

  it('resumes a dropped gateway connection, replays what it missed and answers the next command', async () => {
    harness = await startHarness({ story: fakeStory() });
    const double = harness.double;
    const session = double.sessionId;
    double.dropGatewayConnection();
    const duringOutage = double.sendSlashCommand('ask', { question: 'Who approved the bridge?' });
    await double.waitForSession();
    expect(double.resumes).toEqual([expect.objectContaining({ session_id: session })]);
    expect(double.identifies).toHaveLength(1);
    expect((await harness.finished(duringOutage)).outcome).toBe('ok');

    const next = double.sendSlashCommand('ask', { question: 'When does construction start?' });
    expect((await harness.finished(next)).outcome).toBe('ok');
    await harness.logs.waitFor((line) => line.msg === 'gateway session resumed');
  });

  it('keeps its gateway connection alive with heartbeats the double acknowledges', async () => {
    harness = await startHarness({ story: fakeStory(), double: { heartbeatIntervalMs: 60 } });
    await vi.waitFor(() => expect(harness!.double.heartbeats).toBeGreaterThanOrEqual(3), { timeout: 2000 });
    expect(harness.bot.client.ws.ping).toBeGreaterThanOrEqual(0);
    expect(harness.double.resumes).toEqual([]);
    expect(harness.double.identifies).toHaveLength(1);
  });

  it('keeps serving slash commands, with a warning, when the Message Content intent is refused', async () => {
    harness = await startHarness({ story: fakeStory(), double: { grantedPrivilegedIntents: 0 } });
    const [first, second] = harness.double.identifies;
    expect(Number(first!.intents) & (1 << 15)).not.toBe(0);
    expect(Number(second!.intents)).toBe(1);
    await harness.logs.waitFor((line) => line.level === 40 && String(line.msg).includes('Message Content intent is not enabled'));
    const ask = harness.double.sendSlashCommand('ask', { question: 'Who approved the bridge?' });
    expect((await harness.finished(ask)).outcome).toBe('ok');
    const help = harness.double.sendSlashCommand('help');
    await harness.finished(help);
    expect(help.original!.embeds[0]!.description).not.toContain('Mention me');
  });

  it('on stop, finishes the replies under way, turns new commands away, then disconnects', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const base = fakeStory();
    const story: Story = {
      ...base,
      async ask(question: string, options?: AskOptions) {
        await held;
        return base.ask(question, options);
      },
    };
    harness = await startHarness({ story });
    const double = harness.double;
    const slow = double.sendSlashCommand('ask', { question: 'Who approved the bridge?' });
    await double.waitForRequest((request) => request.path.endsWith(`${slow.token}/callback`));
    const stopping = harness.bot.stop();
    const late = double.sendSlashCommand('ask', { question: 'When does construction start?' });
    expect((await harness.finished(late)).outcome).toBe('draining');
    expect(late.original!.content).toBe("I'm restarting. Please ask again in a moment.");
    release();
    await stopping;
    expect(slow.original!.embeds[0]!.description).toContain('[1]');
    expect(harness.bot.client.isReady()).toBe(false);
  });

  it('answers only in the allowed channels when an allow-list is set', async () => {
    harness = await startHarness({ story: fakeStory(), env: { ALLOWED_CHANNEL_IDS: Ids.general } });
    const outside = harness.double.sendSlashCommand('ask', { question: 'Who approved the bridge?' }, { channelId: Ids.noThreads });
    expect((await harness.finished(outside)).outcome).toBe('not-allowed');
    expect(outside.original).toMatchObject({ content: "I'm not enabled in this channel.", flags: EPHEMERAL });
    const inside = harness.double.sendSlashCommand('ask', { question: 'Who approved the bridge?' });
    expect((await harness.finished(inside)).outcome).toBe('ok');
  });

  it('streams an LLM answer into the deferred reply, editing at most once per interval, and ends with the sources', async () => {
    const base = fakeStory();
    const words = 'The council approved the bridge by seven votes to two on Tuesday evening [1].'.split(' ');
    const story: Story = {
      ...base,
      async ask(question, options) {
        for (let i = 1; i <= words.length; i += 1) {
          options?.onText?.(words.slice(0, i).join(' '));
          await new Promise((resolve) => setTimeout(resolve, 40));
        }
        const answer = await base.ask('council approved', options);
        return { ...answer, question, mode: 'llm', answer: words.join(' ') };
      },
    };
    harness = await startHarness({ story, tuning: { editIntervalMs: 150 }, env: { LLM: 'on', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', OPENAI_MODEL: 'tiny-model' } });
    const ask = harness.double.sendSlashCommand('ask', { question: 'How did the vote go?' });
    await harness.finished(ask);
    const edits = harness.double.requests.filter(isOriginalEdit(ask));
    const bodies = edits.map((request) => request.body as { embeds: { description: string; footer?: { text: string }; fields?: unknown[] }[]; allowed_mentions: unknown });
    const drafts = edits.filter((_, i) => bodies[i]!.embeds[0]!.footer?.text === 'writing…');
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    expect(drafts.length).toBeLessThan(words.length);
    // The bot starts edits 150 ms apart; their arrival may be a little closer.
    for (let i = 1; i < drafts.length; i += 1) expect(drafts[i]!.at - drafts[i - 1]!.at).toBeGreaterThanOrEqual(140);
    for (const body of bodies) expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const final = bodies.at(-1)!.embeds[0]!;
    expect(final.footer?.text).toBe('LLM answer · tiny-model');
    expect(final.fields).toHaveLength(1);
    expect(final.description).toBe(words.join(' '));
  });
});
