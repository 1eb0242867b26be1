import type { APIEmbed, APIInteractionResponse } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitsDiscordLimits } from '../../src/discord/limits.js';
import type { Story } from '../../src/story.js';
import { Ids, type InteractionRecord, type RecordedRequest } from '../doubles/discord.js';
import { fakeStory } from './fake-story.js';
import { startHarness, type Harness } from './harness.js';

const EPHEMERAL = 1 << 6;

/** What the user sees of an interaction's replies: the original message and its follow-ups. */
function shown(interaction: InteractionRecord): { content: string; embeds: APIEmbed[]; flags: number }[] {
  return [interaction.original, ...interaction.followUps]
    .filter((message) => message !== undefined)
    .map((message) => ({ content: message.content, embeds: message.embeds, flags: message.flags ?? 0 }));
}

function text(interaction: InteractionRecord): string {
  return shown(interaction)
    .flatMap((message) => [message.content, ...message.embeds.flatMap((embed) => [embed.title ?? '', embed.description ?? '', ...(embed.fields ?? []).map((field) => field.value)])])
    .join('\n');
}

function callback(interaction: InteractionRecord): APIInteractionResponse {
  expect(interaction.callback, 'the interaction was acknowledged').toBeDefined();
  return interaction.callback!.response;
}

const requestsOf = (harness: Harness, interaction: InteractionRecord): RecordedRequest[] =>
  harness.double.requests.filter((request) => request.path.includes(interaction.token));

