import type { Fact, Quote, Speaker, Summary } from './analysis/schema.js';
import { EXTRACTIVE_PASSAGES, ExtractiveAnswerer } from './answer/extractive.js';
import type { Llm, LlmLogger } from './answer/llm/index.js';
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
  /** Any alias or part of the speaker's name, case-insensitive ("duarte", "ana"). */
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
  quotes(filter?: QuoteFilter): Promise<Quote[]>;
  speakers(): Promise<Speaker[]>;
  /** The speaker a name or any part of an alias points to, or undefined. */
  findSpeaker(name: string): Promise<Speaker | undefined>;
  /** Speakers whose name or an alias contains what was typed, best match first (for autocomplete). */
  matchSpeakers(typed: string, limit?: number): Promise<Speaker[]>;
  facts(topic?: string): Promise<Fact[]>;
  summary(): Promise<Summary>;
  sources(): Source[];
  /**
   * Readies everything the first questions would otherwise pay for (analyses, word lists, the answerer's
   * first run), so a server's first users wait no longer than the rest. Resolves with how long it took, in ms.
   */
  warmUp(): Promise<number>;
}

export interface StoryOptions {
  corpusDir: string;
  /** Where the index and LLM analyses are saved between runs; null keeps everything in memory. */
  cacheDir: string | null;
  /** Fail on a bad article file instead of skipping it with a warning. */
  strict?: boolean;
  /** Build and save the search index even when a saved one matches the corpus. */
  rebuildIndex?: boolean;
  /** The LLM to answer with; null or absent for the extractive answerer alone. */
  llm?: LlmConfig | null;
  logger?: LlmLogger;
}

/** Loads the corpus, opens (or builds and saves) its index, and readies the answerer. */
export async function createStory(options: StoryOptions): Promise<Story> {
  const corpus = await loadCorpus(options.corpusDir, { strict: options.strict ?? false });
  const index = await ParagraphIndex.open(corpus, { cacheDir: options.cacheDir, rebuild: options.rebuildIndex ?? false });
  if (index.stats.cacheProblem) options.logger?.warn({ problem: index.stats.cacheProblem }, 'search index cache');
  let analysis: Promise<Analysis> | undefined;
  const analysed = () => (analysis ??= analyse(corpus));
  const extractive = new ExtractiveAnswerer(corpus, {
    quotes: async () => (await analysed()).quotes,
    speakers: async () => (await analysed()).speakers,
  });
  // The openai client is loaded only when an LLM is configured, to keep the extractive start-up short.
  const llm = options.llm
    ? (await import('./answer/llm/index.js')).createLlm(options.llm, {
        fallback: extractive,
        rewriteFallback: (question, history) => extractive.standaloneQuestion(question, [...history]),
        cacheDir: options.cacheDir,
        ...(options.logger ? { logger: options.logger } : {}),
      })
    : null;
  return new NewsStory(corpus, index, extractive, llm, analysed);
}

/**
 * People, quotations, facts and the summary, analysed on first use: their word lists take longer to load
 * than a whole extractive answer, which a one-shot `storybot ask` should not pay for.
 */
async function analyse(corpus: Corpus) {
  const [{ PeopleIndex }, { analyzeQuotes }, speakers, { extractFacts, filterFacts }, { summarize }] = await Promise.all([
    import('./analysis/people.js'),
    import('./analysis/quotes.js'),
    import('./analysis/speakers.js'),
    import('./analysis/facts.js'),
    import('./analysis/summary.js'),
  ]);
  const people = PeopleIndex.fromCorpus(corpus);
  const { quotes, speakers: quoted } = analyzeQuotes(corpus, people);
  let facts: Fact[] | undefined;
  let summary: Summary | undefined;
  return {
    quotes,
    speakers: quoted,
    filterQuotes: (filter: QuoteFilter) => speakers.filterQuotes(quotes, quoted, filter),
    findSpeaker: (name: string) => speakers.findSpeaker(quoted, name),
    matchSpeakers: (typed: string, limit?: number) => speakers.matchSpeakers(quoted, typed, limit),
    facts: () => (facts ??= extractFacts(corpus, people.people)),
    filterFacts,
    summary: () => (summary ??= summarize(corpus, people.people)),
  };
}
type Analysis = Awaited<ReturnType<typeof analyse>>;

