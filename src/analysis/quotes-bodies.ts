/**
 * Organisations that speak: "the airline said in a statement", "the union said". News writing names the body
 * first ("Skyvale Airlines cancelled …", "the Maritime Workers' Union") and then calls it by the noun its name
 * is built on, so the speaker is the nearest name before the cue that holds that noun.
 */
import type { Article } from '../corpus/schema.js';
import { headsNamedBy, isBusinessNoun } from '../language/organisations.js';
import type { PeopleIndex } from './people.js';
import { businessNamed, type Outside } from './quotes-businesses.js';

// How many paragraphs back "the airline" looks for the name it stands for.
const LOOKBACK = 8;
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.&\-]*`;
const JOINER = String.raw`(?:of|for|and|the)`;
const patterns = new Map<string, RegExp>();

/**
 * The speaker a body phrase stands for at `offset` in `paragraph`: the name built on its noun ("the union" →
 * "Maritime Workers’ Union"), which holds its other words too ("the fire department" is no "State Department");
 * else, for a business noun, the business named nearest before ("the company" → "Novatek Systems"); else the
 * phrase itself, without its article ("fire department"), when the story names no such body.
 */
export function speakingBody(article: Article, people: PeopleIndex, phrase: string, paragraph: number, offset: number, outside: Outside): string {
  const words = phrase.replace(/^the\s+/i, '').toLowerCase().split(/\s+/);
  const noun = words.at(-1)!;
  const named = bodyNamed(article, noun, paragraph, offset);
  if (named && words.slice(0, -1).every((word) => named.toLowerCase().includes(word))) return named;
  return (isBusinessNoun(noun) && words.length === 1 ? businessNamed(article, people, paragraph, offset, outside) : null) ?? words.join(' ');
}

/**
 * The name a body noun ("airline", "union", "ministry") stands for at `offset` in `paragraph`, or null: one built
 * on that noun, else on a kindred one ("the union" → "British Medical Association"; "the regulator" → "… Commission").
 */
export function bodyNamed(article: Article, noun: string, paragraph: number, offset: number): string | null {
  const [own, ...kindred] = headsNamedBy(noun);
  return nearestNamed(article, patternFor([own!]), paragraph, offset) ?? (kindred.length > 0 ? nearestNamed(article, patternFor(kindred), paragraph, offset) : null);
}

function nearestNamed(article: Article, pattern: RegExp, paragraph: number, offset: number): string | null {
  for (let n = paragraph; n >= Math.max(1, paragraph - LOOKBACK); n--) {
    const text = article.paragraphs[n - 1]?.text ?? '';
    const end = n === paragraph ? offset : text.length;
    let last: string | null = null;
    for (const match of text.slice(0, end).matchAll(pattern)) last = match[0];
    if (last) return last.replace(/^The\s+/, '').replace(/(?:['’]s|\.)$/u, '');
  }
  return null;
}

/** "Skyvale Airlines", "Ministry of Health", "Maritime Workers’ Union": capitalised words around one of the nouns. */
function patternFor(nouns: readonly string[]): RegExp {
  const key = nouns.join('|');
  let pattern = patterns.get(key);
  if (!pattern) {
    const head = `(?:${nouns.map((noun) => `${noun[0]!.toUpperCase()}${noun.slice(1)}`).join('|')})`;
    pattern = new RegExp(
      String.raw`(?<![\p{L}\p{M}])(?:${WORD}\s+(?:${JOINER}\s+)?){0,4}${head}s?(?:\s+(?:of|for)\s+(?:the\s+)?${WORD}(?:\s+${WORD}){0,3})?(?![\p{L}\p{M}])`,
      'gu',
    );
    patterns.set(key, pattern);
  }
  return pattern;
}
