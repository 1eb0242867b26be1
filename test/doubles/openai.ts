import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';

/**
 * An OpenAI-compatible server for tests: `POST /v1/chat/completions` on 127.0.0.1, answering in plain JSON
 * or, when the request asks for `stream: true`, in server-sent events ending with a `usage` chunk when
 * `stream_options.include_usage` is set. Each test scripts the replies, in order; every request is recorded.
 * The real `openai` client talks to it through `baseURL`.
 */

export interface ScriptedUsage {
  prompt_tokens: number;
  completion_tokens: number;
}

/** What the double does with one request. */
export type ScriptedReply =
  /** A reply with this text: streamed in pieces of `chunkSize` characters, `delayMs` apart, when asked to stream. */
  | { kind: 'text'; text: string; chunkSize?: number; delayMs?: number; usage?: ScriptedUsage }
  /** A streamed reply of exactly these pieces, `delayMs` apart. */
  | { kind: 'chunks'; chunks: string[]; delayMs?: number; usage?: ScriptedUsage }
  /** A structured reply: `value` as JSON text in the message content. */
  | { kind: 'json'; value: unknown; usage?: ScriptedUsage }
  /** An error status, e.g. 429 with `{ 'retry-after': '1' }`. */
  | { kind: 'status'; status: number; headers?: Record<string, string>; message?: string }
  /** A stream that sends `chunksBefore`, then a `data:` line that is not JSON, then ends. */
  | { kind: 'malformed'; chunksBefore?: string[] }
  /** No reply at all: the request is held open until the client gives up. */
  | { kind: 'hang' }
  /** A stream that sends `chunksBefore` and then falls silent without ending. */
  | { kind: 'stall'; chunksBefore: string[] };

const ChatRequest = z.looseObject({
  model: z.string(),
  messages: z.array(z.looseObject({ role: z.string(), content: z.unknown() })),
  stream: z.boolean().optional(),
  stream_options: z.looseObject({ include_usage: z.boolean().optional() }).optional(),
  response_format: z.unknown().optional(),
});
export type ChatRequest = z.infer<typeof ChatRequest>;

export interface RecordedRequest {
  body: ChatRequest;
  headers: IncomingMessage['headers'];
  /** `performance.now()` when the request arrived. */
  at: number;
}

// When a test runs out of script the client should fail at once, not retry.
const UNSCRIPTED: ScriptedReply = { kind: 'status', status: 500, headers: { 'x-should-retry': 'false' }, message: 'the double has no scripted reply' };

export class OpenAiDouble {
  readonly requests: RecordedRequest[] = [];
  /** The most requests that were being answered at the same moment. */
  maxInFlight = 0;
  private inFlight = 0;
  private readonly script: Array<ScriptedReply | ((request: ChatRequest) => ScriptedReply)> = [];

  private constructor(
    private readonly server: Server,
    readonly baseURL: string,
  ) {}

  static async start(): Promise<OpenAiDouble> {
    let double: OpenAiDouble | undefined;
    const server = createServer((req, res) => {
      void double!.handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    double = new OpenAiDouble(server, `http://127.0.0.1:${port}/v1`);
    return double;
  }

  /** Queues replies for the next requests, in order (a function decides from the request). */
  reply(...replies: Array<ScriptedReply | ((request: ChatRequest) => ScriptedReply)>): this {
    this.script.push(...replies);
    return this;
  }

  /** Replies still queued. */
  get pending(): number {
    return this.script.length;
  }

  /** The messages of the `index`th request (the last when omitted). */
  messages(index = this.requests.length - 1): ChatRequest['messages'] {
    const request = this.requests.at(index);
    if (!request) throw new Error(`the double received no request #${index}`);
    return request.body.messages;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      sendJson(res, 404, { error: { message: `no route for ${req.method} ${req.url}`, type: 'invalid_request_error' } });
      return;
    }
    const parsed = ChatRequest.safeParse(parseJson(await readBody(req)));
    if (!parsed.success) {
      sendJson(res, 400, { error: { message: parsed.error.message, type: 'invalid_request_error' } });
      return;
    }
    const body = parsed.data;
    this.requests.push({ body, headers: req.headers, at });
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    res.on('close', () => this.inFlight--);

    const next = this.script.shift() ?? UNSCRIPTED;
    const reply = typeof next === 'function' ? next(body) : next;
    await respond(reply, body, res);
  }
}

async function respond(reply: ScriptedReply, body: ChatRequest, res: ServerResponse): Promise<void> {
  switch (reply.kind) {
    case 'status':
      sendJson(res, reply.status, { error: { message: reply.message ?? `scripted HTTP ${reply.status}`, type: 'scripted' } }, reply.headers);
      return;
    case 'hang':
      return;
    case 'json':
      return respondWithText(JSON.stringify(reply.value), body, res, { usage: reply.usage });
    case 'text':
      return respondWithText(reply.text, body, res, { chunks: splitEvery(reply.text, reply.chunkSize ?? 8), delayMs: reply.delayMs, usage: reply.usage });
    case 'chunks':
      return respondWithText(reply.chunks.join(''), body, res, { chunks: reply.chunks, delayMs: reply.delayMs, usage: reply.usage });
    case 'malformed':
      startStream(res);
      for (const piece of reply.chunksBefore ?? []) writeEvent(res, chunk(body.model, { content: piece }));
      res.end('data: {"id":"chatcmpl-double","choices":[{"delta":{"content":"broken\n\n');
      return;
    case 'stall':
      startStream(res);
      for (const piece of reply.chunksBefore) writeEvent(res, chunk(body.model, { content: piece }));
      return;
  }
}

async function respondWithText(
  text: string,
  body: ChatRequest,
  res: ServerResponse,
  options: { chunks?: string[]; delayMs?: number | undefined; usage?: ScriptedUsage | undefined },
): Promise<void> {
  const usage = usageFor(text, body, options.usage);
  if (!body.stream) {
    sendJson(res, 200, {
      id: 'chatcmpl-double',
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [{ index: 0, message: { role: 'assistant', content: text, refusal: null }, finish_reason: 'stop', logprobs: null }],
      usage,
    });
    return;
  }
  startStream(res);
  writeEvent(res, chunk(body.model, { role: 'assistant', content: '' }));
  for (const piece of options.chunks ?? [text]) {
    if (options.delayMs) await sleep(options.delayMs);
    if (res.destroyed) return;
    writeEvent(res, chunk(body.model, { content: piece }));
  }
  writeEvent(res, chunk(body.model, {}, 'stop'));
  if (body.stream_options?.include_usage) writeEvent(res, { ...chunk(body.model, {}), choices: [], usage });
  res.end('data: [DONE]\n\n');
}

function chunk(model: string, delta: Record<string, string>, finishReason: string | null = null) {
  return {
    id: 'chatcmpl-double',
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null }],
  };
}

function usageFor(text: string, body: ChatRequest, scripted: ScriptedUsage | undefined) {
  const promptChars = body.messages.reduce((sum, message) => sum + JSON.stringify(message.content).length, 0);
  const counts = scripted ?? { prompt_tokens: Math.ceil(promptChars / 4), completion_tokens: Math.ceil(text.length / 4) };
  return { ...counts, total_tokens: counts.prompt_tokens + counts.completion_tokens };
}

function startStream(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  res.flushHeaders();
}

function writeEvent(res: ServerResponse, data: unknown): void {
  res.write(`data: ${JSON.stringify(data)}\n\n`);
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function splitEvery(text: string, size: number): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += size) pieces.push(text.slice(start, start + size));
  return pieces.length > 0 ? pieces : [''];
}

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
