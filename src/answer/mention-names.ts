import type { Corpus } from '../corpus/schema.js';
import { splitSentences } from '../corpus/sentences.js';
import type { Mention, MentionKind } from './mentions.js';
import { isCalendarName } from '../language/calendar.js';
import { standsInsideNames } from '../language/names.js';
import { endsPlaceName, isPlaceNoun, LOCATIVE_PREPOSITIONS, lookupCountryOrRegion } from '../language/places.js';
import { attributesView } from '../language/speech-verbs.js';
import { isTitleQualifier, isTitleWord } from '../language/titles.js';
import { isOrganisationWord } from '../language/organisations.js';
import { words as wordsOf, type Word } from './words.js';

/** People a corpus names, by any word of their names, so a lone "Reyes" is known to be a person. */
export interface KnownPeople {
  /** Whether a lowercased word is part of a person's name. */
  has(nameWord: string): boolean;
  /** The fullest name the corpus gives a person known by this word or words ("reyes" → "Dana Reyes"). */
  fullName(name: string): string | undefined;
}

/** Knows no one: for text read without a corpus. */
export const NO_PEOPLE: KnownPeople = { has: () => false, fullName: () => undefined };

/** A run of capitalised words in a sentence, with what it names. */
export interface NameRun {
  words: Word[];
  kind: MentionKind;
  /** For a person named with a title, the title as written ("Treasury Secretary"). */
  title: string | null;
}

/** People, organisations, places and other names a sentence mentions, as mentions. */
export function findNames(sentence: string, sentenceWords: Word[], people: KnownPeople): Mention[] {
  return nameRuns(sentence, sentenceWords, people).map((run) => {
    const first = run.words[0]!;
    const last = run.words.at(-1)!;
    const end = last.text.endsWith("'s") || last.text.endsWith('\u2019s') ? last.end - 2 : last.end;
    return { kind: run.kind, start: first.start, end, text: sentence.slice(first.start, end) };
  });
}

