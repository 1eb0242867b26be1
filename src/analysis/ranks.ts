import { isFunctionWord } from '../language/function-words.js';
import type { Span } from './article-text.js';

/**
 * Figures that are not amounts: ordinals with what they rank ("their fourth face-to-face encounter", "the
 * world's fifth-largest copper producer", "the 12th minute") and tallies of a vote or a game ("voted 5-2",
 * "beat the Mariners 3-1").
 */
export interface Rank extends Span {
  text: string;
  kind: 'ordinal' | 'tally';
}

const ORDINAL_WORDS =
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth ' +
  'sixteenth seventeenth eighteenth nineteenth twentieth';
// "fourth", "12th", "fifth-largest"; the ranked noun follows.
const ORDINAL = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${ORDINAL_WORDS.split(' ').join('|')}|\\d{1,3}(?:st|nd|rd|th))(?:-[\\p{Ll}]+)?(?![\\p{L}\\p{N}])`,
  'giu',
);
const NEXT_WORD = /\s([\p{Ll}][\p{Ll}-]*)/uy;
const MAX_RANKED_WORDS = 3;
// "beat the Mariners 3-1", "voted 5-2", "passed 6-3": a tally needs the verb of a game or a vote before it.
const TALLY = /(?<![\p{N}.,:/$£€-])(\d{1,3})[-–](\d{1,3})(?![\p{N}.,:/%-])(?!\s?(?:per|percent))/gu;
const TALLY_VERB = /\b(?:beat|beats|won|wins|win|lost|loses|lose|defeated|defeats|drew|draws|voted|votes|vote|passed|approved|rejected|edged|routed|thrashed|trailed|trails|led|leads|leading|finished)\b/i;
const TALLY_REACH = 60;

/** The ordinals and tallies of a sentence, in order. */
export function findRanks(text: string): Rank[] {
  const ranks: Rank[] = [];
  for (const match of text.matchAll(ORDINAL)) {
    const end = rankedNounEnd(text, match.index + match[0].length);
    if (end === null) continue;
    ranks.push({ text: text.slice(match.index, end), start: match.index, end, kind: 'ordinal' });
  }
  for (const match of text.matchAll(TALLY)) {
    if (!TALLY_VERB.test(text.slice(Math.max(0, match.index - TALLY_REACH), match.index))) continue;
    ranks.push({ text: match[0], start: match.index, end: match.index + match[0].length, kind: 'tally' });
  }
  return ranks.sort((a, b) => a.start - b.start);
}

// The end of the noun an ordinal ranks ("fourth face-to-face encounter"), or null when none follows ("First, we…").
function rankedNounEnd(text: string, at: number): number | null {
  let end = at;
  let words = 0;
  while (words < MAX_RANKED_WORDS) {
    NEXT_WORD.lastIndex = end;
    const next = NEXT_WORD.exec(text);
    if (!next || isFunctionWord(next[1]!)) break;
    end = next.index + next[0].length;
    words++;
  }
  return words > 0 ? end : null;
}
