import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLlm } from '../../../src/answer/llm/index.js';
import { loadCorpus } from '../../../src/corpus/load.js';
import { OpenAiDouble } from '../../doubles/openai.js';
import { FakeExtractiveAnswerer, ask, testConfig } from './helpers.js';

let double: OpenAiDouble;
beforeEach(async () => {
  double = await OpenAiDouble.start();
});
afterEach(async () => {
  await double.close();
});

describe('createLlm', () => {
  it('gives the answerer and the analyst one client, so they share its concurrency limit', async () => {
    double.reply(
      { kind: 'text', text: 'It costs 4.2 million euros [3].', chunkSize: 4, delayMs: 5 },
      { kind: 'json', value: { points: [{ text: 'A ferry was approved.', paragraphs: [1] }] } },
    );
    const llm = createLlm(testConfig(double.baseURL, { concurrency: 1 }), { fallback: new FakeExtractiveAnswerer(), cacheDir: null });
    const corpus = await loadCorpus('test/fixtures/llm-injection');

    const [answer, summary] = await Promise.all([
      llm.answerer.answer(ask('Cost?')),
      llm.analyst.summary(corpus, () => ({ points: [], mode: 'extractive' })),
    ]);
    expect(answer.mode).toBe('llm');
    expect(summary.mode).toBe('llm');
    expect(double.maxInFlight).toBe(1);
  });
});
