import { stem } from '../language/stems.js';
import { boundedMemo } from '../memo.js';
import { areConverses, areOpposites, areSynonyms } from '../language/synonyms.js';
import { shareNameRoot, type Word } from './words.js';

/** How strongly a word of a sentence matches a word of a question: the same word, the same name, a synonym. */
export const SAME_WORD = 1;
export const SAME_NAME = 0.9;
export const SYNONYM = 0.8;
export const RELATED_FORM = 0.7;
export const CONVERSE = 0.6;
/** A word for the opposite act ("cut" for "add"), which answers a yes-no question with a no, and nothing else. */
export const OPPOSITE = 0.6;

export function matchStrength(focus: Word, word: Word): number {
  if (word.functionWord) return 0;
  if (focus.term === word.term) return SAME_WORD;
  if (focus.roots.length > 0 && word.roots.length > 0 && shareNameRoot(focus, word)) return SAME_NAME;
  if (areSynonyms(focus.term, word.term)) return SYNONYM;
  if (sameDerivationalRoot(focus.lower, word.lower) || sameAfterPrefix(focus, word)) return RELATED_FORM;
  if (areConverses(focus.term, word.term)) return CONVERSE;
  return 0;
}

// "repaid" is "paid" again, "rebuild" is "build" again: the prefix of repetition, before a verb of four letters
// or more ("resign" is no "sign" again, but a question is seldom that close to the wrong word).
const REPETITION_MIN_LENGTH = 6;

function sameAfterPrefix(focus: Word, word: Word): boolean {
  return repeats(word.lower, focus.term) || repeats(focus.lower, word.term);
}

function repeats(lower: string, term: string): boolean {
  return lower.length >= REPETITION_MIN_LENGTH && lower.startsWith('re') && stem(lower.slice(2)) === term;
}

// Suffixes that make nouns and adjectives of verbs: "closure" and "close", "approval" and "approve".
const DERIVATIONAL_SUFFIX = /(?:ations?|itions?|ions?|ures?|ments?|ances?|ences?|als?|ings?|ers?|ors?|ed|es|e|s|y)$/;
const MIN_ROOT = 4;

// "emitters" is "emit" with its last consonant doubled before the suffix, as "planner" is "plan"; a root that
// ends in a double letter of its own ("killer", "staffing") keeps it.
const DOUBLED_CONSONANT = /([bdgkmnprt])\1$/;

// Every sentence word is compared with every focus word, so roots are remembered: the profile of a run of
// questions spent 39% of its time recomputing them.
const ROOTS_REMEMBERED = 50_000;
const derivationalRoot = boundedMemo(rootOf, ROOTS_REMEMBERED);

function rootOf(lower: string): string {
  const root = lower.replace(DERIVATIONAL_SUFFIX, '');
  if (root.length < MIN_ROOT) return lower;
  const undoubled = root.replace(DOUBLED_CONSONANT, '$1');
  return undoubled.length >= MIN_ROOT ? undoubled : root;
}

// A word of four letters ("emit") may be the root of a longer one ("emitters"); two longer words must share theirs.
function sameDerivationalRoot(a: string, b: string): boolean {
  if (a.length < MIN_ROOT || b.length < MIN_ROOT || (a.length === MIN_ROOT && b.length === MIN_ROOT)) return false;
  const rootA = a.length === MIN_ROOT ? a : derivationalRoot(a);
  const rootB = b.length === MIN_ROOT ? b : derivationalRoot(b);
  return rootA.length >= MIN_ROOT && rootA === rootB;
}

/** The best match a focus word finds among some words, 0 when none. */
export function bestMatch(focus: Word, words: readonly Word[]): number {
  let best = 0;
  for (const word of words) {
    const strength = matchStrength(focus, word);
    if (strength > best) best = strength;
    if (best === SAME_WORD) break;
  }
  return best;
}

/** How strongly some words name the opposite of a question's word ("cut" for "add"): `OPPOSITE`, or 0. */
export function oppositeMatch(focus: Word, words: readonly Word[]): number {
  return words.some((word) => !word.functionWord && areOpposites(focus.term, word.term)) ? OPPOSITE : 0;
}
