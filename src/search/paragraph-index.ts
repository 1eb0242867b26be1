import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Options, SearchOptions } from 'minisearch';
import type { Article, Corpus, Paragraph } from '../corpus/schema.js';
import { pruneCacheFiles, readCacheFile, writeCacheFileAtomically } from './cache-file.js';
import { ChunkedJsonMiniSearch } from './chunked-minisearch.js';
import { scoreByConcepts } from './concept-scores.js';
import { DocumentFrequencyCounter, TRACKED_ABOVE } from './document-frequencies.js';
import { deserializeIndex, serializeIndex, type IndexContents } from './index-file.js';
import { indexFormatKey } from './index-key.js';
import { passageOf } from './passage.js';
import { planQuery, type QueryPlanOptions } from './query-plan.js';
import { rescoreWithLeftOutTerms, type TextStatistics } from './rescore.js';
import type { Passage } from './schema.js';
import { TUNED_SETTINGS, toSearchOptions, type RetrievalSettings } from './settings.js';
import { createCachedAnalyzer } from './term-cache.js';

/** One paragraph as the index sees it; its position in the corpus is its id in MiniSearch. */
interface Entry {
  id: number;
  article: Article;
  paragraph: Paragraph;
}

/**
 * What MiniSearch is given to index: each field already analysed into terms joined by spaces. Analysing
 * before MiniSearch does lets the index count frequent terms and stem each distinct word once.
 */
interface AnalysedEntry {
  id: number;
  text: string;
  section: string | null;
  title: string;
}

const FIELDS = ['text', 'section', 'title'] as const;

const CACHE_FILE_PREFIX = 'paragraphs-';
/** Saved indexes kept in a cache folder: the current corpus and a few others that share the folder. */
const SAVED_INDEXES_KEPT = 3;

export interface SearchParagraphsOptions {
  /** At most this many passages are returned. Default 5. */
  limit?: number;
}

export interface OpenIndexOptions {
  /**
   * Folder where the index is saved and looked for, keyed by the corpus hash and the index format; `null`
   * keeps the index in memory only. A folder that cannot be written just means the index is not saved.
   */
  cacheDir: string | null;
  /** How questions are matched; the measured defaults unless a benchmark or test needs others. */
  settings?: RetrievalSettings;
  /** Build and save the index even when a saved one could be loaded (`storybot index`). */
  rebuild?: boolean;
}

/** What `storybot index` reports. */
export interface IndexStats {
  articles: number;
  paragraphs: number;
  /** Distinct terms in the index. */
  terms: number;
  /** Milliseconds spent building the index, or loading it when `loadedFromCache`. */
  ms: number;
  loadedFromCache: boolean;
  /** The file the index was loaded from or saved to; null when it was neither. */
  cacheFile: string | null;
  /** Why a saved index could not be used or the index could not be saved, when that happened. */
  cacheProblem: string | null;
}

type StatsBeforeCounting = Omit<IndexStats, 'terms' | 'paragraphs'>;

/**
 * Paragraph retrieval over a corpus: a MiniSearch index of every paragraph's text, with its section title and
 * article title as lightly weighted fields, analysed by storybot's own tokenizer (stop words, stemming,
 * acronyms, numbers). Only ids are kept in MiniSearch; passages are rebuilt from the corpus.
 *
 * ```ts
 * const index = await ParagraphIndex.open(corpus, { cacheDir: '.cache' });
 * index.search('Where will they meet?', { limit: 3 }); // Passage[], best first
 * ```
 */
export class ParagraphIndex {
  readonly stats: IndexStats;
  private readonly searchOptions: SearchOptions;
  // For a term that is no typo: a word of the question with a related term in the index, or a related term.
  private readonly exactSearchOptions: SearchOptions;
  private readonly planOptions: QueryPlanOptions;
  private readonly textStatistics: TextStatistics;
  // Analyses the few paragraphs whose scores are completed after a search within budget.
  private readonly analyse = createCachedAnalyzer();

  private constructor(
    private readonly contents: IndexContents<AnalysedEntry>,
    private readonly entries: readonly Entry[],
    settings: RetrievalSettings,
    stats: StatsBeforeCounting,
  ) {
    const isKnown = (term: string) => contents.postings.has(term);
    this.searchOptions = toSearchOptions(settings, isKnown);
    this.exactSearchOptions = { ...this.searchOptions, fuzzy: false };
    this.planOptions = {
      maxQueryTerms: settings.maxQueryTerms,
      postingsBudget: settings.postingsBudget,
      relatedPostingsBudget: settings.relatedPostingsBudget,
      relatedWeights: settings.related,
      isKnown,
      postings: contents.postings,
    };
    this.textStatistics = {
      paragraphs: entries.length,
      averageLength: contents.averageTextLength,
      bm25: settings.bm25,
      paragraphsWithTerm: (term) => contents.frequentTerms.get(term) ?? TRACKED_ABOVE,
    };
    this.stats = { ...stats, paragraphs: entries.length, terms: contents.miniSearch.termCount };
  }

