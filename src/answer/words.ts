import { isFunctionWord } from '../language/function-words.js';
import { phrasalPhraseWord, phrasalWord } from '../language/phrasal-verbs.js';
import { stem } from '../language/stems.js';
import { abbreviatedTitleIn } from '../language/titles.js';

/** One word of a sentence or question, with what the answerer compares it by. */
export interface Word {
  /** The word as written. */
  text: string;
  start: number;
  end: number;
  lower: string;
  /**
   * What two words are compared by: lowercased, spelling folded to American, stemmed; digits without separators;
   * an abbreviated title as the word it stands for ("Gov." as "governor").
   */
  term: string;
  /**
   * For a capitalised word, its spellings without a nationality ending, so "Kenyan" meets "Kenya" and
   * "Russians" meets "Russia" (they share a root); empty for other words.
   */
  roots: string[];
  /** Starts with a capital letter (a name, or the first word of a sentence). */
  capitalized: boolean;
  /** All capitals or dotted ("FEMA", "U.S."): never a function word, even when it spells one ("US"). */
  acronym: boolean;
  number: boolean;
  /** Carries no meaning of its own for matching ("the", "did", "would"). */
  functionWord: boolean;
}

// Dotted abbreviations first ("U.S.", "p.m."), then numbers with their separators ("1,600", "9:30", "2.5"),
// then words with inner apostrophes ("Duarte's", "don't"). Hyphens split words: "Duarte-Okafor" is two names.
const WORD = /(?:\p{L}\.){2,}|\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?|[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;

/** The words of a text, in order, with their positions. */
export function words(text: string): Word[] {
  const result: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index;
    result.push(makeWord(raw, start, text.charAt(start + raw.length) === '.'));
  }
  return withPhrasalVerbs(result, text);
}

// "walked out" is compared as "walkout", "touched down" as "land", "came into force" as "effect" (see `phrasalWord`
// and `phrasalPhraseWord`): the verb takes the one
// word's term, and the particle, a function word, stays as it is.
function withPhrasalVerbs(result: Word[], text: string): Word[] {
  for (let index = 0; index + 1 < result.length; index++) {
    const [verb, particle] = [result[index]!, result[index + 1]!];
    if (verb.functionWord || verb.capitalized || !/^\s+$/.test(text.slice(verb.end, particle.start))) continue;
    const object = result[index + 2];
    const spaced = object !== undefined && /^\s+$/.test(text.slice(particle.end, object.start));
    const single = (spaced ? phrasalPhraseWord(verb.lower, particle.lower, object.lower) : undefined) ?? phrasalWord(verb.lower, particle.lower);
    if (single) result[index] = { ...verb, term: term(single) };
  }
  return result;
}

function makeWord(raw: string, start: number, beforeFullStop: boolean): Word {
  const lower = raw.toLowerCase().replace(/\u2019/g, "'");
  const dotted = /^(?:\p{L}\.){2,}$/u.test(raw);
  // "FBI's" is the FBI's: the possessive does not stop a word being an acronym.
  const unpossessed = raw.endsWith("'s") || raw.endsWith('\u2019s') ? raw.slice(0, -2) : raw;
  const acronym = dotted || (unpossessed.length >= 2 && /^\p{Lu}[\p{Lu}\p{N}]+s?$/u.test(unpossessed) && /\p{Lu}{2}/u.test(unpossessed));
  const number = /^\d/.test(raw);
  // "in May": the month, capitalised where the modal would not be.
  const functionWord = !acronym && !number && isFunctionWord(lower) && !(raw === 'May' && start > 0);
  const capitalized = /^\p{Lu}/u.test(raw);
  // "Gov. Mike Rourke" is the governor a question asks about, "Cllr Dan Morley" the councillor.
  const spelledOut = capitalized ? abbreviatedTitleIn(lower, beforeFullStop) : undefined;
  const wordTerm = spelledOut ? term(spelledOut) : termOf(raw, { dotted, acronym, number });
  return {
    text: raw,
    start,
    end: start + raw.length,
    lower,
    term: wordTerm,
    roots: capitalized && !acronym && !number ? nameRoots(lower) : [],
    capitalized,
    acronym,
    number,
    functionWord,
  };
}

/** The comparable form of one word: "Kilometres" and "kilometers" give the same term, "1,600" gives "1600". */
export function term(word: string): string {
  const dotted = /^(?:\p{L}\.){2,}$/u.test(word);
  return termOf(word, { dotted, acronym: dotted || /^\p{Lu}{2,}$/u.test(word), number: /^\d/.test(word) });
}

function termOf(raw: string, kind: { dotted: boolean; acronym: boolean; number: boolean }): string {
  const lower = raw.toLowerCase().replace(/\u2019/g, "'");
  if (kind.number) return lower.replace(/,/g, '');
  if (kind.dotted) return lower.replace(/\./g, '');
  const bare = lower.replace(/'s$/, '').replace(/'$/, '');
  // "NGOs" is the plural of "NGO"; "FBI's" only its possessive.
  if (kind.acronym) return /\p{Lu}s$/u.test(raw) ? bare.slice(0, -1) : bare;
  return stem(bare);
}

// Endings that turn a place into its people or adjective: Brazil/Brazilian, Kenya/Kenyan, Iraq/Iraqi.
const NATIONALITY_ENDINGS = ['eans', 'ean', 'ians', 'ian', 'ans', 'an', 'ns', 'n', 'ese', 'ish', 'is', 'i', 'e', 'a', 's'];
const MIN_ROOT_LENGTH = 4;

function nameRoots(lower: string): string[] {
  const bare = lower.replace(/'s?$/, '');
  const roots = new Set([bare]);
  for (const ending of NATIONALITY_ENDINGS) {
    if (bare.endsWith(ending) && bare.length - ending.length >= MIN_ROOT_LENGTH) roots.add(bare.slice(0, -ending.length));
  }
  return [...roots];
}

/** Whether two capitalised words name the same place or people ("Russians", "Russia"). */
export function shareNameRoot(a: Word, b: Word): boolean {
  return a.roots.some((root) => b.roots.includes(root));
}
