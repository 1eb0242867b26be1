import { z } from 'zod';
import { Slug } from '../corpus/schema.js';
import { Passage } from '../search/schema.js';

/** A paragraph an answer rests on, shown as `[n]` in the answer's text. */
export const Citation = z.object({
  n: z.number().int().positive(),
  article: Slug,
  paragraph: z.number().int().positive(),
  /** The whole cited paragraph. */
  text: z.string(),
  /** A link to the source (a text-fragment link where the source is a web page), or null. */
  url: z.string().nullable(),
});
export type Citation = z.infer<typeof Citation>;

export const AnswerMode = z.enum(['extractive', 'llm']);
export type AnswerMode = z.infer<typeof AnswerMode>;

export const Usage = z.object({
  promptTokens: z.number().int().nonnegative(),
  completionTokens: z.number().int().nonnegative(),
  totalTokens: z.number().int().nonnegative(),
});
export type Usage = z.infer<typeof Usage>;

export const Answer = z.object({
  question: z.string(),
  /** False when the story does not tell; such an answer cites nothing. */
  answered: z.boolean(),
  /** The answer's text, with `[n]` markers that refer to `citations`. */
  answer: z.string(),
  citations: z.array(Citation),
  mode: AnswerMode,
  /** Something the reader should know about how this answer was made (e.g. a fallback). */
  note: z.string().nullable().default(null),
  /** LLM token usage; null for extractive answers. */
  usage: Usage.nullable().default(null),
  latencyMs: z.number().nonnegative().default(0),
});
export type Answer = z.infer<typeof Answer>;

/** One earlier exchange of a conversation, which gives a follow-up question its context. */
export const Turn = z.object({
  question: z.string(),
  answer: z.string(),
});
export type Turn = z.infer<typeof Turn>;

export interface AnswerRequest {
  question: string;
  /** The passages retrieved for the question, best first. */
  passages: Passage[];
  /** Earlier turns of the conversation, oldest first. */
  history: Turn[];
  /** Called with the whole answer text so far as it is written (LLM answers stream; extractive ones arrive at once). */
  onText?: (textSoFar: string) => void;
  signal?: AbortSignal;
}

/**
 * Writes a cited answer from retrieved passages. The extractive and the LLM answerers are interchangeable
 * behind this interface; front ends never know which one answered except through `Answer.mode`.
 */
export interface Answerer {
  readonly mode: AnswerMode;
  answer(request: AnswerRequest): Promise<Answer>;
}
