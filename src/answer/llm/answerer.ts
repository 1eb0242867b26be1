import type { Answer, AnswerRequest, Answerer, Turn, Usage } from '../schema.js';
import type { LlmClient, LlmLogger } from './client.js';
import { LlmFailure } from './failure.js';
import { type GroundedAnswer, groundAnswer, previewAnswer } from './ground.js';
import { stripReasoning } from './markers.js';
import { answerMessages, rewriteMessages } from './prompt.js';

export interface LlmAnswererOptions {
  /** The endpoint; share one between the answerer and the analyst so they share its concurrency limit. */
  client: LlmClient;
  /**
   * Answers when the LLM cannot (unreachable, garbled reply) or should not be trusted (nothing cited that
   * was given). Its answer is returned with a note that says why.
   */
  fallback: Answerer;
  /**
   * Rewrites a follow-up into a standalone question without the LLM, used when the LLM rewrite fails.
   * Without it the follow-up is searched as it was asked.
   */
  rewriteFallback?: (question: string, history: readonly Turn[]) => string;
  /** Told about onText callbacks that throw; the LLM calls themselves are logged by the client. */
  logger?: LlmLogger;
}

const UNGROUNDED_NOTE =
  "The language model's answer cited none of the passages it was given, so it is not shown; this is the extractive answer.";

// A standalone question longer than this is the model answering or rambling, not rewriting.
const LONGEST_REWRITE = 300;

/**
 * Answers from the retrieved passages with an LLM, and never shows an answer that is not grounded in them:
 * every reply goes through `groundAnswer`, and whatever cannot be grounded, or cannot be had at all, is
 * answered by the fallback answerer with a note saying so.
 *
 * Streaming: `request.onText` receives a preview of the answer as it arrives (each value extends the one
 * before); the returned `Answer` holds the final, checked text, which may differ from the last preview.
 * A fallback answer is not previewed.
 */
export class LlmAnswerer implements Answerer {
  readonly mode = 'llm' as const;
  private readonly client: LlmClient;
  private readonly fallback: Answerer;
  private readonly rewriteFallback: LlmAnswererOptions['rewriteFallback'];
  private readonly logger: LlmLogger | undefined;

  constructor(options: LlmAnswererOptions) {
    this.client = options.client;
    this.fallback = options.fallback;
    this.rewriteFallback = options.rewriteFallback;
    this.logger = options.logger;
  }

  async answer(request: AnswerRequest): Promise<Answer> {
    const startedAt = performance.now();
    // With nothing retrieved there is nothing to cite; the fallback says the story does not tell, for free.
    if (request.passages.length === 0) return this.fallback.answer({ ...request, onText: undefined });

    let reply;
    try {
      reply = await this.client.stream(answerMessages(request.question, request.passages, request.history), {
        purpose: 'answer',
        signal: request.signal,
        onText: this.previewer(request),
      });
    } catch (error) {
      if (error instanceof LlmFailure) return this.fallBack(request, error.fallbackNote(), null, startedAt);
      throw error;
    }

    if (stripReasoning(reply.value).trim() === '') {
      return this.fallBack(request, new LlmFailure('the reply was empty', 'unusable').fallbackNote(), reply.usage, startedAt);
    }
    const grounded = groundAnswer(reply.value, request.passages);
    if (grounded.status === 'ungrounded') return this.fallBack(request, UNGROUNDED_NOTE, reply.usage, startedAt);
    return {
      question: request.question,
      answered: grounded.status === 'grounded',
      answer: grounded.text,
      citations: grounded.citations,
      mode: 'llm',
      note: removalNote(grounded),
      usage: reply.usage,
      latencyMs: elapsedSince(startedAt),
    };
  }

  /**
   * A follow-up ("what did he say next?") as a question that stands on its own, for retrieval. Returns the
   * question unchanged when there is no history; falls back to `rewriteFallback` when the LLM fails.
   */
  async rewriteQuestion(question: string, history: readonly Turn[], signal?: AbortSignal): Promise<string> {
    if (history.length === 0) return question;
    try {
      const reply = await this.client.complete(rewriteMessages(question, history), { purpose: 'rewrite', signal });
      const rewritten = cleanRewrite(reply.value);
      if (rewritten !== null) return rewritten;
    } catch (error) {
      if (!(error instanceof LlmFailure)) throw error;
    }
    return this.rewriteFallback?.(question, history) ?? question;
  }

  private previewer(request: AnswerRequest): ((textSoFar: string) => void) | undefined {
    const onText = request.onText;
    if (!onText) return undefined;
    let shown = '';
    return (textSoFar) => {
      const preview = previewAnswer(textSoFar, request.passages.length);
      if (preview === shown) return;
      shown = preview;
      try {
        onText(preview);
      } catch (error) {
        // A front end's rendering bug must not cost the reader the answer.
        this.logger?.warn({ error: String(error) }, 'onText callback threw');
      }
    };
  }

  private async fallBack(request: AnswerRequest, note: string, usage: Usage | null, startedAt: number): Promise<Answer> {
    const answer = await this.fallback.answer({ ...request, onText: undefined });
    return {
      ...answer,
      note: answer.note ? `${note} ${answer.note}` : note,
      // Tokens spent on a reply that was not shown are still spent.
      usage: usage ?? answer.usage,
      latencyMs: elapsedSince(startedAt),
    };
  }
}

function removalNote(grounded: GroundedAnswer): string | null {
  const removed = grounded.removedSentences;
  if (removed === 0) return null;
  return removed === 1
    ? 'One sentence was left out because it cited only passages the model was not given.'
    : `${removed} sentences were left out because they cited only passages the model was not given.`;
}

/** The first line of the reply, without a label or quotation marks, or null when that is no question. */
function cleanRewrite(reply: string): string | null {
  const line = stripReasoning(reply)
    .split('\n')
    .map((candidate) => candidate.trim())
    .find((candidate) => candidate !== '');
  if (line === undefined) return null;
  const bare = line
    .replace(/^(?:standalone\s+)?(?:question|rewritten(?:\s+question)?)\s*:\s*/i, '')
    .replace(/^["'\u201C\u2018]+|["'\u201D\u2019]+$/g, '')
    .trim();
  return bare === '' || bare.length > LONGEST_REWRITE ? null : bare;
}

function elapsedSince(startedAt: number): number {
  return Math.round(performance.now() - startedAt);
}
