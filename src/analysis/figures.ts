import type { ArticleAnalysis } from './article-analysis.js';
import { isQuoted, type ArticleSentence } from './article-text.js';
import { findDates } from './dates.js';
import { clauseKey, sentenceWeight, type FactDraft } from './fact-draft.js';
import { describeFigure } from './figure-labels.js';
import { findQuantities, type Quantity } from './quantities.js';
import { findRanks, type Rank } from './ranks.js';
import { readsAlone, statementAround } from './statement.js';

/**
 * Figures: each quantity of the article with what it measures (see `describeFigure`), and each ordinal or
 * tally with its statement ("Friday's meeting will mark their fourth face-to-face encounter this year",
 * "The council voted 5-2 to replace the bridge").
 *
 * Figures the reporter states count for more than figures inside a quotation, which are often a speaker's
 * manner of speaking ("our 90-year history"); a speaker's figure that qualifies a noun, an age (which belongs
 * to its person), and a span of time that is a date ("two years ago") are no key figures at all.
 */

const QUOTED_PENALTY = 0.3;
// An ordinal or a tally says less than an amount: "the 12th minute" is rarely a key fact.
const RANK_WEIGHT = 0.75;
const RANK_STATEMENT_WORDS = 16;

export function figureFacts(analysis: ArticleAnalysis): FactDraft[] {
  const drafts: FactDraft[] = [];
  for (const sentence of analysis.sentences) {
    const weight = sentenceWeight(analysis.centrality[sentence.index] ?? 0, analysis.prominence[sentence.index] ?? 0);
    const dates = findDates(sentence.text);
    const quantities = findQuantities(sentence.text);
    const measures = new Map<string, string>();
    let toldUpTo = -1;
    for (const [index, quantity] of quantities.entries()) {
      if (quantity.start < toldUpTo) continue; // already part of the statement before
      const quoted = isQuoted(sentence, quantity);
      if (!isKeyFigure(sentence.text, quantity, quoted, dates)) continue;
      const described = describeFigure({ sentence, quantities, index, nouns: analysis.nouns[sentence.index] ?? [], measures, rewrite: analysis.shortNames });
      toldUpTo = described.end;
      // A speaker's figure with nothing to say what it measures is a manner of speaking, not a key fact.
      if (quoted && !described.label) continue;
      drafts.push({
        kind: 'figure',
        text: described.text,
        key: `figure:${quantity.kind}:${quantity.value}:${quantity.unit}:${described.label.toLowerCase()}`,
        score: 0.9 * weight + (described.label ? 0.1 : 0) - (quoted ? QUOTED_PENALTY : 0),
        sources: [sentence],
        ...(described.clause === undefined ? {} : { clause: clauseKey(sentence, described.clause) }),
      });
    }
    for (const rank of findRanks(sentence.text)) {
      if (isQuoted(sentence, rank) || quantities.some((quantity) => rank.start < quantity.end && quantity.start < rank.end)) continue;
      const fact = rankFact(analysis, sentence, rank, weight);
      if (readsAlone(fact.text)) drafts.push(fact);
    }
  }
  return drafts;
}

function isKeyFigure(text: string, quantity: Quantity, quoted: boolean, dates: { start: number; end: number }[]): boolean {
  if (quantity.kind === 'age') return false;
  if (dates.some((date) => quantity.start < date.end && date.start < quantity.end)) return false;
  if (/^\s+ago\b/.test(text.slice(quantity.end))) return false;
  // "our 90-year history", "a two-hour set" in a quotation: a manner of speaking.
  return !(quoted && /-\p{L}+$/u.test(quantity.text));
}

function rankFact(analysis: ArticleAnalysis, sentence: ArticleSentence, rank: Rank, weight: number): FactDraft {
  const statement = statementAround(sentence.text, rank, { maxWords: RANK_STATEMENT_WORDS, quoted: sentence.quoted, rewrite: analysis.shortNames });
  const text = statement.text.toLowerCase().includes(rank.text.toLowerCase()) ? statement.text : `${rank.text} — ${statement.text}`;
  return {
    kind: 'figure',
    text,
    key: `figure:${rank.kind}:${text.toLowerCase()}`,
    score: RANK_WEIGHT * weight,
    sources: [sentence],
    clause: clauseKey(sentence, statement.clause.start),
  };
}
