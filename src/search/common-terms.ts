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
 * 200,000 paragraphs costs 20,000 results whatever the question. Here the candidates are chosen first: the
 * paragraphs holding one of the question's rare terms (or, when all its terms are common, at least two of
 * them). MiniSearch then scores the question with `boostDocument` turning away every other paragraph before a
 * result is made for it, so a candidate's score is exactly the one MiniSearch gives it when ranking
 * everything. What is given up is a paragraph holding only common terms (or only one, when all are common),
 * which ranks below the candidates in all but contrived cases. When no term is common (any small corpus,
 * or a question of rare words) this is one plain MiniSearch search.
 *
 * Choosing candidates uses the same `boostDocument` hook as a visitor: MiniSearch calls it once for each
 * paragraph field holding a term, and a visitor that notes the paragraph and returns 0 makes no result. A
 * visit costs a fraction of a microsecond; a result, with its score, match list and final sort, many times that.
 * Paragraph ids must be the numbers 0 to `documentCount - 1`, as `ParagraphIndex` gives them.
 */
export class CommonTermsRanking<T> {
  private readonly postings = new Map<string, number>();

  constructor(
    private readonly miniSearch: MiniSearch<T>,
    /** The options every search runs with; they must take the query as space-separated ready-made terms. */
    private readonly searchOptions: SearchOptions,
    private readonly common: CommonTermsOptions | false,
  ) {}

  /** The `limit` paragraphs that best match the terms, best first. */
  rank(terms: readonly string[], limit: number): RankedId[] {
    const cutoff = this.cutoff();
    const common = cutoff === null ? [] : terms.filter((term) => this.postingsOf(term) > cutoff);
    if (cutoff === null || common.length === 0) return this.search(terms, limit);

    const rare = terms.filter((term) => !common.includes(term));
    const candidates = rare.length > 0 ? this.holdingRare(rare, cutoff) : this.holdingTwo(common);
    // Too few candidates to fill the answer: rank everything rather than return a short list.
    if (candidates.size < limit) return this.search(terms, limit);
    const { isCandidate } = candidates;
    return this.search(terms, limit, (id: number) => isCandidate[id]!);
  }

  /**
   * The paragraphs holding a rare term, or a fuzzy or prefix variant of one that is itself rare (a variant
   * such as "plan" for "plant" may be common, and would bring in half the corpus).
   */
  private holdingRare(rare: readonly string[], cutoff: number): Candidates {
    const byVariant = new Map<string, number[]>();
    this.visit(rare, this.searchOptions, (id, variant) => {
      const ids = byVariant.get(variant);
      if (ids) ids.push(id);
      else byVariant.set(variant, [id]);
    });
    const candidates = this.noCandidates();
    for (const ids of byVariant.values()) {
      if (ids.length > cutoff) continue;
      for (const id of ids) admit(candidates, id);
    }
    return candidates;
  }

  /** The paragraphs holding at least two of the terms (exactly, as typed). */
  private holdingTwo(terms: readonly string[]): Candidates {
    const termsHeld = new Uint8Array(this.miniSearch.documentCount);
    const lastTerm = new Int32Array(this.miniSearch.documentCount).fill(-1);
    const candidates = this.noCandidates();
    terms.forEach((term, index) => {
      this.visit([term], { ...this.searchOptions, fuzzy: false, prefix: false }, (id) => {
        if (lastTerm[id] === index) return; // the same term in another field of the paragraph
        lastTerm[id] = index;
        if (++termsHeld[id]! === 2) admit(candidates, id);
      });
    });
    return candidates;
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
    this.visit([term], { ...this.searchOptions, fuzzy: false, prefix: false }, () => {
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
