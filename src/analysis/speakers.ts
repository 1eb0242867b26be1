/**
 * Speakers: the people quoted, each with their aliases and role, looked up the way a person types a name
 * ("okafor", "jane", "Finance Minister", "the min").
 */
import { isFunctionWord } from '../language/function-words.js';
import { isSpeechVerb } from '../language/speech-verbs.js';
import { stem } from '../language/stems.js';
import type { Person, Quote, Speaker } from './schema.js';

/**
 * The speakers of a list of quotations, most quoted first, with the aliases and roles of the people they are,
 * and the other names cues gave the bodies and groups among them (`calledAlso`: "Acme Corp." → "the company").
 */
export function buildSpeakers(
  quotes: readonly Quote[],
  people: readonly Person[],
  calledAlso: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): Speaker[] {
  const counts = new Map<string, number>();
  for (const quote of quotes) counts.set(quote.speaker, (counts.get(quote.speaker) ?? 0) + 1);
  const personByName = new Map(people.map((person) => [person.name, person]));
  return [...counts]
    .map(([name, count]) => {
      const person = personByName.get(name);
      const aliases = new Set([...(person?.aliases ?? []), ...(calledAlso.get(name) ?? [])]);
      return { name, aliases: [...aliases], quotes: count, role: person?.role ?? null };
    })
    .sort((a, b) => b.quotes - a.quotes);
}

/** How well a speaker matches what was typed; lower is better. */
enum Match {
  Exact = 0,
  Prefix = 1,
  WordPrefix = 2,
  Substring = 3,
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function labelsOf(speaker: Speaker): string[] {
  return [speaker.name, ...speaker.aliases, ...(speaker.role ? [speaker.role] : [])].map(fold);
}

function matchOf(speaker: Speaker, typed: string): Match | undefined {
  let best: Match | undefined;
  for (const label of labelsOf(speaker)) {
    const found =
      label === typed ? Match.Exact
      : label.startsWith(typed) ? Match.Prefix
      : label.includes(` ${typed}`) ? Match.WordPrefix
      : label.includes(typed) ? Match.Substring
      : undefined;
    if (found !== undefined && (best === undefined || found < best)) best = found;
  }
  return best;
}

/**
 * Speakers for an autocomplete box: those whose name, an alias or the role matches what was typed, case and
 * accents aside; a whole match beats the start of a name, which beats the start of a later word, which beats
 * a match inside a word; ties go to the most quoted. Empty input lists the most quoted first.
 */
export function matchSpeakers(speakers: readonly Speaker[], typed: string, limit = 25): Speaker[] {
  const wanted = fold(typed);
  const byQuotes = (a: Speaker, b: Speaker) => b.quotes - a.quotes || a.name.localeCompare(b.name);
  if (wanted === '') return [...speakers].sort(byQuotes).slice(0, limit);
  return speakers
    .map((speaker) => ({ speaker, match: matchOf(speaker, wanted) }))
    .filter((entry): entry is { speaker: Speaker; match: Match } => entry.match !== undefined)
    .sort((a, b) => a.match - b.match || byQuotes(a.speaker, b.speaker))
    .slice(0, limit)
    .map((entry) => entry.speaker);
}

/** The one speaker a typed name most likely means, or undefined when none matches. */
export function findSpeaker(speakers: readonly Speaker[], name: string): Speaker | undefined {
  if (fold(name) === '') return undefined;
  return matchSpeakers(speakers, name, 1)[0];
}

export interface QuoteFilter {
  /** A speaker's name, alias, role or part of one. */
  speaker?: string;
  /** Words the quotation must be about, matched by stem ("negotiate" finds "negotiations"). */
  about?: string;
}

function stems(text: string): string[] {
  return fold(text)
    .split(' ')
    .map((word) => word.replace(/'s$|'/g, ''))
    // "what did she say about taxes": only "taxes" tells what the quotation is about.
    .filter((word) => word !== '' && !isFunctionWord(word) && !isSpeechVerb(word))
    .map(stem);
}

/**
 * The quotations of one speaker and/or about some words. A speaker that matches no one gives no quotations;
 * `about` keeps the quotations holding every one of its words.
 */
export function filterQuotes(quotes: readonly Quote[], speakers: readonly Speaker[], filter: QuoteFilter): Quote[] {
  let kept = [...quotes];
  if (filter.speaker !== undefined && fold(filter.speaker) !== '') {
    const speaker = findSpeaker(speakers, filter.speaker);
    if (!speaker) return [];
    kept = kept.filter((quote) => quote.speaker === speaker.name);
  }
  const wanted = filter.about === undefined ? [] : stems(filter.about);
  if (wanted.length > 0) {
    kept = kept.filter((quote) => {
      const words = new Set(stems(quote.text));
      return wanted.every((stem) => words.has(stem));
    });
  }
  return kept;
}
