/**
 * Document frequencies of the paragraph text are kept for the frequent terms only (BM25 needs them for the
 * terms left out of a search, which are frequent ones); a term in at most this many paragraphs counts as in
 * this many, which keeps the table small however large the corpus grows.
 */
export const TRACKED_ABOVE = 256;

/**
 * Counts, paragraph by paragraph, how many paragraphs hold each term in their text (BM25's document frequency)
 * and how many paragraph visits searching it costs: MiniSearch visits every paragraph holding a term, once for
 * each field it is in.
 */
export class DocumentFrequencyCounter {
  private readonly paragraphsWithTerm = new Map<string, number>();
  private readonly postings = new Map<string, number>();
  private paragraphs = 0;
  private distinctTermsInAll = 0;

  /** The terms of one paragraph's text. */
  add(terms: readonly string[]): void {
    const distinct = new Set(terms);
    for (const term of distinct) this.paragraphsWithTerm.set(term, (this.paragraphsWithTerm.get(term) ?? 0) + 1);
    this.countPostings(distinct);
    this.paragraphs += 1;
    this.distinctTermsInAll += distinct.size;
  }

  /**
   * The terms of one paragraph's other field (its section or article title). A title's terms are held by every
   * paragraph of the article, so a word of a headline can cost a search more than all the texts that use it.
   */
  addOtherField(terms: readonly string[]): void {
    this.countPostings(new Set(terms));
  }

  /** The mean number of distinct terms in a paragraph's text (BM25's average field length). */
  averageDistinctTerms(): number {
    return this.paragraphs === 0 ? 0 : this.distinctTermsInAll / this.paragraphs;
  }

  /** The terms held by the texts of more than `TRACKED_ABOVE` paragraphs, with how many. */
  frequentTerms(): Map<string, number> {
    return new Map([...this.paragraphsWithTerm].filter(([, count]) => count > TRACKED_ABOVE));
  }

  /** Every term of the index, with the paragraph visits over all fields that searching it costs. */
  postingsByTerm(): Map<string, number> {
    return new Map(this.postings);
  }

  private countPostings(distinct: ReadonlySet<string>): void {
    for (const term of distinct) this.postings.set(term, (this.postings.get(term) ?? 0) + 1);
  }
}

/**
 * The terms of a question worth searching within a budget of paragraphs to visit: the rarest first, as many
 * as fit. A term in a large share of a big corpus adds little to BM25 (its inverse document frequency is
 * low) but costs the most, so it is the one left out. Unless `alwaysOne` is false, the rarest term is searched
 * even over budget: a question of common words only still gets the best paragraphs for its most telling one
 * rather than none (measured at 200,000 paragraphs: no slower at p99). Corpora of fewer paragraphs than the
 * budget always search every term.
 */
export function termsWithinBudget(
  terms: readonly string[],
  postings: ReadonlyMap<string, number>,
  budget: number,
  { alwaysOne = true }: { alwaysOne?: boolean } = {},
): string[] {
  const chosen = new Set<string>();
  let spent = 0;
  const costOf = (term: string) => postingsCost(term, postings);
  for (const term of [...terms].sort((a, b) => costOf(a) - costOf(b))) {
    const cost = costOf(term);
    if (spent + cost > budget && (chosen.size > 0 || !alwaysOne)) break;
    spent += cost;
    chosen.add(term);
  }
  return terms.filter((term) => chosen.has(term));
}

/**
 * How many paragraph visits searching a term costs (see `DocumentFrequencyCounter.postingsByTerm`). A term the
 * index lacks is looked up fuzzily, and what its matches cost is not known beforehand: it counts as a rare term.
 */
export function postingsCost(term: string, postings: ReadonlyMap<string, number>): number {
  return postings.get(term) ?? TRACKED_ABOVE;
}
