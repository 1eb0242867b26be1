import type { Word } from './words.js';

// Small words an organisation's name holds without giving it a letter: "Food and Drug Administration" is FDA.
const SKIPPED = /^(?:of|and|for|the|on|in|&)$/;

/**
 * Whether the words spell out an acronym: "FDA" in "the Food and Drug Administration", "U.N." in "the United
 * Nations". A question may use the acronym where the story writes the name in full, or the other way round.
 */
export function spellsOut(acronym: Word, sentenceWords: readonly Word[]): boolean {
  if (!acronym.acronym) return false;
  const letters = acronym.text.replace(/s$/, '').replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2) return false;
  for (let start = 0; start < sentenceWords.length; start++) {
    if (initialsFrom(sentenceWords, start, letters)) return true;
  }
  return false;
}

function initialsFrom(sentenceWords: readonly Word[], start: number, letters: string): boolean {
  let at = 0;
  for (let index = start; index < sentenceWords.length && at < letters.length; index++) {
    const word = sentenceWords[index]!;
    if (at > 0 && SKIPPED.test(word.lower)) continue;
    if (!word.capitalized || word.acronym || word.text[0] !== letters[at]) return false;
    at += 1;
  }
  return at === letters.length;
}
