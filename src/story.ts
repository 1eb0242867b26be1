import type { Fact, Quote, Speaker, Summary } from './analysis/schema.js';
import type { Answer, Turn } from './answer/schema.js';
import type { Corpus, Source } from './corpus/schema.js';
import type { Passage } from './search/schema.js';

export interface AskOptions {
  /** Earlier turns of the conversation, oldest first, so a follow-up ("what did he say about it?") resolves. */
  history?: Turn[];
  /** Called with the whole answer text so far while an LLM streams it. */
  onText?: (textSoFar: string) => void;
  signal?: AbortSignal;
}

export interface QuoteFilter {
  /** Any alias or part of the speaker's name, case-insensitive ("bessent", "scott"). */
  speaker?: string;
  /** Words the quotation should be about. */
  about?: string;
}

/**
 * The one façade every front end talks to: the Discord commands, the CLI and the local chat. It owns the
 * corpus, its index and analyses, and the answerer; front ends only parse input and render these values.
 */
export interface Story {
  readonly corpus: Corpus;
  ask(question: string, options?: AskOptions): Promise<Answer>;
  /** The paragraphs retrieved for a question, best first. */
  retrieve(question: string, limit?: number): Passage[];
  quotes(filter?: QuoteFilter): Quote[];
  speakers(): Speaker[];
  /** The speaker a name or any part of an alias points to, or undefined. */
  findSpeaker(name: string): Speaker | undefined;
  /** Speakers whose name or an alias contains what was typed, best match first (for autocomplete). */
  matchSpeakers(typed: string, limit?: number): Speaker[];
  facts(topic?: string): Promise<Fact[]>;
  summary(): Promise<Summary>;
  sources(): Source[];
}
