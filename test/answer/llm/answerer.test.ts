import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LlmAnswerer } from '../../../src/answer/llm/answerer.js';
import { LlmClient } from '../../../src/answer/llm/client.js';
import type { LlmConfig } from '../../../src/config.js';
import { OpenAiDouble } from '../../doubles/openai.js';
import { FakeExtractiveAnswerer, PASSAGES, ask, memoryLogger, testConfig } from './helpers.js';

let double: OpenAiDouble;
let extractive: FakeExtractiveAnswerer;

beforeEach(async () => {
  double = await OpenAiDouble.start();
  extractive = new FakeExtractiveAnswerer();
});
afterEach(async () => {
  await double.close();
});

function answerer(overrides: Partial<LlmConfig> = {}, rewriteFallback?: (question: string) => string) {
  const logger = memoryLogger();
  const client = new LlmClient(testConfig(double.baseURL, overrides), { logger });
  return { logger, llm: new LlmAnswerer({ client, fallback: extractive, rewriteFallback, logger }) };
}

describe('LlmAnswerer: grounded answers', () => {
  it('passes a normally cited answer through with the right citations, usage and latency', async () => {
    double.reply({ kind: 'text', text: 'The council voted 7 to 2 for the ferry [1]. It will cost 4.2 million euros [3].' });
    const answer = await answerer().llm.answer(ask('How much will the ferry cost?'));

    expect(answer.mode).toBe('llm');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toBe('The council voted 7 to 2 for the ferry [1]. It will cost 4.2 million euros [2].');
    expect(answer.citations.map((c) => ({ n: c.n, paragraph: c.paragraph }))).toEqual([
      { n: 1, paragraph: 1 },
      { n: 2, paragraph: 3 },
    ]);
    expect(answer.note).toBeNull();
    expect(answer.usage).not.toBeNull();
    expect(answer.usage!.totalTokens).toBe(answer.usage!.promptTokens + answer.usage!.completionTokens);
    expect(answer.latencyMs).toBeGreaterThan(0);
    expect(extractive.requests).toHaveLength(0);
  });

  it('removes a citation to [9] when 4 passages were given, and the sentence that rested on it alone', async () => {
    double.reply({ kind: 'text', text: 'It costs 4.2 million euros [3][9]. The mayor resigned [9]. It opens in 2027 [4].' });
    const answer = await answerer().llm.answer(ask('What will it cost?'));

    expect(answer.mode).toBe('llm');
    expect(answer.answer).toBe('It costs 4.2 million euros [1]. It opens in 2027 [2].');
    expect(answer.citations.map((c) => c.paragraph)).toEqual([3, 4]);
    expect(answer.answer).not.toContain('[9]');
    expect(answer.note).toMatch(/One sentence was left out/);
  });

  it('falls back to the extractive answer, and says so, when the reply cites nothing', async () => {
    double.reply({ kind: 'text', text: 'The ferry was approved on Tuesday and will be electric.' });
    const answer = await answerer().llm.answer(ask('Was the ferry approved?'));

    expect(answer.mode).toBe('extractive');
    expect(answer.answer).toBe(`${PASSAGES[0]!.text} [1]`);
    expect(answer.note).toMatch(/cited none of the passages/);
    expect(answer.usage).not.toBeNull();
    expect(extractive.requests).toHaveLength(1);
  });

  it('turns "the story doesn\'t say" into answered: false with no citations', async () => {
    double.reply({ kind: 'text', text: "The story doesn't say who will captain the ferry [2]." });
    const answer = await answerer().llm.answer(ask('Who will captain the ferry?'));

    expect(answer).toMatchObject({ mode: 'llm', answered: false, citations: [], answer: "The story doesn't say who will captain the ferry." });
  });

  it('falls back with a note when the reply is empty', async () => {
    double.reply({ kind: 'chunks', chunks: [] });
    const answer = await answerer().llm.answer(ask('Cost?'));
    expect(answer.mode).toBe('extractive');
    expect(answer.note).toBe("The language model's reply could not be used (the reply was empty); this is the extractive answer.");
  });

  it('does not call the model when nothing was retrieved', async () => {
    const answer = await answerer().llm.answer(ask('What colour is the ferry?', { passages: [] }));
    expect(double.requests).toHaveLength(0);
    expect(answer).toMatchObject({ mode: 'extractive', answered: false });
  });

  it('logs one line per call with its tokens and latency', async () => {
    double.reply({ kind: 'text', text: 'It costs 4.2 million euros [3].', usage: { prompt_tokens: 321, completion_tokens: 12 } });
    const { llm, logger } = answerer();
    const answer = await llm.answer(ask('Cost?'));

    expect(answer.usage).toEqual({ promptTokens: 321, completionTokens: 12, totalTokens: 333 });
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatchObject({ level: 'info', details: { purpose: 'answer', model: 'test-model', promptTokens: 321, totalTokens: 333 } });
  });
});