class NewsStory implements Story {
  private readonly answerer: Answerer;

  constructor(
    readonly corpus: Corpus,
    private readonly index: ParagraphIndex,
    private readonly extractive: ExtractiveAnswerer,
    private readonly llm: Llm | null,
    private readonly analysed: () => Promise<Analysis>,
  ) {
    this.answerer = llm?.answerer ?? extractive;
  }

  get indexStats(): IndexStats {
    return this.index.stats;
  }

  async ask(question: string, options: AskOptions = {}): Promise<Answer> {
    const asked = validateQuestion(question);
    const history = options.history ?? [];
    const searchFor = await this.readQuestion(asked, history, options.signal);
    return this.answerer.answer({
      question: asked,
      passages: withoutRepeats([...this.retrieve(searchFor), ...(await this.extractive.quotedPassages(searchFor))]),
      history,
      ...(options.onText ? { onText: options.onText } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }

  retrieve(question: string, limit = EXTRACTIVE_PASSAGES): Passage[] {
    return this.index.search(question, { limit });
  }

  async quotes(filter: QuoteFilter = {}): Promise<Quote[]> {
    const analysis = await this.analysed();
    return filter.speaker === undefined && filter.about === undefined ? analysis.quotes : analysis.filterQuotes(filter);
  }

  async speakers(): Promise<Speaker[]> {
    return (await this.analysed()).speakers;
  }

  async findSpeaker(name: string): Promise<Speaker | undefined> {
    return (await this.analysed()).findSpeaker(name);
  }

  async matchSpeakers(typed: string, limit?: number): Promise<Speaker[]> {
    return (await this.analysed()).matchSpeakers(typed, limit);
  }

  async facts(topic?: string): Promise<Fact[]> {
    const analysis = await this.analysed();
    const facts = this.llm ? await this.llm.analyst.facts(this.corpus, analysis.facts) : analysis.facts();
    return topic?.trim() ? analysis.filterFacts(facts, topic) : facts;
  }

  async summary(): Promise<Summary> {
    const analysis = await this.analysed();
    return this.llm ? this.llm.analyst.summary(this.corpus, analysis.summary) : analysis.summary();
  }

  async warmUp(): Promise<number> {
    const started = performance.now();
    await this.analysed();
    await this.extractive.prepare();
    // One answer, never through the LLM, loads and compiles the answering code itself.
    const headline = this.corpus.articles[0]?.title.slice(0, 200);
    if (headline) await this.extractive.answer({ question: headline, passages: this.retrieve(headline), history: [] });
    return performance.now() - started;
  }

  sources(): Source[] {
    return this.corpus.articles.map((article) => ({
      article: article.slug,
      title: article.title,
      url: article.url,
      paragraphs: article.paragraphs.length,
    }));
  }

  // What to search for: the LLM rewrites a follow-up when there is one; otherwise the extractive reading
  // (a follow-up made standalone, a speaker asked about by role named).
  private async readQuestion(question: string, history: Turn[], signal?: AbortSignal): Promise<string> {
    if (this.llm && history.length > 0) return this.llm.answerer.rewriteQuestion(question, history, signal);
    return this.extractive.readQuestion(question, history);
  }
}

/** Passages in order, each paragraph once: the search's, then those another lookup adds. */
function withoutRepeats(passages: readonly Passage[]): Passage[] {
  const seen = new Set<string>();
  return passages.filter((passage) => {
    const key = `${passage.article}\u0000${passage.paragraph}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
