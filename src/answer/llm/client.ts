import { OpenAI } from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { CompletionUsage } from 'openai/resources/completions';
import pLimit, { type LimitFunction } from 'p-limit';
import type { z } from 'zod';
import type { LlmConfig } from '../../config.js';
import type { Usage } from '../schema.js';
import { LlmFailure, describeFailure, retryWaitMs, seconds } from './failure.js';

/** The part of a pino logger this module uses: one line per LLM call. */
export interface LlmLogger {
  info(details: object, message?: string): void;
  warn(details: object, message?: string): void;
}

export interface LlmCallOptions {
  /** What the call is for ("answer", "rewrite", "summary"); it goes into the log line. */
  purpose: string;
  signal?: AbortSignal;
}

export interface LlmStreamOptions extends LlmCallOptions {
  /** Called with the whole reply so far each time a piece of it arrives. */
  onText?: (textSoFar: string) => void;
}

export interface LlmReply<T = string> {
  value: T;
  /** Null when the server does not report usage. */
  usage: Usage | null;
  /** From the call being queued to its last byte, retries included. */
  latencyMs: number;
}

// Local servers need no key, but the client insists on one; they ignore whatever is sent.
const PLACEHOLDER_API_KEY = 'no-key';
const OPENAI_BASE_URL = 'https://api.openai.com/v1';

/**
 * One OpenAI-compatible endpoint, reached through the `openai` package, shared by everything that calls it.
 *
 * - Retries: the client's own (`maxRetries`), which back off exponentially and honour `retry-after` on 429
 *   and 5xx replies.
 * - Timeouts: `timeoutMs` bounds each wait for the server, both for a reply to begin (per attempt) and
 *   between two pieces of a streamed reply. A whole call, queue, retries and waits included, gets
 *   `timeoutMs × (maxRetries + 2)` (every attempt's wait, and as long again for the reply to stream in), so
 *   a long `retry-after` or a trickling reply cannot hold a reader for ever.
 * - Concurrency: at most `concurrency` calls are in flight; the rest wait in a queue (the whole-call
 *   deadline runs while they wait, so a long queue ends in fallbacks rather than in silence).
 */
export class LlmClient {
  readonly model: string;
  private readonly openai: OpenAI;
  private readonly limit: LimitFunction;
  private readonly timeoutMs: number;
  private readonly maxRetries: number;
  private readonly logger: LlmLogger | undefined;

  constructor(config: LlmConfig, options: { logger?: LlmLogger } = {}) {
    this.model = config.model;
    this.timeoutMs = config.timeoutMs;
    this.maxRetries = config.maxRetries;
    this.logger = options.logger;
    this.limit = pLimit(config.concurrency);
    // Every setting is passed explicitly: the client would otherwise read the environment itself.
    this.openai = new OpenAI({
      apiKey: config.apiKey ?? PLACEHOLDER_API_KEY,
      baseURL: config.baseURL ?? OPENAI_BASE_URL,
      organization: null,
      project: null,
      timeout: config.timeoutMs,
      maxRetries: config.maxRetries,
      // Failures are reported through LlmFailure and our logger; the client's own logging would print raw chunks.
      logLevel: 'off',
      fetch: refusingLongRetryWaits(config.timeoutMs),
    });
  }

  /** Calls waiting for a free slot, and calls in flight. */
  get load(): { queued: number; active: number } {
    return { queued: this.limit.pendingCount, active: this.limit.activeCount };
  }

  /** A streamed chat completion: its text, reported piece by piece through `onText`. */
  stream(messages: ChatCompletionMessageParam[], options: LlmStreamOptions): Promise<LlmReply> {
    return this.call(options, async (signal, heardFrom) => {
      const stream = await this.openai.chat.completions.create(
        { model: this.model, messages, stream: true, stream_options: { include_usage: true } },
        { signal },
      );
      let text = '';
      let usage: Usage | null = null;
      heardFrom();
      for await (const chunk of stream) {
        heardFrom();
        // Some servers send chunks without choices (the usage chunk, keep-alives); the types do not say so.
        const piece = chunk.choices?.[0]?.delta?.content;
        if (piece) {
          text += piece;
          options.onText?.(text);
        }
        if (chunk.usage) usage = toUsage(chunk.usage);
      }
      return { value: text, usage };
    });
  }

  /** A chat completion in one piece (for short replies where streaming buys nothing). */
  complete(messages: ChatCompletionMessageParam[], options: LlmCallOptions): Promise<LlmReply> {
    return this.call(options, async (signal) => {
      const completion = await this.openai.chat.completions.create({ model: this.model, messages }, { signal });
      return { value: completion.choices[0]?.message.content ?? '', usage: toUsage(completion.usage) };
    });
  }

