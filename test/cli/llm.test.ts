import { afterEach, describe, expect, it } from 'vitest';
import { cliContext } from '../../src/cli/context.js';
import { runCli } from '../../src/cli/program.js';
import { parseConfig } from '../../src/config.js';
import { OpenAiDouble } from '../doubles/openai.js';

const doubles: OpenAiDouble[] = [];
afterEach(async () => {
  await Promise.all(doubles.splice(0).map((double) => double.close()));
});

/** `storybot <argv>` as a user runs it, with OPENAI_BASE_URL pointing at `baseURL`; every write to stdout kept apart. */
async function storybot(baseURL: string, argv: string[]): Promise<{ code: number; writes: string[] }> {
  const context = cliContext(
    parseConfig({ OPENAI_BASE_URL: baseURL, OPENAI_MODEL: 'test-model', LLM_TIMEOUT_MS: '2000', LLM_MAX_RETRIES: '0', CACHE_DIR: '', LOG_LEVEL: 'silent' }),
  );
  const writes: string[] = [];
  context.io.stdout = { write: (text: string) => writes.push(text) };
  const code = await runCli(argv, context);
  return { code, writes };
}

async function askJson(baseURL: string, question: string): Promise<{ code: number; answer: Record<string, unknown> }> {
  const { code, writes } = await storybot(baseURL, ['ask', '--json', question]);
  return { code, answer: JSON.parse(writes.join('')) };
}

describe('storybot ask with an OpenAI-compatible server', () => {
  it('answers in llm mode with only the citations the passages support', async () => {
    const double = await OpenAiDouble.start();
    doubles.push(double);
    double.reply({ kind: 'text', text: 'They will meet in Budapest [1]. The Tomahawk has a range of 1,600 km [42].', usage: { prompt_tokens: 900, completion_tokens: 20 } });
    const { code, answer } = await askJson(double.baseURL, 'Where will Trump meet Putin?');
    expect(code).toBe(0);
    expect(answer).toMatchObject({ mode: 'llm', answered: true, answer: 'They will meet in Budapest [1].' });
    expect(answer.citations).toHaveLength(1);
    expect(answer.usage).toMatchObject({ promptTokens: 900, completionTokens: 20 });
  });

  it('falls back to the extractive answer with a note, and exit code 0, when the server is down', async () => {
    const double = await OpenAiDouble.start();
    const url = double.baseURL;
    await double.close();
    const { code, answer } = await askJson(url, 'Where will Trump meet Putin?');
    expect(code).toBe(0);
    expect(answer).toMatchObject({ mode: 'extractive', answered: true, note: expect.stringMatching(/could not be reached/) });
    expect(answer.answer).toMatch(/Budapest/);
  });

  it('prints the answer as it streams, then the sources', async () => {
    const double = await OpenAiDouble.start();
    doubles.push(double);
    double.reply({ kind: 'chunks', chunks: ['They will ', 'meet in ', 'Budapest ', '[1].'], delayMs: 20 });
    const { code, writes } = await storybot(double.baseURL, ['ask', 'Where will Trump meet Putin?']);
    expect(code).toBe(0);
    const beforeSources = writes.slice(0, writes.findIndex((text) => text.includes('Sources')));
    expect(beforeSources.length).toBeGreaterThanOrEqual(3);
    expect(beforeSources.join('')).toContain('They will meet in Budapest [1].');
    expect(writes.join('')).toMatch(/Sources\n {2}\[1\] trump-putin-budapest ¶/);
  });
});
