import type { LlmConfig } from '../../config.js';
import type { Answerer, Turn } from '../schema.js';
import { LlmAnalyst } from './analyst.js';
import { LlmAnswerer } from './answerer.js';
import { LlmClient, type LlmLogger } from './client.js';

export { LlmAnalyst, type LlmAnalystOptions } from './analyst.js';
export { LlmAnswerer, type LlmAnswererOptions } from './answerer.js';
export { LlmClient, type LlmLogger, type LlmReply } from './client.js';
export { LlmFailure } from './failure.js';
export { groundAnswer, previewAnswer, type GroundedAnswer } from './ground.js';

export interface LlmSetupOptions {
  /** The extractive answerer, which answers whenever the LLM cannot. */
  fallback: Answerer;
  /** The extractive follow-up rewrite, used when the LLM rewrite fails. */
  rewriteFallback?: (question: string, history: readonly Turn[]) => string;
  /** Where summaries and facts are cached (`config.cacheDir`); null keeps them in memory only. */
  cacheDir: string | null;
  logger?: LlmLogger;
}

export interface Llm {
  client: LlmClient;
  answerer: LlmAnswerer;
  analyst: LlmAnalyst;
}

/** The LLM pieces for one configuration, sharing one client and so one concurrency limit. */
export function createLlm(config: LlmConfig, options: LlmSetupOptions): Llm {
  const client = new LlmClient(config, { logger: options.logger });
  return {
    client,
    answerer: new LlmAnswerer({ client, fallback: options.fallback, rewriteFallback: options.rewriteFallback, logger: options.logger }),
    analyst: new LlmAnalyst({ client, cacheDir: options.cacheDir, logger: options.logger }),
  };
}
