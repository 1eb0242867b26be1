import { lookupPlace, type Place } from './gazetteer.js';
import type { ProperNoun } from './proper-nouns.js';

/** A place named in a sentence. */
export interface PlaceMention {
  /** The place as the text names it, with its country when given ("Budapest, Hungary"). */
  text: string;
  start: number;
  end: number;
  place: Place;
  /** Named at the very start of the sentence, where capitals prove nothing. */
  sentenceInitial: boolean;
}

// Words after a preposition that make a capitalised name a place even when no gazetteer knows it.
const LOCATIVE = /\b(?:in|near|outside|across|throughout|inside)\s$/;
const NOT_A_PLACE_END = /(?:ian|ese|ish|ans|ists?|ers|day)$/;
const CALENDAR_WORDS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * The places among a sentence's proper nouns: names the gazetteer knows, the parts of hyphenated pairs
 * ("U.S.-Russia relations"), a city followed by its country ("Budapest, Hungary"), and unknown names that
 * follow "in"/"near" ("in Springfield"). Names in `notPlaces` (people's names, organisations) are skipped.
 */
export function findPlaces(sentence: string, nouns: ProperNoun[], notPlaces: ReadonlySet<string>): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  for (let i = 0; i < nouns.length; i++) {
    const noun = nouns[i]!;
    if (notPlaces.has(noun.text)) continue;
    const place = lookupPlace(noun.text);
    if (place) {
      const next = nouns[i + 1];
      const nextPlace = next && sentence.slice(noun.end, next.start) === ', ' ? lookupPlace(next.text) : undefined;
      if (next && nextPlace && place.type !== 'country' && (nextPlace.type === 'country' || nextPlace.type === 'region')) {
        mentions.push({ text: `${noun.text}, ${next.text}`, start: noun.start, end: next.end, place, sentenceInitial: noun.sentenceInitial });
        i++;
      } else {
        mentions.push({ text: noun.text, start: noun.start, end: noun.end, place, sentenceInitial: noun.sentenceInitial });
      }
      continue;
    }
    if (/-|\s(?:and|&)\s/.test(noun.text)) {
      mentions.push(...placesInPair(noun, notPlaces));
      continue;
    }
    if (!noun.sentenceInitial && LOCATIVE.test(sentence.slice(Math.max(0, noun.start - 12), noun.start)) && looksLikePlaceName(noun.text)) {
      mentions.push({
        text: noun.text,
        start: noun.start,
        end: noun.end,
        place: { name: noun.text, type: 'region', country: null },
        sentenceInitial: false,
      });
    }
  }
  return mentions;
}

// "U.S.-Russia relations", "Ukraine and Gaza": each side may be a place.
function placesInPair(noun: ProperNoun, notPlaces: ReadonlySet<string>): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  for (const part of noun.text.matchAll(/[^-\s&]+(?:\s(?!and\s|&)[^-\s&]+)*/g)) {
    const name = part[0];
    const place = notPlaces.has(name) ? undefined : lookupPlace(name);
    if (!place) continue;
    const start = noun.start + part.index;
    mentions.push({ text: name, start, end: start + name.length, place, sentenceInitial: noun.sentenceInitial && part.index === 0 });
  }
  return mentions;
}

function looksLikePlaceName(name: string): boolean {
  const words = name.split(' ');
  return words.length <= 3 && !NOT_A_PLACE_END.test(name) && !CALENDAR_WORDS.test(name) && !/^\p{Lu}+$/u.test(name);
}
