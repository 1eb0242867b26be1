/**
 * Groups that speak as one: `"…," police said`, `officials said`. The speaker is the group as the story
 * qualifies it: the force it names for "police" ("Kent Police"), else the qualified form written just before
 * ("Fire officials said …" makes a later "officials said" the fire officials), else the noun as written.
 */
import type { Article } from '../corpus/schema.js';
import { canQualifyTitle, isCommonWord, isDateWord, isDemonym, isPlaceName } from '../language/lexicon.js';
import { isFunctionWord } from '../language/function-words.js';
import { isOrganisationWord } from '../language/organisations.js';
import { isSpeechVerb } from '../language/speech-verbs.js';
import { bodyNamed } from './quotes-bodies.js';
import type { Outside } from './quotes-businesses.js';

// How many paragraphs back a bare group noun looks for its qualified form.
const LOOKBACK = 1;
const QUALIFIER = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.\-]*|\p{Ll}[\p{Ll}\-]+)`;

// Words that join two subjects into one we cannot read as a group: "Hale and officials said".
const CONJUNCTION = /^(?:and|or|nor|with|plus)$/i;

/** Whether a word before a group noun says which group it is ("fire", "U.S.", "state"), not how many or when. */
function qualifiesGroup(word: string): boolean {
  const lower = word.toLowerCase();
  // A verb's inflected forms ("says", "told") are not qualifiers; "state police" qualifies by a noun that is a verb too.
  const inflectedVerb = isSpeechVerb(lower) && /(?:s|ed|ing)$/.test(lower);
  return !/\d/.test(word) && !isFunctionWord(lower) && !inflectedVerb && !isDateWord(word) && canQualifyTitle(lower);
}

/**
 * A group's words from its first qualifier on: "Some officials" is "officials", "Riverton fire officials" stays;
 * null when a conjunction joins it to another subject ("Hale and officials").
 */
export function groupWords(words: readonly string[]): string[] | null {
  if (words.some((word) => CONJUNCTION.test(word))) return null;
  let from = words.length - 1;
  while (from > 0 && qualifiesGroup(words[from - 1]!)) from--;
  return words.slice(from);
}

/** The speaker a group subject ("police", "Fire officials", "U.S. officials") stands for at `offset`. */
export function speakingGroup(article: Article, subject: string, paragraph: number, offset: number, outside: Outside): string {
  const words = subject.split(/\s+/);
  const noun = words.at(-1)!.toLowerCase();
  if (isOrganisationWord(noun)) {
    const force = bodyNamed(article, noun, paragraph, offset);
    if (force && words.slice(0, -1).every((word) => force.toLowerCase().includes(word.toLowerCase()))) return force;
  }
  if (words.length > 1) return plainCase(words);
  // The noun alone: the qualified form just before says which group it is.
  return qualifiedBefore(article, noun, paragraph, offset, outside) ?? noun;
}

/** The nearest "<qualifier> <noun>" before `offset` outside quotations, as a speaker's name, or null. */
function qualifiedBefore(article: Article, noun: string, paragraph: number, offset: number, outside: Outside): string | null {
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${QUALIFIER}\s+){1,2}${noun}(?![\p{L}\p{M}])`, 'gu');
  for (let n = paragraph; n >= Math.max(1, paragraph - LOOKBACK); n--) {
    const text = article.paragraphs[n - 1]?.text ?? '';
    const end = n === paragraph ? offset : text.length;
    let found: string | null = null;
    for (const match of text.slice(0, end).matchAll(pattern)) {
      const words = groupWords(match[0].split(/\s+/));
      if (words && words.length > 1 && outside(n, match.index)) found = plainCase(words);
    }
    if (found) return found;
  }
  return null;
}

/** "Fire officials" → "fire officials": common words lose the capital a sentence's start gave them; names keep theirs. */
function plainCase(words: readonly string[]): string {
  return words
    .map((word) => (/^\p{Lu}\p{Ll}*$/u.test(word) && isCommonWord(word) && !isPlaceName(word) && !isDemonym(word) ? word.toLowerCase() : word))
    .join(' ');
}
