import type { LlmConfig } from '../../../src/config.js';
import { citationFor } from '../../../src/answer/citations.js';
import type { Answer, AnswerRequest, Answerer } from '../../../src/answer/schema.js';
import type { Passage } from '../../../src/search/schema.js';
import type { LlmLogger } from '../../../src/answer/llm/client.js';

/** Four passages of an invented article, numbered 1 to 4 in the prompt. */
export const PASSAGES: Passage[] = [
  'The town council voted 7 to 2 on Tuesday to fund a new electric ferry between the harbour and Gull Island.',
  '"This boat will carry islanders to work for the next thirty years," said harbour master Ines Carvalho.',
  'The ferry is expected to cost 4.2 million euros, according to the council\'s budget papers.',
  'It should enter service in the spring of 2027.',
].map((text, index) => ({
  article: 'harbour-ferry',
  paragraph: index + 1,
  text,
  section: null,
  url: 'https://example.org/news/harbour-ferry',
  title: 'Council Approves New Harbour Ferry',
  score: 10 - index,
}));

/** Settings that keep tests fast: short timeouts, quick retries. */
export function testConfig(baseURL: string, overrides: Partial<LlmConfig> = {}): LlmConfig {
  return { apiKey: undefined, baseURL, model: 'test-model', timeoutMs: 2_000, maxRetries: 0, concurrency: 4, ...overrides };
}

/** A stand-in for the extractive answerer: cites the first passage and records what it was asked. */
export class FakeExtractiveAnswerer implements Answerer {
  readonly mode = 'extractive' as const;
  readonly requests: AnswerRequest[] = [];

  async answer(request: AnswerRequest): Promise<Answer> {
    this.requests.push(request);
    const first = request.passages[0];
    if (!first) {
      return { question: request.question, answered: false, answer: "The story doesn't say.", citations: [], mode: 'extractive', note: null, usage: null, latencyMs: 0 };
    }
    return {
      question: request.question,
      answered: true,
      answer: `${first.text} [1]`,
      citations: [citationFor(first, 1)],
      mode: 'extractive',
      note: null,
      usage: null,
      latencyMs: 0,
    };
  }
}

export interface LogLine {
  level: 'info' | 'warn';
  details: object;
  message: string | undefined;
}

/** A logger that keeps its lines for the test to read. */
export function memoryLogger(): LlmLogger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  return {
    lines,
    info: (details, message) => lines.push({ level: 'info', details, message }),
    warn: (details, message) => lines.push({ level: 'warn', details, message }),
  };
}

export function ask(question: string, overrides: Partial<AnswerRequest> = {}): AnswerRequest {
  return { question, passages: PASSAGES, history: [], ...overrides };
}