describe('LlmAnswerer: streaming', () => {
  it('shows a slow stream progressively and returns the complete, checked text', async () => {
    const text = 'The council voted 7 to 2 on Tuesday [1]. The ferry should enter service in 2027 [4].';
    double.reply({ kind: 'text', text, chunkSize: 6, delayMs: 5 });
    const previews: string[] = [];
    const answer = await answerer().llm.answer(ask('When?', { onText: (soFar) => previews.push(soFar) }));

    expect(previews.length).toBeGreaterThan(5);
    for (let i = 1; i < previews.length; i++) {
      expect(previews[i]!.length).toBeGreaterThan(previews[i - 1]!.length);
      expect(previews[i]!.startsWith(previews[i - 1]!)).toBe(true);
    }
    expect(previews.at(-1)).toBe(answer.answer);
    expect(answer.answer).toBe('The council voted 7 to 2 on Tuesday [1]. The ferry should enter service in 2027 [2].');
    expect(double.requests[0]!.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it('keeps answering when the onText callback throws', async () => {
    double.reply({ kind: 'text', text: 'It costs 4.2 million euros [3].' });
    const { llm, logger } = answerer();
    const answer = await llm.answer(
      ask('Cost?', {
        onText: () => {
          throw new Error('render failed');
        },
      }),
    );
    expect(answer.mode).toBe('llm');
    expect(logger.lines.some((line) => line.message === 'onText callback threw')).toBe(true);
  });

  it('falls back with a note when a streamed chunk is malformed', async () => {
    double.reply({ kind: 'malformed', chunksBefore: ['It costs ', '4.2 million'] });
    const previews: string[] = [];
    const answer = await answerer().llm.answer(ask('Cost?', { onText: (soFar) => previews.push(soFar) }));

    expect(previews.length).toBeGreaterThan(0);
    expect(answer.mode).toBe('extractive');
    expect(answer.note).toBe("The language model's reply could not be used (a streamed chunk was not valid JSON); this is the extractive answer.");
  });
});

describe('LlmAnswerer: faults', () => {
  it('retries a 429 after waiting as long as retry-after says, then answers', async () => {
    double.reply({ kind: 'status', status: 429, headers: { 'retry-after': '0.6' } }, { kind: 'text', text: 'It costs 4.2 million euros [3].' });
    const answer = await answerer({ maxRetries: 2 }).llm.answer(ask('Cost?'));

    expect(answer.mode).toBe('llm');
    expect(double.requests).toHaveLength(2);
    // The client's own backoff before a first retry is at most 0.5 s, so a longer wait can only be retry-after's.
    expect(double.requests[1]!.at - double.requests[0]!.at).toBeGreaterThanOrEqual(590);
  });

  it('falls back with a note after a 500 on every attempt', async () => {
    const fail = { kind: 'status', status: 500, headers: { 'retry-after-ms': '5' } } as const;
    double.reply(fail, fail, fail);
    const answer = await answerer({ maxRetries: 2 }).llm.answer(ask('Cost?'));

    expect(double.requests).toHaveLength(3);
    expect(answer.mode).toBe('extractive');
    expect(answer.answer).toBe(`${PASSAGES[0]!.text} [1]`);
    expect(answer.note).toBe('The language model could not be reached (server error, HTTP 500 after 3 attempts); this is the extractive answer.');
  });

  it('falls back with a note when the server does not answer in time', async () => {
    double.reply({ kind: 'hang' });
    const answer = await answerer({ timeoutMs: 100, maxRetries: 0 }).llm.answer(ask('Cost?'));

    expect(answer.mode).toBe('extractive');
    expect(answer.note).toMatch(/^The language model could not be reached \(timed out/);
  });

  it('falls back with a note when a stream stops halfway', async () => {
    double.reply({ kind: 'stall', chunksBefore: ['It costs ', '4.2 million euros [3]'] });
    const answer = await answerer({ timeoutMs: 100, maxRetries: 0 }).llm.answer(ask('Cost?'));

    expect(answer.mode).toBe('extractive');
    expect(answer.note).toBe('The language model could not be reached (timed out: no reply for 100 ms); this is the extractive answer.');
  });

  it('falls back with a note when nothing listens at the base URL', async () => {
    const url = double.baseURL;
    await double.close();
    const client = new LlmClient(testConfig(url, { maxRetries: 0 }));
    const answer = await new LlmAnswerer({ client, fallback: extractive }).answer(ask('Cost?'));

    expect(answer.mode).toBe('extractive');
    expect(answer.note).toMatch(/^The language model could not be reached \(cannot connect: ECONNREFUSED\)/);
    double = await OpenAiDouble.start();
  });

  it("passes on the reader's own abort instead of answering", async () => {
    double.reply({ kind: 'hang' });
    const controller = new AbortController();
    const pending = answerer().llm.answer(ask('Cost?', { signal: controller.signal }));
    setTimeout(() => controller.abort(new Error('reader left')), 20);
    await expect(pending).rejects.toThrow('reader left');
    expect(extractive.requests).toHaveLength(0);
  });
});

describe('LlmAnswerer: follow-ups', () => {
  const history = [{ question: 'Who campaigned for the ferry?', answer: 'Harbour master Ines Carvalho campaigned for it [2].' }];

  it('rewrites a follow-up into a standalone question with the conversation as data', async () => {
    double.reply({ kind: 'text', text: 'Standalone question: "What did Ines Carvalho say about the ferry?"' });
    const rewritten = await answerer().llm.rewriteQuestion('What did she say about it?', history);

    expect(rewritten).toBe('What did Ines Carvalho say about the ferry?');
    const [system, user] = double.messages();
    expect(system!.role).toBe('system');
    expect(user!.content).toContain('<conversation>');
    expect(user!.content).toContain('Follow-up question: What did she say about it?');
  });

  it('returns a question unchanged, without a call, when there is no history', async () => {
    expect(await answerer().llm.rewriteQuestion('Who voted?', [])).toBe('Who voted?');
    expect(double.requests).toHaveLength(0);
  });

  it('falls back to the extractive rewrite when the model cannot be reached', async () => {
    double.reply({ kind: 'status', status: 503, headers: { 'x-should-retry': 'false' } });
    const { llm } = answerer({}, (question) => `${question} (Ines Carvalho)`);
    expect(await llm.rewriteQuestion('What did she say?', history)).toBe('What did she say? (Ines Carvalho)');
  });

  it('answers with the history in the prompt, its old citation numbers stripped', async () => {
    double.reply({ kind: 'text', text: 'She said the boat will carry islanders to work [2].' });
    const answer = await answerer().llm.answer(ask('What did she say?', { history }));

    expect(answer.citations.map((c) => c.paragraph)).toEqual([2]);
    const roles = double.messages().map((m) => m.role);
    expect(roles).toEqual(['system', 'user', 'assistant', 'user']);
    expect(double.messages()[2]!.content).toBe('Harbour master Ines Carvalho campaigned for it.');
  });
});
