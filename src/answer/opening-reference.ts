import { withoutDateline } from '../language/datelines.js';
import { isOrganisationWord } from '../language/organisations.js';
import { isPersonNoun, isRoleNoun } from '../language/titles.js';
import { nameRuns, type KnownPeople } from './mention-names.js';
import { words, type Word } from './words.js';

// A paragraph that opens with "He", "She" or "The 24-year-old" goes on about someone the paragraph before named.
const ANAPHOR_OPENING = /^["'\u201C\u2018]?(?:He|She|They|His|Her|Their)\b|^The\s+(?:\d+-year-old|([a-z]+))\b/;

/**
 * Whether a sentence opens by pointing back to a person named before: "He said", "The 24-year-old", "The senator".
 * Only words for a person point back this way: "The company" is more often the paragraph's own subject.
 */
export function startsWithAnaphor(sentence: string): boolean {
  const opening = ANAPHOR_OPENING.exec(sentence);
  return opening !== null && (opening[1] === undefined || isRoleNoun(opening[1]));
}

// "The device will cost $2,499", "It will reach Britain in December": a paragraph that opens on a thing
// without naming it goes on about the one the paragraph before named ("the Fold Pro"). "The company" and "The
// club" open on an organisation, which is the paragraph's own subject more often than what came before.
const THING_OPENING = /^(?:It|Its|The\s+(\p{Ll}+))\b(?!\s+of\b)/u;
const INSTITUTION_NOUNS = /^(?:firm|business|carmaker|automaker|maker|lender|insurer|retailer|airline|charity|state|city|country)$/;

/** Whether a sentence opens on a thing it does not name: "The device…", "It…" (not "The company…", "The mayor…"). */
export function startsWithThingReference(sentence: string): boolean {
  const opening = THING_OPENING.exec(sentence);
  if (!opening) return false;
  const noun = opening[1];
  return noun === undefined || !(isOrganisationWord(noun) || INSTITUTION_NOUNS.test(noun) || isPersonNoun(noun));
}

// "A former finance director who stole…", "An 82-year-old woman has died…": a lede that describes its subject
// and leaves the name to the next paragraph ("Graham Pettifer, 52, of Kent, …"), as news writing often does.
const DESCRIPTIVE_LEDE = /^(?:A|An)\s+((?:[\p{L}\d'-]+\s+){0,5})/u;
const DESCRIPTION_ENDS = /^(?:who|whose|that|which|has|had|have|was|is|will|from|of|in|at|on|with)$/;

/**
 * The name of the person a descriptive lede is about, from the opening of the paragraph after it: "A former
 * finance director who stole…" is "Graham Pettifer" when the second paragraph opens "Graham Pettifer, 52, …".
 * Empty when the lede names someone itself or the next paragraph does not open with a person's name.
 */
export function ledeSubject(lede: string, next: string | undefined, people: KnownPeople): Word[] {
  const described = DESCRIPTIVE_LEDE.exec(withoutDateline(lede));
  if (!described || next === undefined) return [];
  const description = words(described[1]!);
  const end = description.findIndex((word) => DESCRIPTION_ENDS.test(word.lower));
  if (!description.slice(0, end < 0 ? undefined : end).some((word) => isPersonNoun(word.lower))) return [];
  const firstSentence = withoutDateline(lede).split(/(?<=[.!?])\s+/)[0]!;
  if (nameRuns(firstSentence, words(firstSentence), people).some((run) => run.kind === 'person')) return [];
  const nextWords = words(next);
  const opening = nameRuns(next, nextWords, people)[0];
  if (!opening || opening.kind !== 'person' || opening.words[0] !== nextWords[0]) return [];
  return opening.words;
}
