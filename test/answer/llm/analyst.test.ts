import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Fact, Summary } from '../../../src/analysis/schema.js';
import { LlmAnalyst } from '../../../src/answer/llm/analyst.js';
import { LlmClient } from '../../../src/answer/llm/client.js';
import type { LlmConfig } from '../../../src/config.js';
import { loadCorpus } from '../../../src/corpus/load.js';
import type { Corpus } from '../../../src/corpus/schema.js';
import { OpenAiDouble } from '../../doubles/openai.js';
import { memoryLogger, testConfig } from './helpers.js';

let double: OpenAiDouble;
let cacheDir: string;
let corpus: Corpus;

beforeEach(async () => {
  double = await OpenAiDouble.start();
  cacheDir = await mkdtemp(join(tmpdir(), 'storybot-llm-cache-'));
  corpus = await loadCorpus('test/fixtures/llm-injection');
});
afterEach(async () => {
  await double.close();
  await rm(cacheDir, { recursive: true, force: true });
});

function analyst(overrides: Partial<LlmConfig> = {}) {
  return new LlmAnalyst({ client: new LlmClient(testConfig(double.baseURL, overrides)), cacheDir });
}

const EXTRACTIVE_SUMMARY: Summary = { points: [{ text: 'The extractive brief.', citations: [] }], mode: 'extractive' };
const EXTRACTIVE_FACTS: Fact[] = [{ kind: 'event', text: 'The extractive fact.', citations: [] }];

const GOOD_SUMMARY = {
  points: [
    { text: 'The council approved an electric ferry to Gull Island [1].', paragraphs: [1] },
    { text: 'It will cost 4.2 million euros and start in 2027.', paragraphs: [4, 99] },
    { text: 'The ferry was cancelled.', paragraphs: [9] },
  ],
};