  /** A reply that must match `schema`, asked for as structured output through the client's zod helper. */
  structured<Schema extends z.ZodType>(
    messages: ChatCompletionMessageParam[],
    schema: Schema,
    name: string,
    options: LlmCallOptions,
  ): Promise<LlmReply<z.output<Schema>>> {
    return this.call(options, async (signal) => {
      const completion = await this.openai.chat.completions.parse(
        { model: this.model, messages, response_format: zodResponseFormat(schema, name) },
        { signal },
      );
      const message = completion.choices[0]?.message;
      if (message?.refusal) throw new LlmFailure(`the model declined: ${message.refusal}`, 'unusable');
      if (message?.parsed === undefined || message.parsed === null) throw new LlmFailure('the reply was empty', 'unusable');
      return { value: message.parsed as z.output<Schema>, usage: toUsage(completion.usage) };
    });
  }

  /**
   * Runs one call in a queue slot under the timeouts, turns whatever goes wrong into an `LlmFailure` (a
   * reader's own abort is passed on as it is), and logs one line.
   */
  private async call<T>(
    options: LlmCallOptions,
    work: (signal: AbortSignal, heardFrom: () => void) => Promise<{ value: T; usage: Usage | null }>,
  ): Promise<LlmReply<T>> {
    const queuedAt = performance.now();
    let startedAt = queuedAt;
    const watch = new CallWatch(this.timeoutMs, this.timeoutMs * (this.maxRetries + 2), options.signal);
    try {
      const { value, usage } = await this.limit(async () => {
        startedAt = performance.now();
        return watch.guard(() => work(watch.signal, () => watch.heardFrom()));
      });
      const latencyMs = Math.round(performance.now() - queuedAt);
      this.logger?.info({ purpose: options.purpose, model: this.model, latencyMs, waitedMs: Math.round(startedAt - queuedAt), ...usage }, 'llm call');
      return { value, usage, latencyMs };
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      const failure = describeFailure(error, { model: this.model, timeoutMs: this.timeoutMs, attempts: this.maxRetries + 1, longestRetryWaitMs: this.timeoutMs });
      const latencyMs = Math.round(performance.now() - queuedAt);
      this.logger?.warn({ purpose: options.purpose, model: this.model, latencyMs, reason: failure.reason }, 'llm call failed');
      throw failure;
    } finally {
      watch.stop();
    }
  }
}

/**
 * The timeouts of one call, as one AbortSignal: the whole-call deadline, the silence allowed between two
 * pieces of a stream, and the reader's own signal.
 */
class CallWatch {
  private readonly controller = new AbortController();
  private readonly deadline: NodeJS.Timeout;
  private silence: NodeJS.Timeout | undefined;
  private readonly aborted: Promise<never>;
  private readonly forwardAbort = () => this.controller.abort(this.readerSignal?.reason);

  constructor(
    private readonly silenceMs: number,
    deadlineMs: number,
    private readonly readerSignal: AbortSignal | undefined,
  ) {
    this.deadline = setTimeout(
      () => this.controller.abort(new LlmFailure(`timed out: no complete reply within ${seconds(deadlineMs)}`, 'unreachable')),
      deadlineMs,
    );
    if (readerSignal?.aborted) this.forwardAbort();
    readerSignal?.addEventListener('abort', this.forwardAbort, { once: true });
    this.aborted = new Promise<never>((_, reject) => {
      this.controller.signal.addEventListener('abort', () => reject(this.controller.signal.reason), { once: true });
    });
    this.aborted.catch(() => {});
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The server said something: restart the silence timer. */
  heardFrom(): void {
    clearTimeout(this.silence);
    this.silence = setTimeout(
      () => this.controller.abort(new LlmFailure(`timed out: no reply for ${seconds(this.silenceMs)}`, 'unreachable')),
      this.silenceMs,
    );
  }

  /**
   * Settles with `work` or with the abort, whichever comes first. The client sleeps through `retry-after`
   * without looking at the signal, and a stream it aborts just ends, so neither can be trusted to stop.
   */
  async guard<T>(start: () => Promise<T>): Promise<T> {
    // The deadline may have passed while the call waited in the queue.
    if (this.controller.signal.aborted) throw this.controller.signal.reason;
    const work = start();
    work.catch(() => {});
    const result = await Promise.race([work, this.aborted]);
    if (this.controller.signal.aborted) throw this.controller.signal.reason;
    return result;
  }

  stop(): void {
    clearTimeout(this.deadline);
    clearTimeout(this.silence);
    this.readerSignal?.removeEventListener('abort', this.forwardAbort);
  }
}

/**
 * The client sleeps through any `retry-after`, however long, and its timer keeps the process alive. A wait
 * longer than one timeout is not worth a reader's time: such a reply is marked not to be retried, and
 * the call fails at once (the server still decides every shorter wait).
 */
function refusingLongRetryWaits(longestWaitMs: number): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const wait = retryWaitMs(response.headers);
    if (response.ok || wait === undefined || wait <= longestWaitMs) return response;
    const headers = new Headers(response.headers);
    headers.set('x-should-retry', 'false');
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}

function toUsage(usage: CompletionUsage | null | undefined): Usage | null {
  if (!usage) return null;
  return { promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens, totalTokens: usage.total_tokens };
}
