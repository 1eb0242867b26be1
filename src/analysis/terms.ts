import { isFunctionWord } from '../language/function-words.js';
import { isSpeechVerb } from '../language/speech-verbs.js';
import { stem } from '../language/stems.js';

// Beyond function words and speech verbs, the words every news story is full of; they say nothing about its subject.
const NEWS_FILLER = new Set('after against before further last made make new once since according mr mrs ms s t'.split(' '));

/** Whether a lowercased word says nothing about a story's subject: a function word, a speech verb, or filler. */
function isStopWord(word: string): boolean {
  return isFunctionWord(word) || isSpeechVerb(word) || NEWS_FILLER.has(word);
}

// Numbers keep their thousands separators ("2,500"), so that a number can be compared with or without them.
const WORD = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** The words of a text, lowercased, with curly apostrophes and possessive endings folded. */
export function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((word) =>
    word
      .toLowerCase()
      .replace(/’/g, "'")
      .replace(/'s$/, '')
      .replace(/\.$/, ''),
  );
}

/** The stems of a text's content words, in order, repeats kept. */
export function contentStems(text: string): string[] {
  return words(text)
    .filter((word) => !isStopWord(word) && !/\d/.test(word))
    .map((word) => stem(word.replace(/[.']/g, '')));
}

/** The share of the smaller set's stems that the other set also has, 0 to 1. */
export function stemOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const smaller = a.size <= b.size ? a : b;
  const larger = smaller === a ? b : a;
  if (smaller.size === 0) return 0;
  let shared = 0;
  for (const term of smaller) if (larger.has(term)) shared++;
  return shared / smaller.size;
}
