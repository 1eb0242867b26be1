/**
 * Organisations that speak: "the airline said in a statement", "the union said". News writing names the body
 * first ("Skyvale Airlines cancelled …", "the Maritime Workers' Union") and then calls it by the noun its name
 * is built on, so the speaker is the nearest name before the cue that holds that noun.
 */
import type { Article } from '../corpus/schema.js';

// How many paragraphs back "the airline" looks for the name it stands for.
const LOOKBACK = 8;
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.&\-]*`;
const JOINER = String.raw`(?:of|for|and|the)`;
const patterns = new Map<string, RegExp>();

/** The name a body noun ("airline", "union", "ministry") stands for at `offset` in `paragraph`, or null. */
export function bodyNamed(article: Article, noun: string, paragraph: number, offset: number): string | null {
  const pattern = patternFor(noun);
  for (let n = paragraph; n >= Math.max(1, paragraph - LOOKBACK); n--) {
    const text = article.paragraphs[n - 1]?.text ?? '';
    const end = n === paragraph ? offset : text.length;
    let last: string | null = null;
    for (const match of text.slice(0, end).matchAll(pattern)) last = match[0];
    if (last) return last.replace(/^The\s+/, '').replace(/(?:['’]s|\.)$/u, '');
  }
  return null;
}

/** "Skyvale Airlines", "Ministry of Health", "Maritime Workers’ Union": capitalised words around the noun. */
function patternFor(noun: string): RegExp {
  let pattern = patterns.get(noun);
  if (!pattern) {
    const head = `${noun[0]!.toUpperCase()}${noun.slice(1)}`;
    pattern = new RegExp(
      String.raw`(?<![\p{L}\p{M}])(?:${WORD}\s+(?:${JOINER}\s+)?){0,4}${head}s?(?:\s+(?:of|for)\s+(?:the\s+)?${WORD}(?:\s+${WORD}){0,3})?(?![\p{L}\p{M}])`,
      'gu',
    );
    patterns.set(noun, pattern);
  }
  return pattern;
}