describe('slash commands against the Discord protocol double', () => {
  let harness: Harness;
  let story: Story;

  beforeAll(async () => {
    const base = fakeStory();
    story = {
      ...base,
      async ask(question, options) {
        if (question.includes('explode')) throw new Error('the index is on fire');
        if (question.includes('everything')) {
          const long = Array.from({ length: 700 }, (_, i) => `Point ${i} of a very long answer about the bridge [${(i % 4) + 1}].`).join(' ');
          const answer = await base.ask('council bridge construction budget', options);
          return { ...answer, question, answer: long };
        }
        return base.ask(question, options);
      },
    };
    harness = await startHarness({ story });
  });
  afterAll(() => harness.close());

  it('/ask acknowledges at once, then answers with [n] markers and linked sources, inside the limits', async () => {
    const ask = harness.double.sendSlashCommand('ask', { question: 'When does construction start?' });
    await harness.finished(ask);
    expect(callback(ask).type).toBe(5);
    const [reply] = shown(ask);
    expect(reply!.embeds[0]!.description).toBe('Construction will start in spring and should take two years, the council said. [1]');
    expect(reply!.embeds[0]!.fields![0]!.value).toMatch(/^\*\*\[1\]\*\* \[¶3 — “Construction will start.*”\]\(https:\/\/news\.example\/bridge#:~:text=/);
    expect(reply!.embeds[0]!.footer?.text).toBe('extractive answer');
    for (const message of shown(ask)) expect(fitsDiscordLimits(message)).toBe(true);
  });

  it('/ask says plainly when the story does not tell', async () => {
    const ask = harness.double.sendSlashCommand('ask', { question: 'xyzzy?' });
    await harness.finished(ask);
    expect(text(ask)).toContain("The story doesn't say.");
  });

  it('/ask refuses a blank question privately, without asking the story', async () => {
    const ask = harness.double.sendSlashCommand('ask', { question: '  \u0007 ' });
    const line = await harness.finished(ask);
    expect(line.outcome).toBe('rejected');
    expect(shown(ask)).toEqual([{ content: 'Please ask a question: the message was empty.', embeds: [], flags: EPHEMERAL }]);
  });

  it('an answer longer than every limit arrives as several valid messages, losing nothing', async () => {
    const ask = harness.double.sendSlashCommand('ask', { question: 'Tell me everything' });
    await harness.finished(ask);
    const messages = shown(ask);
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) expect(fitsDiscordLimits(message)).toBe(true);
    const descriptions = messages.flatMap((message) => message.embeds.map((embed) => embed.description ?? '')).join(' ');
    expect(descriptions.match(/Point \d+ of/g)).toHaveLength(700);
    expect(messages.at(-1)!.embeds.at(-1)!.fields?.[0]?.name).toMatch(/^Sources/);
  });

  it('/quote autocomplete offers the speakers matching any part of a name or alias, any case', async () => {
    const byAlias = harness.double.sendAutocomplete('quote', 'speaker', 'MAYOR');
    const bySurname = harness.double.sendAutocomplete('quote', 'speaker', 'park');
    const empty = harness.double.sendAutocomplete('quote', 'speaker', '');
    await harness.double.waitForRequest((request) => request.path === `/interactions/${empty.id}/${empty.token}/callback`);
    await harness.double.waitForRequest((request) => request.path.includes(bySurname.token));
    await harness.double.waitForRequest((request) => request.path.includes(byAlias.token));
    const choices = (interaction: InteractionRecord) => {
      const response = callback(interaction);
      if (response.type !== 8) throw new Error(`expected an autocomplete result, got type ${response.type}`);
      return response.data.choices ?? [];
    };
    expect(choices(byAlias)).toEqual([{ name: 'Ana Lima (2 quotes)', value: 'Ana Lima' }]);
    expect(choices(bySurname)).toEqual([{ name: 'Joan Park (1 quote)', value: 'Joan Park' }]);
    expect(choices(empty).map((choice) => choice.value)).toEqual(['Ana Lima', 'Tom Okafor', 'Joan Park']);
  });

  it("/quote shows the speaker's quotations with their paragraphs", async () => {
    const quote = harness.double.sendSlashCommand('quote', { speaker: 'Ana Lima' });
    await harness.finished(quote);
    expect(callback(quote).type).toBe(4);
    const embed = shown(quote)[0]!.embeds[0]!;
    expect(embed.title).toBe('Ana Lima — 2 quotations');
    expect(embed.description).toContain('“This bridge joins two halves of our town,” [1]');
    expect(embed.fields![0]!.value).toContain('¶2');
  });

  it('/quote for an unknown speaker answers privately with who is quoted', async () => {
    const quote = harness.double.sendSlashCommand('quote', { speaker: 'Napoleon' });
    const line = await harness.finished(quote);
    expect(line.outcome).toBe('rejected');
    const [reply] = shown(quote);
    expect(reply!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(reply!.content).toContain('I don\'t know anyone called “Napoleon” in this story. People quoted: **Ana Lima** (2)');
  });

  it('/summary, /facts and /sources answer with cited points, facts and articles', async () => {
    const summary = harness.double.sendSlashCommand('summary');
    const facts = harness.double.sendSlashCommand('facts', { topic: 'budget' });
    const sources = harness.double.sendSlashCommand('sources');
    await Promise.all([summary, facts, sources].map((interaction) => harness.finished(interaction)));
    expect(text(summary)).toContain('• The council approved the new bridge. [1]');
    expect(text(facts)).toContain('**Figures**\n• Budget: 40 million euros [1]');
    expect(text(facts)).not.toContain('Ana Lima');
    expect(text(sources)).toContain('[Council approves the river bridge](https://news.example/bridge) — 4 paragraphs');
  });

  it('/help lists the commands, privately', async () => {
    const help = harness.double.sendSlashCommand('help');
    await harness.finished(help);
    expect(shown(help)[0]!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(text(help)).toMatch(/\*\*\/ask\*\*.*\n.*\*\*\/facts\*\*/);
  });

  it('a failing command becomes a short private message with an error id that is also logged; the bot keeps serving', async () => {
    const failing = harness.double.sendSlashCommand('ask', { question: 'Please explode' });
    const line = await harness.finished(failing);
    expect(line.outcome).toBe('error');
    expect(line.err).toMatchObject({ message: 'the index is on fire' });
    const errorId = String(line.errorId);
    expect(errorId).toMatch(/^[0-9a-f]{8}$/);
    expect(shown(failing)).toEqual([{ content: expect.stringContaining(`error id ${errorId}`), embeds: [], flags: EPHEMERAL }]);
    expect(requestsOf(harness, failing).map((request) => request.method)).toEqual(['POST', 'DELETE', 'POST']);

    const next = harness.double.sendSlashCommand('ask', { question: 'Who approved the bridge?' });
    expect((await harness.finished(next)).outcome).toBe('ok');
  });

  it('a question with @everyone and <@123> produces only requests whose allowed_mentions ping nobody', async () => {
    const ask = harness.double.sendSlashCommand('ask', { question: '@everyone <@123> <@&456> who approved the bridge?' });
    await harness.finished(ask);
    expect(text(ask)).toContain('@everyone <@123> <@&456> who approved the bridge?');
    const sent = harness.double.messageRequests();
    expect(sent.length).toBeGreaterThan(10);
    for (const request of sent) {
      const body = request.body as { allowed_mentions?: unknown; data?: { allowed_mentions?: unknown } };
      expect(body.allowed_mentions ?? body.data?.allowed_mentions, `${request.method} ${request.path}`).toEqual({ parse: [], replied_user: false });
    }
  });

  it('logs one line per command with its name, latency and outcome', () => {
    const lines = harness.logs.lines.filter((line) => line.msg === 'command' || line.msg === 'command failed');
    expect(lines.length).toBeGreaterThan(8);
    for (const line of lines) {
      expect(line).toMatchObject({ kind: 'command', command: expect.any(String), latencyMs: expect.any(Number), outcome: expect.any(String) });
    }
  });

  it('answers in a direct message too', async () => {
    const ask = harness.double.sendSlashCommand('ask', { question: 'Who approved the bridge?' }, { dm: true });
    expect((await harness.finished(ask)).outcome).toBe('ok');
    expect(ask.channelId).toBe(Ids.dm);
    expect(text(ask)).toContain('[1]');
  });
});