/** The runs of capitalised words in a sentence, each classified as a person, place, organisation or name. */
export function nameRuns(sentence: string, sentenceWords: Word[], people: KnownPeople): NameRun[] {
  const runs: NameRun[] = [];
  let index = 0;
  while (index < sentenceWords.length) {
    const word = sentenceWords[index]!;
    if (!startsName(word)) {
      index += 1;
      continue;
    }
    const run = [word];
    let next = index + 1;
    while (next < sentenceWords.length) {
      const candidate = sentenceWords[next]!;
      const previous = run.at(-1)!;
      if (!joined(sentence, previous, candidate) || /'s$/.test(previous.lower)) break;
      if (startsName(candidate)) run.push(candidate);
      else if (standsInsideNames(candidate.lower) && candidate.lower !== 'and' && startsName(sentenceWords[next + 1])) {
        run.push(candidate);
      } else break;
      next += 1;
    }
    index = next;
    const trimmed = trimSentenceStart(sentence, run, people);
    if (trimmed.length > 0) runs.push(classify(sentence, trimmed, sentenceWords, people));
  }
  return runs;
}

function startsName(word: Word | undefined): boolean {
  if (word === undefined || !(word.capitalized || word.acronym) || word.number) return false;
  return !isCalendarName(word.lower) && word.lower !== 'i' && !word.lower.startsWith("i'");
}

// Words of one name are separated by spaces only, or by the full stop of an abbreviated title ("Sen. Graham").
function joined(sentence: string, left: Word, right: Word): boolean {
  return /^\.?\s+$/.test(sentence.slice(left.end, right.start));
}

// The first word of a sentence or of a quotation is capitalised whatever it is. It starts a name only when it
// is not a function word, not shaped like a verb or adverb ("Pending", "Instead"), and, standing alone, is known.
function trimSentenceStart(sentence: string, run: Word[], people: KnownPeople): Word[] {
  const first = run[0]!;
  const atStart = /(?:^|[:"\u201C\u2018(\u2014\u2013])\s*$/.test(sentence.slice(0, first.start));
  if (!atStart || first.acronym) return run;
  if (first.functionWord || /(?:ing|ly|ed)$/.test(first.lower)) return dropLeadingConnectors(run.slice(1));
  if (run.length > 1 || beforeBased(sentence, run)) return run;
  const name = bare(first.lower);
  return people.has(name) || isCountryOrRegion([first]) || isTitle(name) ? run : [];
}

// "Dublin-based BrightPay", "a New York-based fund": the name before "-based" is where something is based.
function beforeBased(sentence: string, run: readonly Word[]): boolean {
  return /^[-\u2010\u2011]based\b/i.test(sentence.slice(run.at(-1)!.end));
}

function dropLeadingConnectors(run: Word[]): Word[] {
  const firstName = run.findIndex((word) => !standsInsideNames(word.lower));
  return firstName < 0 ? [] : run.slice(firstName);
}

function classify(sentence: string, run: Word[], sentenceWords: Word[], people: KnownPeople): NameRun {
  const lowers = run.map((word) => bare(word.lower));
  const before = sentenceWords[sentenceWords.indexOf(run[0]!) - 1];
  const beforeThat = sentenceWords[sentenceWords.indexOf(run[0]!) - 2];
  const after = sentenceWords[sentenceWords.indexOf(run.at(-1)!) + 1];
  const isOrganization = lowers.some(isOrganisationWord);

  const titled = splitTitle(run);
  if (titled && !titled.name.some((word) => isOrganisationWord(bare(word.lower)))) {
    return { words: titled.name, kind: 'person', title: titled.title.map((word) => word.text).join(' ') };
  }
  if (isCountryOrRegion(run)) return { words: run, kind: 'place', title: null };
  // "the Utah Test and Training Range", "the New York Harbor": a name that opens with a place's, and names no
  // organisation ("Minnesota Department of Transportation"), is a place too.
  if (!isOrganization && run.slice(1).length > 0 && run.some((_, end) => end > 0 && isCountryOrRegion(run.slice(0, end)))) {
    return { words: run, kind: 'place', title: null };
  }
  const knownPerson = lowers.every((word) => people.has(word) || standsInsideNames(word));
  if (knownPerson && !isOrganization) return { words: run, kind: 'person', title: null };
  const afterLocative =
    (before && LOCATIVE_PREPOSITIONS.has(before.lower)) ||
    (before?.lower === 'the' && beforeThat !== undefined && LOCATIVE_PREPOSITIONS.has(beforeThat.lower));
  const followedByCountry = /^,\s*/.test(sentence.slice(run.at(-1)!.end)) && after && isCountryOrRegion([after]);
  const beforePlaceNoun = after !== undefined && !after.capitalized && isPlaceNoun(after.lower);
  const placeShaped = run.length >= 2 && !isOrganization && endsPlaceName(run.at(-1)!.lower);
  if (afterLocative || followedByCountry || beforePlaceNoun || placeShaped || beforeBased(sentence, run)) return { words: run, kind: 'place', title: null };
  if (isOrganization || (run.length === 1 && run[0]!.acronym)) return { words: run, kind: 'organization', title: null };
  const speaks = after !== undefined && attributesView(after.lower);
  const personShaped = run.length >= 2 && run.length <= 3 && run.every((word) => !word.acronym && !standsInsideNames(word.lower));
  // "Marches Coaches, which runs six of the routes": "which" is never said of a person.
  if (personShaped && /^\s*,\s*which\b/.test(sentence.slice(run.at(-1)!.end))) return { words: run, kind: 'organization', title: null };
  if (personShaped || speaks) return { words: run, kind: 'person', title: null };
  return { words: run, kind: 'name', title: null };
}

/**
 * Splits "Finance Minister Dana Reyes" into its title and the name after it. The title runs to its last
 * title word, with an "of State" or "of the Treasury" that follows it.
 */
export function splitTitle(run: Word[]): { title: Word[]; name: Word[] } | null {
  let lastTitle = -1;
  run.forEach((word, index) => {
    if (isTitle(bare(word.lower))) lastTitle = index;
  });
  if (lastTitle < 0) return null;
  let nameStart = lastTitle + 1;
  if (run[nameStart]?.lower === 'of') {
    nameStart += 1;
    if (run[nameStart]?.lower === 'the') nameStart += 1;
    nameStart += 1;
  }
  const name = run.slice(nameStart);
  if (name.length === 0) return null;
  return { title: run.slice(0, nameStart), name };
}

// "Chief Financial Officer", "Vice President": the qualifiers inside a title belong to it.
function isTitle(word: string): boolean {
  return isTitleWord(word) || isTitleQualifier(word);
}

function isCountryOrRegion(run: Word[]): boolean {
  return lookupCountryOrRegion(run.map((word) => word.text.replace(/['\u2019]s?$/, '')).join(' ')) !== undefined;
}

function bare(lower: string): string {
  return lower.replace(/'s?$/, '');
}

/**
 * The answerer's light view of the people a corpus names: every word of every person's name, and the fullest
 * name each word belongs to. Nothing more (no roles, genders or aliases by role).
 *
 * The analyses' `PeopleIndex` (`src/analysis/people.ts`) knows people far better, but it needs compromise's
 * lexicon: loading it and reading the bundled story cost about 230 ms against 8 ms for this view, and on the
 * gold questions the answerer gave the same answers with either. So a one-shot `storybot ask` keeps to this
 * view; anything that needs who a person is (quotes, speakers, facts) asks `PeopleIndex`.
 */
export class PeopleRegistry implements KnownPeople {
  private readonly fullNames = new Map<string, string>();

  /** Learns the people a corpus names. */
  static fromCorpus(corpus: Corpus): PeopleRegistry {
    return PeopleRegistry.fromParagraphs(corpus.articles.flatMap((article) => article.paragraphs.map((p) => p.text)));
  }

  /** Learns the people named in some paragraphs: named with a title, or with a first and last name. */
  static fromParagraphs(paragraphs: Iterable<string>): PeopleRegistry {
    const registry = new PeopleRegistry();
    for (const paragraph of paragraphs) {
      for (const sentence of splitSentences(paragraph)) {
        for (const run of nameRuns(sentence.text, wordsOf(sentence.text), NO_PEOPLE)) {
          if (run.kind === 'person' && (run.words.length >= 2 || run.title !== null)) registry.add(run.words);
        }
      }
    }
    return registry;
  }

  private add(name: Word[]): void {
    const full = name.map((word) => word.text.replace(/['\u2019]s?$/, '')).join(' ');
    for (const key of [...name.map((word) => bare(word.lower)), full.toLowerCase()]) {
      const known = this.fullNames.get(key);
      if (known === undefined || known.length < full.length) this.fullNames.set(key, full);
    }
  }

  has(nameWord: string): boolean {
    return this.fullNames.has(nameWord.toLowerCase());
  }

  fullName(name: string): string | undefined {
    return this.fullNames.get(name.toLowerCase().replace(/['\u2019]s?$/, ''));
  }
}
