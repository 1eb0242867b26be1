/**
 * Runs of capitalised words, the raw material of names in English prose: "Institute for Fiscal
 * Studies", "Lyon", "OPEC". Lowercase joining words ("of", "for", "the", "and") stay inside a run
 * when capitalised words stand on both sides; possessive endings are left out of the run.
 */
import { isCalendarName } from '../language/calendar.js';
import { isFunctionWord } from '../language/function-words.js';
import { NAME_JOINERS, NAME_PARTICLES } from '../language/names.js';

export interface ProperNoun {
  text: string;
  start: number;
  end: number;
  /** The run opens the sentence (or a quotation), where every word is capitalised anyway. */
  sentenceInitial: boolean;
  /** Written in capitals throughout, like an acronym ("OPEC", "U.S."). */
  acronym: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}’'.&-]*/gu;
const JOINERS: ReadonlySet<string> = new Set([...NAME_JOINERS, ...NAME_PARTICLES, 'on', '&']);
// Capitalised at a sentence's start, but never the start of a name: function words, and these.
const OTHER_SENTENCE_OPENERS = new Set(
  'after before since meanwhile today yesterday prior following instead earlier later asked interestingly first second finally'.split(' '),
);

// Abbreviations whose full stop belongs to the name ("Lumen Devices Inc.").
const ABBREVIATIONS = /^(?:Inc|Corp|Co|Ltd|Jr|Sr|Bros|St|Mt)\.$/;

interface Token {
  word: string;
  start: number;
  end: number;
}

/** The capitalised runs of a sentence, in order. */
export function properNouns(sentence: string): ProperNoun[] {
  const tokens = tokenize(sentence);
  const runs: ProperNoun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i]!.word)) {
      i++;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < tokens.length && adjacent(sentence, tokens[j - 1]!, tokens[j]!)) {
      const word = tokens[j]!.word;
      if (isCapitalised(word)) {
        last = j;
        j++;
      } else if (
        JOINERS.has(word) &&
        tokens[j + 1] &&
        isCapitalised(tokens[j + 1]!.word) &&
        // "the London Stock Exchange on Monday": a day or month after a joining word starts a new phrase.
        !isCalendarName(tokens[j + 1]!.word) &&
        adjacent(sentence, tokens[j]!, tokens[j + 1]!)
      ) {
        j++;
      } else {
        break;
      }
    }
    runs.push(...splitOpener(sentence, tokens.slice(i, last + 1)));
    i = last + 1;
  }
  return runs;
}

function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(TOKEN)) {
    // A possessive or a sentence-final full stop is not part of the name ("Smith's", "in Lyon.").
    let word = match[0].replace(/(?:['’]s?)$/, '');
    if (word.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(word) && !ABBREVIATIONS.test(word)) word = word.slice(0, -1);
    if (word.length > 0) tokens.push({ word, start: match.index, end: match.index + word.length });
  }
  return tokens;
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

// Two words belong to one name only when nothing but a single space separates them.
function adjacent(sentence: string, left: Token, right: Token): boolean {
  return sentence.slice(left.end, right.start) === ' ';
}

function isInitialPosition(sentence: string, at: number): boolean {
  return /^[\s"'“‘(—–-]*$/u.test(sentence.slice(0, at)) || /[“"‘]\s*$/u.test(sentence.slice(0, at));
}

function splitOpener(sentence: string, tokens: Token[]): ProperNoun[] {
  const first = tokens[0]!;
  const initial = isInitialPosition(sentence, first.start);
  // "The Falcon", "During Smith's trip": the capitalised opener is not part of the name after it.
  if (initial && opensWithoutNaming(first.word.toLowerCase())) {
    const rest = tokens.slice(1);
    while (rest.length > 0 && JOINERS.has(rest[0]!.word)) rest.shift();
    return rest.length > 0 ? [toProperNoun(sentence, rest, false)] : [];
  }
  return [toProperNoun(sentence, tokens, initial)];
}

function opensWithoutNaming(lower: string): boolean {
  return isFunctionWord(lower) || OTHER_SENTENCE_OPENERS.has(lower);
}

function toProperNoun(sentence: string, tokens: Token[], sentenceInitial: boolean): ProperNoun {
  const start = tokens[0]!.start;
  const end = tokens.at(-1)!.end;
  const text = sentence.slice(start, end);
  return { text, start, end, sentenceInitial, acronym: /^(?:\p{Lu}[\p{Lu}\p{N}&.-]*)$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text) };
}
