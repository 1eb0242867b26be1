import { processTerm, tokenize } from './tokenize.js';

/** Past this many distinct tokens the memo starts afresh, so a huge vocabulary cannot hold memory forever. */
const MAX_REMEMBERED_TOKENS = 500_000;

/**
 * `analyze` with a memo of each distinct token's terms. News repeats its words (a Zipf law), so building an
 * index of many paragraphs stems each distinct word once instead of every time it occurs.
 */
export function createCachedAnalyzer(): (text: string) => string[] {
  const termsOfToken = new Map<string, string[]>();
  return (text) => {
    const terms: string[] = [];
    for (const token of tokenize(text)) {
      let processed = termsOfToken.get(token);
      if (processed === undefined) {
        if (termsOfToken.size >= MAX_REMEMBERED_TOKENS) termsOfToken.clear();
        processed = processTerm(token);
        termsOfToken.set(token, processed);
      }
      for (const term of processed) terms.push(term);
    }
    return terms;
  };
}
