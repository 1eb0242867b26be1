/**
 * How news prose gives a person's role: a title before the name ("Finance Minister Jane Okafor"), an
 * appositive after it ("Lena Brandt, a historian at the University of Leeds,"), or a
 * lowercase role before it ("his chief negotiator Tomas Herrera").
 */
import { isFunctionWord } from '../language/function-words.js';
import { isActorNoun } from '../language/lexicon.js';
import { isSpeechVerb } from '../language/speech-verbs.js';
import { isRoleNoun as isKnownRoleNoun, spelledOutTitle } from '../language/titles.js';

/** A title as a role, abbreviations spelled out: "Sen." → "Senator", "Former President" → "former President". */
export function roleFromTitle(title: string): string {
  return title
    .split(' ')
    .map((word) => spelledOutTitle(word) ?? word)
    .join(' ')
    .replace(/^(Former|Then|Acting|Outgoing|Incoming)\b/, (word) => word.toLowerCase());
}

const PREPOSITIONS = new Set(['of', 'at', 'for', 'to', 'with', 'from', 'in', 'on']);

/**
 * The noun a role is about: "Secretary of State" → "secretary", "a spokeswoman for the ministry" →
 * "spokeswoman", "Finance Minister" → "minister", "longtime ally of the mayor" → "ally".
 */
export function roleHead(role: string): string {
  const written = role.split(/\s+/).filter(Boolean);
  const words = written.map((word) => word.toLowerCase());
  const preposition = words.findIndex((word, k) => k > 0 && PREPOSITIONS.has(word));
  // "Department of Health spokesperson": a capitalised name before the preposition only qualifies the lowercase noun that ends the phrase.
  const namedBody = preposition > 0 && /^\p{Lu}/u.test(written[preposition - 1]!) && /^\p{Ll}/u.test(written.at(-1)!);
  return (preposition > 0 && !namedBody ? words[preposition - 1] : words.at(-1)) ?? '';
}

/** The words of a role phrase that qualify its head: "the French president" → ["french"]. */
export function roleQualifiers(role: string): string[] {
  const head = roleHead(role);
  return role
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== head && !PREPOSITIONS.has(word) && !/^(?:the|a|an|former|current|then-?|acting)$/.test(word));
}

/** The word right before `position`, past one space and perhaps a comma ("negotiator Tomas", "executive, Ruth"). */
export function wordBefore(text: string, position: number): string | null {
  let end = position;
  if (text[end - 1] !== ' ') return null;
  end--;
  if (text[end - 1] === ',') end--;
  let start = end;
  while (start > 0 && /[\p{L}\p{M}\-]/u.test(text[start - 1]!)) start--;
  return start < end ? text.slice(start, end) : null;
}

/**
 * Whether a lowercase word names what a person does ("analyst", "minister", "spokeswoman"): the language's
 * role nouns, and every noun compromise's lexicon tags as an actor.
 */
export function isRoleNoun(word: string): boolean {
  return isKnownRoleNoun(word) || isActorNoun(word.toLowerCase());
}

const APPOSITIVE = /^,\s+(?:(?:a|an|the)\s+)?((?:[^,;:()"“”‘’']|['’](?=\p{L}|\s))(?:[^,;:()"“”‘]|['’](?=\p{L}|\s)){2,99}?)\s*(?:,|;|\.(?:\s|$)|$|\s—)/u;
const NOT_A_ROLE = /^(?:(?:who|whom|whose|which|that|and|but|or|said|says|told|in|on|at|after|before|while|when|as|if)\b|\d)/i;
const ROLE_SUFFIX = /(?:ist|ian|er|or|ant|ent|ee|ary|man|woman|person|ive|ate)$/;

/**
 * Whether a lowercase word is, or is shaped like, a noun for what a person does: a known role noun, or a word
 * with a suffix of one ("linebacker", "organiser", "custodian") that is not a function word ("after", "under").
 */
export function soundsLikeRoleNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return isRoleNoun(lower) || (ROLE_SUFFIX.test(lower) && !isFunctionWord(lower));
}

/**
 * The role an appositive right after a name gives: ", an analyst at X," → "analyst at X". It must hold a
 * noun for a person by trade within its first words, so ", 45," or ", which ..." give nothing.
 */
export function appositiveRole(text: string, nameEnd: number): string | null {
  const after = text.slice(nameEnd).replace(/^['’]s\b/, '');
  const match = APPOSITIVE.exec(after);
  const phrase = match?.[1]?.trim();
  if (!phrase || NOT_A_ROLE.test(phrase)) return null;
  const words = phrase.split(/\s+/);
  // A relative clause says what they did, not what they are: "biologist … who led the survey".
  const relative = words.findIndex((word) => /^(?:who|whom|whose|which|that)$/.test(word));
  if (relative > 0) words.length = relative;
  const head = words.slice(0, 5);
  const hasRoleNoun = head.some((word) => {
    const bare = word.replace(/['’]s$/, '').toLowerCase();
    return /^\p{Ll}/u.test(word) && soundsLikeRoleNoun(bare);
  });
  return hasRoleNoun ? words.join(' ') : null;
}

const PRECEDING_ROLE =
  /(?:^|\b(?:the|his|her|their|its|a|an|[\p{L}.]+['’]s)\s+|[,;:'’"”]\s+|(?<=^|[\s(])(?=\p{Lu}))((?:\p{Lu}[\p{Ll}-]+\s+){0,2}(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*),?\s+$/u;

/**
 * A lowercase role right before a name: "his chief negotiator Tomas Herrera" → "chief negotiator", "Opposition
 * leader Karol Ostrowski" → "Opposition leader".
 */
export function precedingRole(text: string, nameStart: number): string | null {
  // Cheap test first: a role noun is the lowercase word just before the name.
  const lastWord = wordBefore(text, nameStart);
  if (lastWord === null || !/^\p{Ll}/u.test(lastWord) || !isRoleNoun(lastWord)) return null;
  const before = text.slice(Math.max(0, nameStart - 80), nameStart);
  const phrase = PRECEDING_ROLE.exec(before)?.[1];
  if (!phrase) return null;
  // "Her apprentice Jo Hale", "The gallery owner Jo Hale" at the start of a sentence: the determiner is no role.
  const words = phrase.replace(/^(?:The|His|Her|Their|Its|A|An)\s+/, '').split(/\s+/);
  // "…," said senior linebacker Jay Brooks: the verb before the role is no part of it.
  while (words.length > 1 && (isSpeechVerb(words[0]!) || isFunctionWord(words[0]!.toLowerCase()))) words.shift();
  const head = words.at(-1)!;
  // A plural ("reporters") is whom someone spoke to, not what they are.
  if (!isRoleNoun(head) || /[^s]s$/.test(head)) return null;
  return words.join(' ');
}
