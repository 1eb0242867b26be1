import { startsWithMonth } from '../language/calendar.js';
import { lookupPlace, type Place } from '../language/places.js';
import type { ProperNoun } from './proper-nouns.js';

/** A place named in a sentence. */
export interface PlaceMention {
  /** The place as the text names it, with its country when given ("Lyon, France"). */
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

/**
 * The places among a sentence's proper nouns: names the gazetteer knows, the parts of hyphenated pairs
 * ("U.S.-China relations"), a city followed by its country ("Lyon, France"), and unknown names that
 * follow "in"/"near" ("in Springfield"). Names in `notPlaces` (people's names, organisations) are skipped.
 */
export function findPlaces(sentence: string, nouns: ProperNoun[], notPlaces: ReadonlySet<string>): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  for (let i = 0; i < nouns.length; i++) {
    const noun = nouns[i]!;
    if (notPlaces.has(noun.text)) continue;
    const known = lookupPlace(noun.text);
    // "Corpus Christi, Texas", "Perth, Australia": a name followed by its state or country is a place.
    const next = nouns[i + 1];
    const container = next && sentence.slice(noun.end, next.start) === ', ' ? lookupPlace(next.text) : undefined;
    if (next && container && container.type !== 'city' && known?.type !== 'country' && (known || looksLikePlaceName(noun.text))) {
      const place = known ?? { name: noun.text, type: 'city' as const, country: container.type === 'country' ? container.name : container.country };
      mentions.push({ text: `${noun.text}, ${next.text}`, start: noun.start, end: next.end, place, sentenceInitial: noun.sentenceInitial });
      i++;
    } else if (known) {
      mentions.push({ text: noun.text, start: noun.start, end: noun.end, place: known, sentenceInitial: noun.sentenceInitial });
    } else if (/-|\s(?:and|&)\s/.test(noun.text)) {
      mentions.push(...placesInPair(noun, notPlaces));
    } else if (!noun.sentenceInitial && LOCATIVE.test(sentence.slice(Math.max(0, noun.start - 12), noun.start)) && looksLikeUnknownPlace(noun.text)) {
      const place = { name: noun.text, type: 'region' as const, country: null };
      mentions.push({ text: noun.text, start: noun.start, end: noun.end, place, sentenceInitial: false });
    }
  }
  return mentions;
}

// "U.S.-China relations", "Peru and Chile": each side may be a place.
function placesInPair(noun: ProperNoun, notPlaces: ReadonlySet<string>): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  let offset = 0;
  for (const part of noun.text.split(/(-|\s(?:and|&)\s)/)) {
    const at = offset;
    offset += part.length;
    const place = notPlaces.has(part) ? undefined : lookupPlace(part);
    if (!place) continue;
    const start = noun.start + at;
    mentions.push({ text: part, start, end: start + part.length, place, sentenceInitial: noun.sentenceInitial && at === 0 });
  }
  return mentions;
}

// A name no gazetteer knows is taken for a place after "in" only when it is one word ("in Springfield") or
// ends like a place ("in Harlan County"); "shares in Andes Copper" is not a place.
const PLACE_ENDING = /\s(?:City|County|Province|Region|District|Island|Islands|Valley|Beach|Bay|Heights|Springs|Falls|Harbou?r|Port|Park|Hills|Coast|Lake|River|Mountains?)$/;

function looksLikeUnknownPlace(name: string): boolean {
  return looksLikePlaceName(name) && (!name.includes(' ') || PLACE_ENDING.test(name));
}

function looksLikePlaceName(name: string): boolean {
  const words = name.split(' ');
  return words.length <= 3 && !NOT_A_PLACE_END.test(name) && !startsWithMonth(name) && !/^\p{Lu}+$/u.test(name);
}
