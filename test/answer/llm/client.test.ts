import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { LlmClient } from '../../../src/answer/llm/client.js';
import { LlmFailure } from '../../../src/answer/llm/failure.js';
import { OpenAiDouble } from '../../doubles/openai.js';
import { testConfig } from './helpers.js';

let double: OpenAiDouble;
beforeEach(async () => {
  double = await OpenAiDouble.start();
});
afterEach(async () => {
  await double.close();
});

const question = [{ role: 'user' as const, content: 'Cost?' }];

describe('LlmClient', () => {
  it('never has more than `concurrency` requests in flight, and queues the rest', async () => {
    const calls = 7;
    for (let i = 0; i < calls; i++) double.reply({ kind: 'text', text: `reply ${i} [1]`, chunkSize: 3, delayMs: 10 });
    const client = new LlmClient(testConfig(double.baseURL, { concurrency: 2 }));

    const pending = Array.from({ length: calls }, (_, i) => client.stream(question, { purpose: `ask ${i}` }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(client.load.queued).toBeGreaterThan(0);
    const replies = await Promise.all(pending);

    expect(replies.map((reply) => reply.value).sort()).toEqual(Array.from({ length: calls }, (_, i) => `reply ${i} [1]`).sort());
    expect(double.requests).toHaveLength(calls);
    expect(double.maxInFlight).toBe(2);
  });

  it('fails at once, saying so, when retry-after asks for a longer wait than a timeout', async () => {
    double.reply({ kind: 'status', status: 429, headers: { 'retry-after': '60' } }, { kind: 'text', text: 'late [1]' });
    const client = new LlmClient(testConfig(double.baseURL, { timeoutMs: 1_000, maxRetries: 2 }));

    const failure = await client.stream(question, { purpose: 'answer' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LlmFailure);
    expect((failure as LlmFailure).reason).toBe('rate limited, HTTP 429, asked to retry after 60 s');
    expect(double.requests).toHaveLength(1);
  });

  it('ends a reply that trickles in for longer than the whole-call deadline', async () => {
    // Pieces 25 ms apart never leave the server silent for the 250 ms allowed, even on a loaded machine, yet 60
    // of them take longer than the 750 ms the whole call may last (250 ms × (1 retry + 2)).
    double.reply({ kind: 'chunks', chunks: Array.from({ length: 60 }, () => 'word '), delayMs: 25 });
    const client = new LlmClient(testConfig(double.baseURL, { timeoutMs: 250, maxRetries: 1 }));

    const failure = await client.stream(question, { purpose: 'answer' }).catch((error: unknown) => error);
    expect((failure as LlmFailure).reason).toBe('timed out: no complete reply within 750 ms');
  });

  it('sends a placeholder key when none is configured (local servers need none)', async () => {
    double.reply({ kind: 'text', text: 'ok' });
    await new LlmClient(testConfig(double.baseURL)).complete(question, { purpose: 'test' });
    expect(double.requests[0]!.headers.authorization).toBe('Bearer no-key');
  });

  it('sends the configured key and model', async () => {
    double.reply({ kind: 'text', text: 'ok' });
    await new LlmClient(testConfig(double.baseURL, { apiKey: 'sk-test', model: 'llama3.1:8b' })).complete(question, { purpose: 'test' });
    expect(double.requests[0]!.headers.authorization).toBe('Bearer sk-test');
    expect(double.requests[0]!.body.model).toBe('llama3.1:8b');
  });

  it('names a missing model on a 404', async () => {
    double.reply({ kind: 'status', status: 404 });
    const failure = await new LlmClient(testConfig(double.baseURL)).complete(question, { purpose: 'test' }).catch((error: unknown) => error);
    expect((failure as LlmFailure).reason).toBe('HTTP 404: the server has no model "test-model" or the base URL is wrong');
  });

  it('takes a pino logger and writes one line per call', async () => {
    double.reply({ kind: 'text', text: 'ok' });
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    await new LlmClient(testConfig(double.baseURL), { logger }).complete(question, { purpose: 'test' });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'llm call', purpose: 'test', model: 'test-model' });
  });
});
