import type MiniSearch from 'minisearch';
import type { SearchOptions } from 'minisearch';

/** A paragraph's id in MiniSearch and its score, exactly as MiniSearch scores it. */
export interface RankedId {
  id: number;
  score: number;
}

export interface CommonTermsOptions {
  /** A term held by more than this share of the index's paragraph fields is common... */
  share: number;
  /** ...provided that is also more than this many, so a small corpus always ranks every paragraph. */
  minPostings: number;
}

/** Which paragraphs (by id) may be ranked: a flag per paragraph, as it is looked up for every posting visited. */
interface Candidates {
  isCandidate: Uint8Array;
  size: number;
}

/** Distinct terms whose posting counts are remembered; past this the memory starts afresh. */
const MAX_REMEMBERED_TERMS = 100_000;

/**
 * Ranking that stays fast on a large corpus, after Lucene's CommonTermsQuery. MiniSearch ranks a question by
 * making a scored result for every paragraph that holds any of its terms, so a term found in a tenth of
 * 200,000 paragraphs costs 20,000 results whatever the question. Here candidates are chosen first, from the
 * most telling evidence, widening only while there are too few to fill the answer: the paragraphs holding
 * one of the question's rare terms; then those holding two of its common terms; then those holding its
 * least common term. MiniSearch then scores the question with `boostDocument` turning away every other
 * paragraph before a result is made for it, so a candidate's score is exactly the one MiniSearch gives it
 * when ranking everything. What is given up is a paragraph left out of the candidates (one holding only
 * common terms, when rarer evidence found enough), which ranks below them in all but contrived cases. When
 * no term is common (any small corpus, or a question of rare words) this is one plain MiniSearch search.
 *
 * Choosing candidates uses the same `boostDocument` hook as a visitor: MiniSearch calls it once for each
 * paragraph field holding a term, and a visitor that notes the paragraph and returns 0 makes no result. A
 * visit costs a fraction of a microsecond; a result, with its score, match list and final sort, many times that.
 * Paragraph ids must be the numbers 0 to `documentCount - 1`, as `ParagraphIndex` gives them.
 */
export class CommonTermsRanking<T> {
  private readonly postings = new Map<string, number>();
  /** The search options with fuzzy and prefix matching off: a term as typed, and nothing else. */
  private readonly exactly: SearchOptions;

  constructor(
    private readonly miniSearch: MiniSearch<T>,
    /** The options every search runs with; they must take the query as space-separated ready-made terms. */
    private readonly searchOptions: SearchOptions,
    private readonly common: CommonTermsOptions | false,
  ) {
    this.exactly = { ...searchOptions, fuzzy: false, prefix: false };
  }

  /** The `limit` paragraphs that best match the terms, best first. */
  rank(terms: readonly string[], limit: number): RankedId[] {
    const cutoff = this.cutoff();
    const common = cutoff === null ? [] : terms.filter((term) => this.postingsOf(term) > cutoff).sort((a, b) => this.postingsOf(a) - this.postingsOf(b));
    if (cutoff === null || common.length === 0) return this.search(terms, limit);

    // Candidates from the most telling evidence first, widening only while there are too few to fill the answer.
    const candidates = this.noCandidates();
    const rare = terms.filter((term) => !common.includes(term));
    if (rare.length > 0) this.addHoldingRare(candidates, rare, cutoff);
    if (candidates.size < limit && common.length > 1) this.addHoldingTwo(candidates, common);
    if (candidates.size < limit) this.visit([common[0]!], this.exactly, (id) => admit(candidates, id));
    if (candidates.size < limit) return this.search(terms, limit);
    const { isCandidate } = candidates;
    return this.search(terms, limit, (id: number) => isCandidate[id]!);
  }

  /**
   * Admits the paragraphs holding a rare term, or a fuzzy or prefix variant of one that is itself rare (a
   * variant such as "plan" for "plant" may be common, and would bring in half the corpus).
   */
  private addHoldingRare(candidates: Candidates, rare: readonly string[], cutoff: number): void {
    const byVariant = new Map<string, number[]>();
    this.visit(rare, this.searchOptions, (id, variant) => {
      const ids = byVariant.get(variant);
      if (ids) ids.push(id);
      else byVariant.set(variant, [id]);
    });
    for (const ids of byVariant.values()) {
      if (ids.length > cutoff) continue;
      for (const id of ids) admit(candidates, id);
    }
  }

  /** Admits the paragraphs holding at least two of the terms (exactly, as typed). */
  private addHoldingTwo(candidates: Candidates, terms: readonly string[]): void {
    const termsHeld = new Uint8Array(this.miniSearch.documentCount);
    const lastTerm = new Int32Array(this.miniSearch.documentCount).fill(-1);
    terms.forEach((term, index) => {
      this.visit([term], this.exactly, (id) => {
        if (lastTerm[id] === index) return; // the same term in another field of the paragraph
        lastTerm[id] = index;
        if (++termsHeld[id]! === 2) admit(candidates, id);
      });
    });
  }

  private noCandidates(): Candidates {
    return { isCandidate: new Uint8Array(this.miniSearch.documentCount), size: 0 };
  }

  private cutoff(): number | null {
    if (!this.common) return null;
    const cutoff = Math.max(this.common.minPostings, this.common.share * this.miniSearch.documentCount);
    return this.miniSearch.documentCount > cutoff ? cutoff : null;
  }

  /** How many (paragraph, field) pairs hold exactly this term: the work MiniSearch does to score it. */
  private postingsOf(term: string): number {
    let count = this.postings.get(term);
    if (count !== undefined) return count;
    let visits = 0;
    this.visit([term], this.exactly, () => {
      visits += 1;
    });
    count = visits;
    if (this.postings.size >= MAX_REMEMBERED_TERMS) this.postings.clear();
    this.postings.set(term, count);
    return count;
  }

  /** Calls `onPosting` for every (paragraph, field) holding one of the terms, making no result. */
  private visit(terms: readonly string[], options: SearchOptions, onPosting: (id: number, indexTerm: string) => void): void {
    const boostDocument = (id: number, indexTerm: string) => {
      onPosting(id, indexTerm);
      return 0;
    };
    this.miniSearch.search(terms.join(' '), { ...options, boostDocument });
  }

  private search(terms: readonly string[], limit: number, boostDocument?: (id: number) => number): RankedId[] {
    const options = boostDocument ? { ...this.searchOptions, boostDocument } : this.searchOptions;
    return this.miniSearch
      .search(terms.join(' '), options)
      .slice(0, limit)
      .map((result) => ({ id: result.id as number, score: result.score }));
  }
}

function admit(candidates: Candidates, id: number): void {
  if (candidates.isCandidate[id]) return;
  candidates.isCandidate[id] = 1;
  candidates.size += 1;
}
