import { z } from 'zod';
import { Fact, FactKind, Summary } from '../../analysis/schema.js';
import type { Corpus } from '../../corpus/schema.js';
import type { Passage } from '../../search/schema.js';
import { citationFor } from '../citations.js';
import type { Citation } from '../schema.js';
import { JsonFileCache } from './cache.js';
import type { LlmClient, LlmLogger } from './client.js';
import { LlmFailure } from './failure.js';
import { stripMarkers } from './markers.js';
import { FirstUseNumbering } from './numbering.js';
import { corpusPassages } from './passages.js';
import { PROMPT_VERSION, analysisMessages } from './prompt.js';

/** What the model is asked to return: items that each name the paragraphs they rest on. */
const SummaryReply = z.object({
  points: z.array(z.object({ text: z.string(), paragraphs: z.array(z.number().int()) })),
});
const FactsReply = z.object({
  facts: z.array(z.object({ kind: FactKind, text: z.string(), paragraphs: z.array(z.number().int()) })),
});

const SUMMARY_TASK =
  'Write a brief of the news story: 3 to 6 points, most important first, each one sentence that states one key development.';
const FACTS_TASK =
  'List the key facts of the news story, at most 15: the people (with their roles), figures, places, dates, organisations ' +
  'and events that matter most. Each fact is one short sentence; its kind is the one that fits it best.';

const MOST_POINTS = 8;
const MOST_FACTS = 20;

export interface LlmAnalystOptions {
  client: LlmClient;
  /** The folder results are cached in, keyed by corpus hash and model; null caches them in memory only. */
  cacheDir: string | null;
  logger?: LlmLogger;
  /**
   * The corpus goes into the prompt whole up to this many characters of paragraph text (about a quarter as
   * many tokens); later paragraphs are left out. Default 60 000.
   */
  maxPromptChars?: number;
}

type Fallback<T> = () => T | Promise<T>;

/**
 * A summary and key facts of the whole corpus written by the LLM as structured output, each item citing the
 * paragraphs it rests on. Citations are checked like an answer's: numbers that name no paragraph are
 * dropped, an item left citing nothing is dropped, and a reply left with no item (or no reply at all) gives
 * way to the fallback. A good result is computed once per corpus and model: kept in memory and on disk.
 */
export class LlmAnalyst {
  private readonly client: LlmClient;
  private readonly cache: JsonFileCache | null;
  private readonly logger: LlmLogger | undefined;
  private readonly maxPromptChars: number;
  private readonly results = new Map<string, Promise<unknown>>();

  constructor(options: LlmAnalystOptions) {
    this.client = options.client;
    this.cache = options.cacheDir === null ? null : new JsonFileCache(options.cacheDir);
    this.logger = options.logger;
    this.maxPromptChars = options.maxPromptChars ?? 60_000;
  }

  summary(corpus: Corpus, fallback: Fallback<Summary>): Promise<Summary> {
    return this.analyse('summary', corpus, Summary, fallback, async (passages) => {
      const reply = await this.client.structured(analysisMessages(SUMMARY_TASK, passages), SummaryReply, 'summary', { purpose: 'summary' });
      const points = citeItems(reply.value.points.slice(0, MOST_POINTS), passages);
      return { points: points.map(({ text, citations }) => ({ text, citations })), mode: 'llm' as const };
    }, (summary) => summary.points.length);
  }

  facts(corpus: Corpus, fallback: Fallback<Fact[]>): Promise<Fact[]> {
    return this.analyse('facts', corpus, z.array(Fact), fallback, async (passages) => {
      const reply = await this.client.structured(analysisMessages(FACTS_TASK, passages), FactsReply, 'facts', { purpose: 'facts' });
      return citeItems(reply.value.facts.slice(0, MOST_FACTS), passages).map(({ item, text, citations }) => ({ kind: item.kind, text, citations }));
    }, (facts) => facts.length);
  }

  /** The cache file a result for this corpus would be kept in (null without a cache folder). */
  cacheFile(kind: 'summary' | 'facts', corpus: Corpus): string | null {
    return this.cache?.fileFor(this.cacheKey(kind, corpus)) ?? null;
  }

  private analyse<T>(
    kind: 'summary' | 'facts',
    corpus: Corpus,
    schema: z.ZodType<T>,
    fallback: Fallback<T>,
    ask: (passages: Passage[]) => Promise<T>,
    size: (value: T) => number,
  ): Promise<T> {
    const key = this.cacheKey(kind, corpus);
    const known = this.results.get(key) as Promise<T> | undefined;
    if (known) return known;

    const attempt = (async () => {
      const cached = await this.cache?.read(key, schema);
      if (cached !== undefined) return cached;
      const value = await ask(corpusPassages(corpus, this.maxPromptChars));
      if (size(value) === 0) throw new LlmFailure('no item cited a paragraph of the story', 'unusable');
      await this.cache?.write(key, value).catch((error: unknown) => {
        this.logger?.warn({ kind, error: String(error) }, 'could not cache the LLM result');
      });
      return value;
    })();
    const result = attempt.catch(async (error: unknown) => {
      // A failure is not kept: the next request tries the LLM again.
      this.results.delete(key);
      if (!(error instanceof LlmFailure)) throw error;
      this.logger?.warn({ kind, reason: error.reason }, `LLM ${kind} failed; using the extractive one`);
      return fallback();
    });
    this.results.set(key, result);
    return result;
  }

  private cacheKey(kind: string, corpus: Corpus): string {
    return `llm-${kind}-${corpus.hash}-${this.client.model}-p${PROMPT_VERSION}`;
  }
}

interface CitedItem<Item> {
  item: Item;
  text: string;
  citations: Citation[];
}

/**
 * Each item's paragraph numbers checked against the passages and renumbered by first use across all items;
 * items left citing nothing, or saying nothing, are dropped.
 */
function citeItems<Item extends { text: string; paragraphs: number[] }>(items: readonly Item[], passages: readonly Passage[]): Array<CitedItem<Item>> {
  const numbering = new FirstUseNumbering();
  const cited: Array<CitedItem<Item>> = [];
  for (const item of items) {
    const text = stripMarkers(item.text).trim();
    const given = [...new Set(item.paragraphs)].filter((n) => n >= 1 && n <= passages.length);
    if (text === '' || given.length === 0) continue;
    cited.push({ item, text, citations: given.map((n) => citationFor(passages[n - 1]!, numbering.shown(n))) });
  }
  return cited;
}
