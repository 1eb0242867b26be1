import { stemmer } from 'stemmer';

// Function words and the reporting verbs every news story is full of; they say nothing about its subject.
const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each even ever few for from further had has have ' +
    'having he her here hers herself him himself his how however i if in into is it its itself just last less like ' +
    'made make many may me might more most much must my myself new no nor not now of off on once one only or other ' +
    'our ours ourselves out over own per same say said says she should since so some such than that the their ' +
    'theirs them themselves then there these they this those though through thus to too under until up upon us very ' +
    'was we were what when where whether which while who whom whose why will with within without would yet you your ' +
    'yours told according stated added noted explained remarked asked mr mrs ms s t'
  ).split(' '),
);

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

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase());
}

/** The stem of a word, so that "tariffs", "tariff" and "tariffed" compare equal. */
export function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    const lower = word.toLowerCase().replace(/[.']/g, '');
    stemmed = /^\p{L}+$/u.test(lower) ? stemmer(lower) : lower;
    if (stems.size < MAX_REMEMBERED_STEMS) stems.set(word, stemmed);
  }
  return stemmed;
}

// Stemming is the costliest step of reading an article and news vocabulary repeats, so stems are remembered.
const MAX_REMEMBERED_STEMS = 50_000;
const stems = new Map<string, string>();

/** The stems of a text's content words, in order, repeats kept. */
export function contentStems(text: string): string[] {
  return words(text)
    .filter((word) => !STOP_WORDS.has(word) && !/\d/.test(word))
    .map(stem);
}

/** The share of the smaller set's stems that the other set also has, 0 to 1. */
export function stemOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const smaller = a.size <= b.size ? a : b;
  const larger = smaller === a ? b : a;
  if (smaller.size === 0) return 0;
  let shared = 0;
  for (const stem of smaller) if (larger.has(stem)) shared++;
  return shared / smaller.size;
}