describe('LlmAnalyst.summary', () => {
  it('asks for structured output and keeps only points that cite paragraphs of the story', async () => {
    double.reply({ kind: 'json', value: GOOD_SUMMARY });
    const summary = await analyst().summary(corpus, () => EXTRACTIVE_SUMMARY);

    expect(summary.mode).toBe('llm');
    expect(summary.points.map((p) => p.text)).toEqual([
      'The council approved an electric ferry to Gull Island.',
      'It will cost 4.2 million euros and start in 2027.',
    ]);
    expect(summary.points.map((p) => p.citations.map((c) => [c.n, c.paragraph]))).toEqual([[[1, 1]], [[2, 4]]]);
    expect(summary.points[1]!.citations[0]!.text).toBe(corpus.articles[0]!.paragraphs[3]!.text);

    const request = double.requests[0]!.body;
    expect(request.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'summary', strict: true } });
    expect(String(request.messages[0]!.content)).toContain('<passage n="4" article="harbour-ferry" paragraph="4">');
  });

  it('falls back to the extractive summary, and logs why, when the reply does not match the schema', async () => {
    double.reply({ kind: 'json', value: { points: 'The ferry was approved.' } });
    const logger = memoryLogger();
    const llm = new LlmAnalyst({ client: new LlmClient(testConfig(double.baseURL)), cacheDir, logger });

    expect(await llm.summary(corpus, () => EXTRACTIVE_SUMMARY)).toEqual(EXTRACTIVE_SUMMARY);
    expect(logger.lines.at(-1)).toMatchObject({ level: 'warn', details: { kind: 'summary', reason: 'the structured reply did not match its schema' } });
  });

  it('falls back when the reply is not JSON at all', async () => {
    double.reply({ kind: 'text', text: 'Here is your summary: the ferry was approved.' });
    expect(await analyst().summary(corpus, () => EXTRACTIVE_SUMMARY)).toEqual(EXTRACTIVE_SUMMARY);
  });

  it('falls back when no point cites a paragraph that exists', async () => {
    double.reply({ kind: 'json', value: { points: [{ text: 'The ferry was cancelled.', paragraphs: [9] }] } });
    expect(await analyst().summary(corpus, () => EXTRACTIVE_SUMMARY)).toEqual(EXTRACTIVE_SUMMARY);
  });

  it('falls back when the server fails', async () => {
    double.reply({ kind: 'status', status: 503, headers: { 'x-should-retry': 'false' } });
    expect(await analyst().summary(corpus, () => EXTRACTIVE_SUMMARY)).toEqual(EXTRACTIVE_SUMMARY);
  });

  it('computes a summary once: a second call, even from a new process, makes no request', async () => {
    double.reply({ kind: 'json', value: GOOD_SUMMARY });
    const first = await analyst().summary(corpus, () => EXTRACTIVE_SUMMARY);
    const again = await analyst().summary(corpus, () => EXTRACTIVE_SUMMARY);

    expect(again).toEqual(first);
    expect(double.requests).toHaveLength(1);
    expect((await readdir(cacheDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('shares one request between calls made at the same time', async () => {
    double.reply({ kind: 'json', value: GOOD_SUMMARY });
    const llm = analyst();
    const [a, b] = await Promise.all([llm.summary(corpus, () => EXTRACTIVE_SUMMARY), llm.summary(corpus, () => EXTRACTIVE_SUMMARY)]);
    expect(a).toEqual(b);
    expect(double.requests).toHaveLength(1);
  });

  it('gives calls made at the same time the fallback when the shared request fails', async () => {
    double.reply({ kind: 'status', status: 503, headers: { 'x-should-retry': 'false' } });
    const llm = analyst();
    const both = await Promise.all([llm.summary(corpus, () => EXTRACTIVE_SUMMARY), llm.summary(corpus, () => EXTRACTIVE_SUMMARY)]);
    expect(both).toEqual([EXTRACTIVE_SUMMARY, EXTRACTIVE_SUMMARY]);
    expect(double.requests).toHaveLength(1);
  });

  it('keeps a separate cache per model', async () => {
    double.reply({ kind: 'json', value: GOOD_SUMMARY }, { kind: 'json', value: GOOD_SUMMARY });
    await analyst({ model: 'model-a' }).summary(corpus, () => EXTRACTIVE_SUMMARY);
    await analyst({ model: 'model-b' }).summary(corpus, () => EXTRACTIVE_SUMMARY);
    expect(double.requests.map((r) => r.body.model)).toEqual(['model-a', 'model-b']);
  });

  it('does not cache a fallback, so the next call tries the model again', async () => {
    double.reply({ kind: 'status', status: 503, headers: { 'x-should-retry': 'false' } }, { kind: 'json', value: GOOD_SUMMARY });
    const llm = analyst();
    expect((await llm.summary(corpus, () => EXTRACTIVE_SUMMARY)).mode).toBe('extractive');
    expect((await llm.summary(corpus, () => EXTRACTIVE_SUMMARY)).mode).toBe('llm');
  });

  it('recomputes a cache file that is corrupt', async () => {
    double.reply({ kind: 'json', value: GOOD_SUMMARY });
    const llm = analyst();
    await writeFile(llm.cacheFile('summary', corpus)!, '{"points": [', 'utf8');
    expect((await llm.summary(corpus, () => EXTRACTIVE_SUMMARY)).mode).toBe('llm');
    expect(double.requests).toHaveLength(1);
  });
});

describe('LlmAnalyst.facts', () => {
  it('keeps each fact with its kind and valid citations, numbered by first use', async () => {
    double.reply({
      kind: 'json',
      value: {
        facts: [
          { kind: 'figure', text: 'The ferry costs 4.2 million euros.', paragraphs: [4] },
          { kind: 'person', text: 'Ines Carvalho is the harbour master.', paragraphs: [3, 4] },
          { kind: 'event', text: 'The ferry was cancelled.', paragraphs: [12] },
        ],
      },
    });
    const facts = await analyst().facts(corpus, () => EXTRACTIVE_FACTS);

    expect(facts.map((f) => [f.kind, f.text, f.citations.map((c) => [c.n, c.paragraph])])).toEqual([
      ['figure', 'The ferry costs 4.2 million euros.', [[1, 4]]],
      ['person', 'Ines Carvalho is the harbour master.', [[2, 3], [1, 4]]],
    ]);
    expect(double.requests[0]!.body.response_format).toMatchObject({ json_schema: { name: 'facts' } });
  });

  it('falls back to the extractive facts when a fact has a kind outside the schema', async () => {
    double.reply({ kind: 'json', value: { facts: [{ kind: 'rumour', text: 'Something.', paragraphs: [1] }] } });
    expect(await analyst().facts(corpus, () => EXTRACTIVE_FACTS)).toEqual(EXTRACTIVE_FACTS);
  });

  it('caches facts apart from the summary', async () => {
    double.reply({ kind: 'json', value: GOOD_SUMMARY }, { kind: 'json', value: { facts: [{ kind: 'place', text: 'Gull Island.', paragraphs: [1] }] } });
    const llm = analyst();
    await llm.summary(corpus, () => EXTRACTIVE_SUMMARY);
    const facts = await llm.facts(corpus, () => EXTRACTIVE_FACTS);
    expect(await analyst().facts(corpus, () => EXTRACTIVE_FACTS)).toEqual(facts);
    expect(double.requests).toHaveLength(2);
  });
});