  /** Builds the index in memory, without looking for or writing a saved one. */
  static build(corpus: Corpus, settings: RetrievalSettings = TUNED_SETTINGS): ParagraphIndex {
    const started = performance.now();
    const entries = entriesOf(corpus);
    const analyse = createCachedAnalyzer();
    const counter = new DocumentFrequencyCounter();
    const miniSearch = new ChunkedJsonMiniSearch<AnalysedEntry>(MINISEARCH_OPTIONS);
    for (const { id, article, paragraph } of entries) {
      const textTerms = analyse(paragraph.text);
      const sectionTerms = paragraph.section === null ? [] : analyse(paragraph.section);
      const titleTerms = analyse(article.title);
      counter.add(textTerms);
      counter.addOtherField(sectionTerms);
      counter.addOtherField(titleTerms);
      miniSearch.add({
        id,
        text: textTerms.join(' '),
        section: paragraph.section === null ? null : sectionTerms.join(' '),
        title: titleTerms.join(' '),
      });
    }
    const contents = {
      miniSearch,
      frequentTerms: counter.frequentTerms(),
      postings: counter.postingsByTerm(),
      averageTextLength: counter.averageDistinctTerms(),
    };
    return new ParagraphIndex(contents, entries, settings, {
      articles: corpus.articles.length,
      ms: performance.now() - started,
      loadedFromCache: false,
      cacheFile: null,
      cacheProblem: null,
    });
  }

  /**
   * Loads the index saved for this very corpus and index format from `cacheDir`, or builds it and saves it
   * there. A corrupt or unreadable saved index is rebuilt and overwritten; the reason is in `stats.cacheProblem`.
   */
  static async open(corpus: Corpus, options: OpenIndexOptions): Promise<ParagraphIndex> {
    const settings = options.settings ?? TUNED_SETTINGS;
    if (options.cacheDir === null) return ParagraphIndex.build(corpus, settings);

    const cacheFile = join(options.cacheDir, `${CACHE_FILE_PREFIX}${corpus.hash}-${indexFormatKey(FIELDS)}.json`);
    const started = performance.now();
    const entries = entriesOf(corpus);
    const saved = options.rebuild ? { text: null } : await readCacheFile(cacheFile);
    let problem = saved.problem ?? null;
    if (saved.text !== null) {
      const loaded = deserializeIndex(saved.text, MINISEARCH_OPTIONS, entries.length);
      if (!('problem' in loaded)) {
        return new ParagraphIndex(loaded, entries, settings, {
          articles: corpus.articles.length,
          ms: performance.now() - started,
          loadedFromCache: true,
          cacheFile,
          cacheProblem: null,
        });
      }
      problem = `the saved index ${cacheFile} was unusable (${loaded.problem}); rebuilt it`;
    }

    const built = ParagraphIndex.build(corpus, settings);
    const written = await writeCacheFileAtomically(cacheFile, serializeIndex(built.contents));
    if (written.written) await pruneCacheFiles(options.cacheDir, CACHE_FILE_PREFIX, SAVED_INDEXES_KEPT);
    return new ParagraphIndex(built.contents, built.entries, settings, {
      ...built.stats,
      cacheFile: written.written ? cacheFile : null,
      cacheProblem: [problem, written.problem].filter(Boolean).join('; ') || null,
    });
  }

  /** The paragraphs that best match a question, best first; none for a question with no searchable words. */
  search(query: string, options: SearchParagraphsOptions = {}): Passage[] {
    const limit = Math.max(0, Math.floor(options.limit ?? 5));
    if (limit === 0) return [];
    const plan = planQuery(query, this.planOptions);
    if (plan.searched.length === 0) return [];
    const found = scoreByConcepts(plan.searched, ({ term, typo }) =>
      this.contents.miniSearch.search(term, typo ? this.searchOptions : this.exactSearchOptions),
    );
    const results = rescoreWithLeftOutTerms(found, plan.leftOut, (id) => this.analyse(this.entries[id]!.paragraph.text), this.textStatistics);
    return results.slice(0, limit).map((result) => this.passage(result.id, result.score));
  }

  private passage(id: number, score: number): Passage {
    const { article, paragraph } = this.entries[id]!;
    return passageOf(article, paragraph, score);
  }
}

// Fields arrive analysed (terms joined by spaces), so MiniSearch only splits them; the same holds for queries.
const MINISEARCH_OPTIONS: Options<AnalysedEntry> = {
  fields: [...FIELDS],
  storeFields: [],
  tokenize: (terms) => terms.split(' '),
  processTerm: (term) => term || null,
};

function entriesOf(corpus: Corpus): Entry[] {
  const entries: Entry[] = [];
  for (const article of corpus.articles) {
    for (const paragraph of article.paragraphs) entries.push({ id: entries.length, article, paragraph });
  }
  return entries;
}
