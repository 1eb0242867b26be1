import { boundedMemo } from '../memo.js';
import { processTerm, tokenize } from './tokenize.js';

/** Past this many distinct tokens the memo starts afresh, so a huge vocabulary cannot hold memory forever. */
const MAX_REMEMBERED_TOKENS = 500_000;

/**
 * `analyze` with a memo of each distinct token's terms. News repeats its words (a Zipf law), so building an
 * index of many paragraphs stems each distinct word once instead of every time it occurs.
 */
export function createCachedAnalyzer(): (text: string) => string[] {
  const termsOfToken = boundedMemo(processTerm, MAX_REMEMBERED_TOKENS);
  return (text) => {
    const terms: string[] = [];
    for (const token of tokenize(text)) {
      for (const term of termsOfToken(token)) terms.push(term);
    }
    return terms;
  };
}
