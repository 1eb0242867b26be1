import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { Article, Corpus, Paragraph } from '../corpus/schema.js';
import { readCacheFile, writeCacheFileAtomically } from './cache-file.js';
import { CommonTermsRanking } from './common-terms.js';
import { indexFormatKey } from './index-key.js';
import type { Passage } from './schema.js';
import { TUNED_SETTINGS, toSearchOptions, type RetrievalSettings } from './settings.js';
import { analyze, processTerm, tokenize } from './tokenize.js';

/** One paragraph as the index sees it; its position in the corpus is its id in MiniSearch. */
interface Entry {
  id: number;
  article: Article;
  paragraph: Paragraph;
}

const FIELDS = ['text', 'section', 'title'] as const;
type Field = (typeof FIELDS)[number];

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
  private readonly ranking: CommonTermsRanking<Entry>;
  private readonly maxQueryTerms: number;

  private constructor(
    private readonly miniSearch: MiniSearch<Entry>,
    private readonly entries: readonly Entry[],
    settings: RetrievalSettings,
    stats: Omit<IndexStats, 'terms' | 'articles' | 'paragraphs'> & { articles: number },
  ) {
    // The question is analysed before MiniSearch sees it (to cap its terms), so MiniSearch gets bare terms.
    const searchOptions: SearchOptions = { ...toSearchOptions(settings), tokenize: splitTerms, processTerm: keepTerm };
    this.ranking = new CommonTermsRanking(miniSearch, searchOptions, settings.commonTerms);
    this.maxQueryTerms = settings.maxQueryTerms;
    this.stats = { ...stats, paragraphs: entries.length, terms: miniSearch.termCount };
  }

  /** Builds the index in memory, without looking for or writing a saved one. */
  static build(corpus: Corpus, settings: RetrievalSettings = TUNED_SETTINGS): ParagraphIndex {
    const started = performance.now();
    const entries = entriesOf(corpus);
    const miniSearch = new MiniSearch<Entry>(miniSearchOptions());
    miniSearch.addAll(entries);
    return new ParagraphIndex(miniSearch, entries, settings, {
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

    const cacheFile = join(options.cacheDir, `paragraphs-${corpus.hash}-${indexFormatKey(FIELDS)}.json`);
    const started = performance.now();
    const entries = entriesOf(corpus);
    const saved = await readCacheFile(cacheFile);
    let problem = saved.problem ?? null;
    if (saved.text !== null) {
      const loaded = loadSavedIndex(saved.text, entries);
      if (loaded instanceof MiniSearch) {
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
    const written = await writeCacheFileAtomically(cacheFile, JSON.stringify(built.miniSearch));
    return new ParagraphIndex(built.miniSearch, built.entries, settings, {
      ...built.stats,
      cacheFile: written.written ? cacheFile : null,
      cacheProblem: [problem, written.problem].filter(Boolean).join('; ') || null,
    });
  }

  /** The paragraphs that best match a question, best first; none for a question with no searchable words. */
  search(query: string, options: SearchParagraphsOptions = {}): Passage[] {
    const limit = Math.max(0, Math.floor(options.limit ?? 5));
    const terms = [...new Set(analyze(query))].slice(0, this.maxQueryTerms);
    if (terms.length === 0 || limit === 0) return [];
    return this.ranking.rank(terms, limit).map((ranked) => this.passage(ranked.id, ranked.score));
  }

  private passage(id: number, score: number): Passage {
    const { article, paragraph } = this.entries[id]!;
    return {
      article: article.slug,
      paragraph: paragraph.n,
      text: paragraph.text,
      section: paragraph.section,
      url: article.url,
      title: article.title,
      score,
    };
  }
}

function entriesOf(corpus: Corpus): Entry[] {
  const entries: Entry[] = [];
  for (const article of corpus.articles) {
    for (const paragraph of article.paragraphs) entries.push({ id: entries.length, article, paragraph });
  }
  return entries;
}

/** The options the index is built and loaded with; `loadJSON` needs exactly the ones it was built with. */
function miniSearchOptions(): Options<Entry> {
  return {
    fields: [...FIELDS],
    extractField: (entry, field) => (field === 'id' ? entry.id : fieldText(entry, field as Field)),
    tokenize,
    processTerm,
    storeFields: [],
  };
}

function fieldText(entry: Entry, field: Field): string | null {
  switch (field) {
    case 'text':
      return entry.paragraph.text;
    case 'section':
      return entry.paragraph.section;
    case 'title':
      return entry.article.title;
  }
}

function loadSavedIndex(json: string, entries: readonly Entry[]): MiniSearch<Entry> | { problem: string } {
  try {
    const loaded = MiniSearch.loadJSON<Entry>(json, miniSearchOptions());
    if (loaded.documentCount !== entries.length) {
      return { problem: `it holds ${loaded.documentCount} paragraphs, the corpus ${entries.length}` };
    }
    return loaded;
  } catch (error) {
    return { problem: (error as Error).message };
  }
}

function splitTerms(terms: string): string[] {
  return terms.split(' ');
}

function keepTerm(term: string): string {
  return term;
}
