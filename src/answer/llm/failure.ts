import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  ContentFilterFinishReasonError,
  LengthFinishReasonError,
} from 'openai/core/error';
import { ZodError } from 'zod';

/**
 * Why an LLM call gave nothing usable, in words a reader can be shown. `unreachable`: no reply came (refused
 * connection, timeout, HTTP errors after the retries); `unusable`: a reply came but could not be used
 * (a garbled stream, a structured reply that does not match its schema).
 */
export class LlmFailure extends Error {
  override name = 'LlmFailure';

  constructor(
    readonly reason: string,
    readonly kind: 'unreachable' | 'unusable',
    options?: { cause?: unknown },
  ) {
    super(`${kind === 'unreachable' ? 'The language model could not be reached' : "The language model's reply could not be used"} (${reason})`, options);
  }

  /** The note shown on an answer that fell back to the extractive answerer because of this failure. */
  fallbackNote(what = 'answer'): string {
    return `${this.message}; this is the extractive ${what}.`;
  }
}

export interface FailureContext {
  model: string;
  timeoutMs: number;
  /** Attempts the client makes for a retryable status before giving up. */
  attempts: number;
  /** A `retry-after` longer than this was not waited for. */
  longestRetryWaitMs: number;
}

/** The `LlmFailure` for whatever an `openai` call threw. */
export function describeFailure(error: unknown, context: FailureContext): LlmFailure {
  if (error instanceof LlmFailure) return error;
  const unreachable = (reason: string) => new LlmFailure(reason, 'unreachable', { cause: error });
  const unusable = (reason: string) => new LlmFailure(reason, 'unusable', { cause: error });

  if (error instanceof APIConnectionTimeoutError) return unreachable(`timed out: no reply for ${seconds(context.timeoutMs)}`);
  if (error instanceof APIConnectionError) return unreachable(`cannot connect: ${connectionCause(error)}`);
  if (error instanceof APIError) {
    const status = error.status;
    if (status === undefined) return unusable(`the server reported an error mid-reply: ${error.message}`);
    const wait = retryWaitMs(error.headers);
    const tries = wait !== undefined && wait > context.longestRetryWaitMs ? `, asked to retry after ${seconds(wait)}` : ` after ${context.attempts} attempts`;
    if (status === 429) return unreachable(`rate limited, HTTP 429${tries}`);
    if (status >= 500) return unreachable(`server error, HTTP ${status}${tries}`);
    if (status === 401 || status === 403) return unreachable(`the server refused the API key, HTTP ${status}`);
    if (status === 404) return unreachable(`HTTP 404: the server has no model "${context.model}" or the base URL is wrong`);
    return unreachable(`HTTP ${status}: ${error.message}`);
  }
  if (error instanceof SyntaxError) return unusable('a streamed chunk was not valid JSON');
  if (error instanceof ZodError) return unusable('the structured reply did not match its schema');
  if (error instanceof LengthFinishReasonError) return unusable('the reply was cut off at the length limit');
  if (error instanceof ContentFilterFinishReasonError) return unusable("the server's content filter stopped the reply");
  return unusable(error instanceof Error ? error.message : String(error));
}

export function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}

function connectionCause(error: APIConnectionError): string {
  const cause = error.cause as { code?: unknown; cause?: { code?: unknown } } | undefined;
  const code = cause?.code ?? cause?.cause?.code;
  return typeof code === 'string' ? code : error.message;
}

/** How long a reply asks the client to wait before retrying (`retry-after-ms`, or `retry-after` in seconds or as a date). */
export function retryWaitMs(headers: Headers | undefined): number | undefined {
  const milliseconds = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (!Number.isNaN(milliseconds)) return milliseconds;
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const secondsToWait = Number.parseFloat(value);
  if (!Number.isNaN(secondsToWait)) return secondsToWait * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : date - Date.now();
}
