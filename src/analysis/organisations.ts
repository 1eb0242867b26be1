import { isBusinessNameHead, isOrganisationWord } from '../language/organisations.js';
import { namesAThing } from './people-names.js';
import { isTitleWord } from '../language/titles.js';
import { lookupPlace } from '../language/places.js';
import type { ProperNoun } from './proper-nouns.js';
import { isFirstName, isPluralNoun } from '../language/lexicon.js';

/** An organisation named in a sentence. */
export interface OrganisationMention {
  /** The name as written, without a leading "the" ("Institute for Fiscal Studies", "OPEC"). */
  text: string;
  start: number;
  end: number;
  /** The same for every mention of one organisation: its acronym's expansion if the article gives one. */
  key: string;
}

// Institutions known by a name with no such head noun.
const INSTITUTIONS = new Set(
  (
    'Kremlin|Pentagon|Downing Street|Élysée|Elysee|Knesset|Duma|Bundestag|Bundesrat|Diet|Majlis|Rada|' +
    'Verkhovna Rada|Sejm|Lok Sabha|Rajya Sabha|Storting|Riksdag|Folketing|Oireachtas|Dáil|Dail|Congress|Senate|' +
    'House of Representatives|House of Commons|House of Lords|Parliament|State Department|Treasury|Politburo|' +
    'Vatican|Interpol|Europol|Eurostat|Frontex|Red Cross|Red Crescent|Greenpeace|Amnesty International|' +
    'Human Rights Watch|World Bank|Federal Reserve|United Nations|European Union|African Union|' +
    'Security Council|General Assembly|Supreme Court|Blue House|Zhongnanhai|Quai d’Orsay|Whitehall|Capitol'
  ).split('|'),
);
// Capitalised abbreviations that name no organisation.
const NOT_ORGANISATION_ACRONYMS = new Set(
  (
    'CEO CFO COO CTO GDP GNP AI TV PM AM BC AD CCTV GPS IPO ETF VAT CPI PPE MP MPs MEP MEPs DNA HIV AIDS COVID ' +
    'ID OK USD EUR GBP LNG LPG EV EVs IT PR HQ Q1 Q2 Q3 Q4 FY PS RIP CO2 UFO VIP FAQ'
  ).split(' '),
);
// A run holding a title is a title and a name ("Finance Minister Jane Doe"), not an organisation.
function holdsTitle(text: string): boolean {
  return text.split(' ').some(isTitleWord);
}

/** "Full Name (FN)" definitions of an article's acronyms: acronym → full name. */
export function acronymDefinitions(text: string): Map<string, string> {
  const definitions = new Map<string, string>();
  for (const match of text.matchAll(/((?:\p{Lu}[\p{L}-]*\s(?:(?:of|for|and|the|on)\s)*){1,8})\((\p{Lu}[\p{Lu}\p{N}&-]{1,9})\)/gu)) {
    const words = match[1]!.trim().split(/\s+/);
    const acronym = match[2]!;
    // Keep as many words before the bracket as the acronym has letters, and the joiners between them.
    const capitals = words.filter((word) => /^\p{Lu}/u.test(word));
    const needed = Math.min(capitals.length, acronym.replace(/[^\p{Lu}]/gu, '').length);
    let taken = 0;
    let from = words.length;
    while (from > 0 && taken < needed) {
      from--;
      if (/^\p{Lu}/u.test(words[from]!)) taken++;
    }
    definitions.set(acronym, words.slice(from).join(' '));
  }
  return definitions;
}

/**
 * The organisations among a sentence's proper nouns. Names in `notOrganisations` (people, places) are skipped;
 * names in `known` (companies the article writes about as such) are taken whatever their words.
 */
export function findOrganisations(
  nouns: ProperNoun[],
  acronyms: ReadonlyMap<string, string>,
  notOrganisations: ReadonlySet<string>,
  known: ReadonlySet<string> = new Set(),
): OrganisationMention[] {
  const mentions: OrganisationMention[] = [];
  const expansions = new Map([...acronyms].map(([acronym, expansion]) => [expansion, acronym]));
  for (const noun of nouns) {
    const text = withoutOpeningNoun(noun).replace(/^(?:The|the)\s/, '');
    if (known.has(text)) {
      mentions.push({ text, start: noun.end - text.length, end: noun.end, key: text });
      continue;
    }
    if (notOrganisations.has(text) || holdsTitle(text)) continue;
    const key = organisationKey(text, acronyms, expansions);
    if (key) mentions.push({ text, start: noun.end - text.length, end: noun.end, key: key.replace(/\.$/, '') });
  }
  return mentions;
}

// At a sentence's start a common noun is capitalised too: "Shares of Lumen Devices Inc. fell" names
// "Lumen Devices Inc.", while "Bank of England" keeps its head noun.
function withoutOpeningNoun(noun: ProperNoun): string {
  if (!noun.sentenceInitial) return noun.text;
  const match = /^(\p{Lu}\p{Ll}+)\s(?:of|for|in|at)\s(.+)$/u.exec(noun.text);
  if (!match || isOrganisationWord(match[1]!) || isTitleWord(match[1]!)) return noun.text;
  return match[2]!;
}

function organisationKey(text: string, acronyms: ReadonlyMap<string, string>, expansions: ReadonlyMap<string, string>): string | null {
  if (/^[\p{Lu}\p{N}&.-]+$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text)) {
    const expansion = acronyms.get(text);
    if (expansion !== undefined) return isOrganisationName(expansion) ? expansion : null;
    if (NOT_ORGANISATION_ACRONYMS.has(text) || lookupPlace(text) || text.includes('.')) return null;
    return text;
  }
  if (expansions.has(text) && !isOrganisationName(text)) return null;
  return isOrganisationName(text) ? text : null;
}

/** Whether a name is built like an organisation's: an institution ("the U.S. Senate"), or a name headed by "Ministry", "Corp.", "Council". */
export function isOrganisationName(name: string): boolean {
  const words = name.split(' ');
  // "the U.S. Senate", "the Polish Sejm": an institution after a qualifier is still that institution.
  if (words.some((_, i) => INSTITUTIONS.has(words.slice(i).join(' ')))) return true;
  if (lookupPlace(name)) return false;
  const firstSegment = name.split(/\s(?:of|for|on|and)\s/)[0]!.split(' ');
  if (words.length > 1 && isBusinessNameHead(words.at(-1)!) && !namesAThing(words)) return true;
  return firstSegment.length + words.length > 2 && (isOrganisationWord(firstSegment.at(-1)!) || isOrganisationWord(words.at(-1)!));
}

// Lowercase words inside such a name, as some outlets write them: "Doctors without Borders", "Friends of the Earth".
const NAME_JOINERS = /^(?:of|for|and|the|in|on|without|against|with)$/;

/**
 * Whether a subject is the name of a body of people built on a plural noun: "NHS Providers", "Doctors Without
 * Borders", "Families Against Crime", "Veterans United". Capitalised in full, it is a name, not a group of
 * people ("critics", "officials"), nor a person called by the last word of it; no first name or title in it.
 */
export function isPluralBodyName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || !/^\p{Lu}/u.test(words[0]!) || !/^\p{Lu}/u.test(words.at(-1)!)) return false;
  if (!words.every((word) => /^\p{Lu}/u.test(word) || NAME_JOINERS.test(word))) return false;
  if (words.some((word) => isFirstName(word) || isTitleWord(word))) return false;
  return words.some((word) => /^\p{Lu}\p{Ll}/u.test(word) && isPluralNoun(word));
}
