import type { APIEmbed, APIInteractionResponse } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitsDiscordLimits } from '../../src/discord/limits.js';
import type { Answer } from '../../src/answer/schema.js';
import { citationFor } from '../../src/answer/citations.js';
import type { Story } from '../../src/story.js';
import { Ids, type InteractionRecord, type RecordedRequest } from '../doubles/discord.js';
import { bundledStory, withAsk } from './bundled-story.js';
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

/** An answer that cites every paragraph of the story: longer than one message can carry. */
function everything(story: Story, question: string): Answer {
  const article = story.corpus.articles[0]!;
  const paragraphs = article.paragraphs.map((paragraph) => ({ ...paragraph, url: article.url, title: article.title, score: 1, paragraph: paragraph.n }));
  return {
    question,
    answered: true,
    answer: paragraphs.map((paragraph, i) => `${paragraph.text} [${i + 1}]`).join('\n\n'),
    citations: paragraphs.map((paragraph, i) => citationFor(paragraph, i + 1)),
    mode: 'llm',
    note: null,
    usage: null,
    latencyMs: 0,
  };
}

const requestsOf = (harness: Harness, interaction: InteractionRecord): RecordedRequest[] =>
  harness.double.requests.filter((request) => request.path.includes(interaction.token));

describe('slash commands against the Discord protocol double, on the bundled story', () => {
  let harness: Harness;

  beforeAll(async () => {
    const story = await bundledStory();
    // A few questions are scripted around the real engine: a failure, and an answer too long for one message.
    const scripted = withAsk(story, async (question, options) => {
      if (question.includes('explode')) throw new Error('the index is on fire');
      if (question.includes('everything')) return everything(story, question);
      return story.ask(question, options);
    });
    harness = await startHarness({ story: scripted });
  });
  afterAll(() => harness.close());

  it('/ask acknowledges at once, then answers with [n] markers and linked sources, inside the limits', async () => {
    const ask = harness.double.sendSlashCommand('ask', { question: 'Where will Trump meet Putin?' });
    await harness.finished(ask);
    expect(callback(ask).type).toBe(5);
    const [reply] = shown(ask);
    expect(reply!.embeds[0]!.title).toBe('Where will Trump meet Putin?');
    expect(reply!.embeds[0]!.description).toMatch(/Budapest.*\[1\]/);
    expect(reply!.embeds[0]!.fields![0]!.value).toMatch(/^\*\*\[1\]\*\* \[¶2 — “President Donald Trump announced Thursday.*…”\]\(https:\/\/www\.ndtv\.com\/.*#:~:text=President%20Donald/);
    expect(reply!.embeds[0]!.footer?.text).toBe('extractive answer');
    for (const message of shown(ask)) expect(fitsDiscordLimits(message)).toBe(true);
  });

  it('/ask says plainly when the story does not tell', async () => {
    const ask = harness.double.sendSlashCommand('ask', { question: 'What is the weather in Paris?' });
    await harness.finished(ask);
    expect(text(ask)).toContain("The story doesn't say");
    expect(shown(ask)[0]!.embeds[0]!.fields).toBeUndefined();
  });

  it('/ask refuses a blank question privately, without asking the story', async () => {
    const ask = harness.double.sendSlashCommand('ask', { question: '  \u0007 ' });
    const line = await harness.finished(ask);
    expect(line.outcome).toBe('rejected');
    expect(shown(ask)).toEqual([{ content: 'Please ask a question about the story: the question was empty.', embeds: [], flags: EPHEMERAL }]);
  });

  it('an answer longer than every limit arrives as several valid messages, losing nothing', async () => {
    const ask = harness.double.sendSlashCommand('ask', { question: 'Tell me everything' });
    await harness.finished(ask);
    const messages = shown(ask);
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) expect(fitsDiscordLimits(message)).toBe(true);
    const descriptions = messages.flatMap((message) => message.embeds.map((embed) => embed.description ?? '')).join(' ');
    expect(descriptions.match(/\[\d+\]/g)).toHaveLength(20);
    const sources = messages.flatMap((message) => message.embeds.flatMap((embed) => embed.fields ?? []));
    expect(sources.flatMap((field) => field.value.split('\n'))).toHaveLength(20);
  });

  it('/quote autocomplete offers the speakers matching any part of a name or alias, any case', async () => {
    const byAlias = harness.double.sendAutocomplete('quote', 'speaker', 'THE PRESIDENT');
    const bySurname = harness.double.sendAutocomplete('quote', 'speaker', 'bess');
    const empty = harness.double.sendAutocomplete('quote', 'speaker', '');
    await harness.double.waitForRequest((request) => request.path === `/interactions/${empty.id}/${empty.token}/callback`);
    await harness.double.waitForRequest((request) => request.path.includes(bySurname.token));
    await harness.double.waitForRequest((request) => request.path.includes(byAlias.token));
    const choices = (interaction: InteractionRecord) => {
      const response = callback(interaction);
      if (response.type !== 8) throw new Error(`expected an autocomplete result, got type ${response.type}`);
      return response.data.choices ?? [];
    };
    expect(choices(byAlias)).toEqual([{ name: 'Donald Trump (7 quotes)', value: 'Donald Trump' }]);
    expect(choices(bySurname)).toEqual([{ name: 'Scott Bessent (2 quotes)', value: 'Scott Bessent' }]);
    expect(choices(empty).map((choice) => choice.value)).toEqual(['Donald Trump', 'Mark Montgomery', 'Scott Bessent']);
  });

  it("/quote shows the speaker's quotations with their paragraphs", async () => {
    const quote = harness.double.sendSlashCommand('quote', { speaker: 'bessent' });
    await harness.finished(quote);
    expect(callback(quote).type).toBe(4);
    const embed = shown(quote)[0]!.embeds[0]!;
    expect(embed.title).toBe('Scott Bessent — 2 quotations');
    expect(embed.description).toMatch(/^\*Treasury Secretary\*\n\n> “.+” \[1\]/);
    expect(embed.fields![0]!.value).toMatch(/^\*\*\[1\]\*\* \[¶\d+ — /);
  });

  it('/quote for an unknown speaker answers privately with who is quoted', async () => {
    const quote = harness.double.sendSlashCommand('quote', { speaker: 'Napoleon' });
    const line = await harness.finished(quote);
    expect(line.outcome).toBe('rejected');
    const [reply] = shown(quote);
    expect(reply!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(reply!.content).toBe(
      "I don't know anyone called “Napoleon” in this story. People quoted: **Donald Trump** (7), **Mark Montgomery** (2), **Scott Bessent** (2). Pick one of them from the suggestions of /quote.",
    );
  });

  it('/summary, /facts and /sources answer with cited points, facts and articles', async () => {
    const summary = harness.double.sendSlashCommand('summary');
    const facts = harness.double.sendSlashCommand('facts', { topic: 'Tomahawk' });
    const sources = harness.double.sendSlashCommand('sources');
    await Promise.all([summary, facts, sources].map((interaction) => harness.finished(interaction)));
    expect(text(summary)).toMatch(/^• President Donald Trump has announced plans to meet .+ \[1\]$/m);
    expect(shown(summary)[0]!.embeds[0]!.footer?.text).toBe('extractive summary');
    expect(text(facts)).toMatch(/\*\*Figures\*\*\n(• .+\n)*• Tomahawk range: approximately 995 miles \(1,600 kilometers\) \[\d+\]/);
    expect(shown(facts)[0]!.embeds[0]!.title).toBe('Key facts about “Tomahawk”');
    expect(text(sources)).toContain(
      '[Trump Announces Planned Meeting with Putin in Budapest to Negotiate End to Ukraine War](https://www.ndtv.com/world-news/great-progress-after-call-trump-says-he-will-meet-putin-in-budapest-9469773) — 20 paragraphs',
    );
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

    const next = harness.double.sendSlashCommand('ask', { question: 'Who will lead the talks next week?' });
    expect((await harness.finished(next)).outcome).toBe('ok');
  });

  it('a question with @everyone and <@123> produces only requests whose allowed_mentions ping nobody', async () => {
    const ask = harness.double.sendSlashCommand('ask', { question: '@everyone <@123> <@&456> where will Trump meet Putin?' });
    await harness.finished(ask);
    expect(text(ask)).toContain('@everyone <@123> <@&456> where will Trump meet Putin?');
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
    const ask = harness.double.sendSlashCommand('ask', { question: 'Where will Trump meet Putin?' }, { dm: true });
    expect((await harness.finished(ask)).outcome).toBe('ok');
    expect(ask.channelId).toBe(Ids.dm);
    expect(text(ask)).toContain('[1]');
  });
});
