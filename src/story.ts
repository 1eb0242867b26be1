import { extractFacts, filterFacts } from './analysis/facts.js';
import { PeopleIndex } from './analysis/people.js';
import { analyzeQuotes, type QuoteAnalysis } from './analysis/quotes.js';
import type { Fact, Quote, Speaker, Summary } from './analysis/schema.js';
import { filterQuotes, findSpeaker, matchSpeakers } from './analysis/speakers.js';
import { summarize } from './analysis/summary.js';
import { EXTRACTIVE_PASSAGES, ExtractiveAnswerer } from './answer/extractive.js';
import { createLlm, type Llm, type LlmLogger } from './answer/llm/index.js';
import { validateQuestion } from './answer/question.js';
import type { Answer, Answerer, Turn } from './answer/schema.js';
import type { LlmConfig } from './config.js';
import { loadCorpus } from './corpus/load.js';
import type { Corpus, Source } from './corpus/schema.js';
import { type IndexStats, ParagraphIndex } from './search/paragraph-index.js';
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
  /** How the search index was built or loaded. */
  readonly indexStats: IndexStats;
  /** Answers a question; throws `InvalidQuestionError` (with a message fit to show) for an empty or too-long one. */
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

export interface StoryOptions {
  corpusDir: string;
  /** Where the index and LLM analyses are saved between runs; null keeps everything in memory. */
  cacheDir: string | null;
  /** Fail on a bad article file instead of skipping it with a warning. */
  strict?: boolean;
  /** The LLM to answer with; null or absent for the extractive answerer alone. */
  llm?: LlmConfig | null;
  logger?: LlmLogger;
}

/** Loads the corpus, opens (or builds and saves) its index, and readies the answerer. */
export async function createStory(options: StoryOptions): Promise<Story> {
  const corpus = await loadCorpus(options.corpusDir, { strict: options.strict ?? false });
  const index = await ParagraphIndex.open(corpus, { cacheDir: options.cacheDir });
  if (index.stats.cacheProblem) options.logger?.warn({ problem: index.stats.cacheProblem }, 'search index cache');
  const extractive = new ExtractiveAnswerer(corpus);
  const llm = options.llm
    ? createLlm(options.llm, {
        fallback: extractive,
        rewriteFallback: (question, history) => extractive.standaloneQuestion(question, [...history]),
        cacheDir: options.cacheDir,
        ...(options.logger ? { logger: options.logger } : {}),
      })
    : null;
  return new NewsStory(corpus, index, extractive, llm);
}

class NewsStory implements Story {
  private peopleIndex: PeopleIndex | undefined;
  private quoteAnalysis: QuoteAnalysis | undefined;
  private extractiveFacts: Fact[] | undefined;
  private extractiveSummary: Summary | undefined;
  private readonly answerer: Answerer;

  constructor(
    readonly corpus: Corpus,
    private readonly index: ParagraphIndex,
    private readonly extractive: ExtractiveAnswerer,
    private readonly llm: Llm | null,
  ) {
    this.answerer = llm?.answerer ?? extractive;
  }

  get indexStats(): IndexStats {
    return this.index.stats;
  }

  async ask(question: string, options: AskOptions = {}): Promise<Answer> {
    const asked = validateQuestion(question);
    const history = options.history ?? [];
    const searchFor = history.length === 0 ? asked : await this.standalone(asked, history, options.signal);
    return this.answerer.answer({
      question: asked,
      passages: this.retrieve(searchFor),
      history,
      ...(options.onText ? { onText: options.onText } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }

  retrieve(question: string, limit = EXTRACTIVE_PASSAGES): Passage[] {
    return this.index.search(question, { limit });
  }

  quotes(filter: QuoteFilter = {}): Quote[] {
    const { quotes, speakers } = this.analysedQuotes();
    return filter.speaker === undefined && filter.about === undefined ? quotes : filterQuotes(quotes, speakers, filter);
  }

  speakers(): Speaker[] {
    return this.analysedQuotes().speakers;
  }

  findSpeaker(name: string): Speaker | undefined {
    return findSpeaker(this.speakers(), name);
  }

  matchSpeakers(typed: string, limit?: number): Speaker[] {
    return matchSpeakers(this.speakers(), typed, limit);
  }

  async facts(topic?: string): Promise<Fact[]> {
    const fallback = () => (this.extractiveFacts ??= extractFacts(this.corpus, this.people().people));
    const facts = this.llm ? await this.llm.analyst.facts(this.corpus, fallback) : fallback();
    return topic?.trim() ? filterFacts(facts, topic) : facts;
  }

  async summary(): Promise<Summary> {
    const fallback = () => (this.extractiveSummary ??= summarize(this.corpus, this.people().people));
    return this.llm ? this.llm.analyst.summary(this.corpus, fallback) : fallback();
  }

  sources(): Source[] {
    return this.corpus.articles.map((article) => ({
      article: article.slug,
      title: article.title,
      url: article.url,
      paragraphs: article.paragraphs.length,
    }));
  }

  private async standalone(question: string, history: Turn[], signal?: AbortSignal): Promise<string> {
    if (this.llm) return this.llm.answerer.rewriteQuestion(question, history, signal);
    return this.extractive.standaloneQuestion(question, history);
  }

  // People and quotations are found on first use, so that a plain `ask` does not pay for them at start-up.
  private people(): PeopleIndex {
    return (this.peopleIndex ??= PeopleIndex.fromCorpus(this.corpus));
  }

  private analysedQuotes(): QuoteAnalysis {
    return (this.quoteAnalysis ??= analyzeQuotes(this.corpus, this.people()));
  }
}
