import { pastTense, thirdPerson } from '../language/irregular-verbs.js';
import { isFunctionWord } from '../language/function-words.js';
import type { Quantity } from './quantities.js';

/**
 * A count that is the object of a verb, said from the count's side: "killing at least 12 people" → "at least
 * 12 people killed"; "expects to employ about 2,500 people when it opens in 2028" → "about 2,500 people to be
 * employed when it opens in 2028"; "has given 4,800 vaccine doses in the past two weeks" → "4,800 vaccine doses
 * given in the past two weeks".
 */
export interface CountedObject {
  /** The verb's base form ("employ"). */
  verb: string;
  /** What is done to the count, with where or when ("to be employed when it opens in 2028"). */
  done: string;
}

// Verbs whose object news counts: people hired, evacuated or vaccinated, homes destroyed, doses given.
const VERBS =
  'employ hire recruit kill injure wound evacuate rescue deploy send vaccinate treat hospitalize hospitalise ' +
  'arrest charge detain displace strand infect sicken test sign lay cut add shed affect serve house feed lose ' +
  'produce sell ship deliver build give destroy damage save create eliminate fire';
const PARTICIPLES: Record<string, string> = {
  send: 'sent', lose: 'lost', sell: 'sold', build: 'built', give: 'given', feed: 'fed', cut: 'cut', lay: 'laid',
  leave: 'left', make: 'made', bring: 'brought', take: 'taken', keep: 'kept', hit: 'hit', put: 'put', hold: 'held',
  find: 'found', see: 'seen', drive: 'driven', strike: 'struck',
};
const GERUND_ONLY = 'leave make bring take keep hit put hold find see drive strike force';
const baseOfForm = new Map<string, string>();
for (const base of VERBS.split(' ')) for (const form of [base, thirdPerson(base), pastTense(base), participle(base)]) baseOfForm.set(form, base);

const NOT_OBJECT_QUALIFIERS = new Set(['from', 'to', 'by', 'between']);
const NOT_OBJECT_UNITS = new Set(['times', 'time']);
// The verb before its count, perhaps with an adjective between: "recalled 40,000 laptops", "added a robust 303,000 jobs".
const WORD_BEFORE = /(?<![\p{L}'’])(?:(a|an|the)\s)?(\p{Ll}+)\s(?:(?:a|an)\s\p{Ll}+\s)?$/u;
// "had stolen the names and addresses of about 4.3 million customers": what was done to the count's belongings.
const BELONGINGS_BEFORE = /(?<![\p{L}'’])(?:has|have|had|were|was|been)\s(\p{Ll}+)\s(?:the\s)?((?:\p{Ll}+,?\s){1,6})of\s$/u;
// Participles not made with "-ed", that a count's belongings can be told by.
const IRREGULAR_PARTICIPLES = new Set('stolen taken given driven shown known grown thrown beaten hidden written seized lost sold sent held kept left found'.split(' '));
const GERUND_BEFORE = /\b(\p{Ll}+)ing\s$/u;
// "to employ", "will hire", "expects to employ": the verb is yet to happen.
const NOT_YET = /\b(?:to|will|would|could|can|may|might|shall|should|must)\s\p{Ll}+\s$/u;
// Where or when, after the count: "without power", "in the past two weeks", "when it opens in 2028".
const TAIL_AFTER =
  /^\s((?:(?:without|in|from|across|on|at|to|over|during)\s|(?:when|once|by|after|before|until)\s)[^,;.—–"“”]{2,40}?)(?=[,;.—–"“”]|$)/u;
const MAX_TAIL_WORDS = 7;
const PREPOSITION = /^(?:without|in|from|across|on|at|to|over|during|for|with|into|near)$|^(?:without|in|from|across|on|at|to|over|during)\s/;

export function countedObject(text: string, quantity: Quantity): CountedObject | null {
  // "rallied from 17 points down", "streamed 900 million times": a bound or a number of times is no object.
  if (NOT_OBJECT_QUALIFIERS.has(quantity.qualifier?.toLowerCase() ?? '') || NOT_OBJECT_UNITS.has(quantity.unit)) return null;
  const before = text.slice(0, quantity.start);
  const gerund = GERUND_BEFORE.exec(before);
  const gerundBase = gerund ? baseOfGerund(gerund[1]!) : null;
  const [, determiner, word] = WORD_BEFORE.exec(before) ?? [];
  // "an estimated 4,000 people", "a reported 300 cases": after a determiner an "-ed" word is an adjective.
  const known = word && !determiner ? baseOfForm.get(word) : undefined;
  const base = gerundBase ?? known;
  const tense = !gerund && NOT_YET.test(before) ? 'to be ' : '';
  const tail = onePhrase(TAIL_AFTER.exec(text.slice(quantity.end))?.[1]?.trim() ?? '');
  const where = tail && tail.split(/\s+/).length <= MAX_TAIL_WORDS ? ` ${tail}` : '';
  if (base) return { verb: base, done: `${tense}${participle(base)}${where}` };
  // Any other regular verb in the past tense reads as its own participle: "recalled 40,000 laptops" → "40,000 laptops recalled".
  if (word && !determiner && /^\p{Ll}{3,}ed$/u.test(word) && !isFunctionWord(word)) return { verb: word, done: `${word}${where}` };
  return null;
}

/**
 * What was done to the things a count owns, told from the count's side: "hackers had stolen the names, email
 * addresses and phone numbers of about 4.3 million customers" → "names, email addresses and phone numbers stolen".
 */
export function countsBelongings(text: string, quantity: Quantity): string | null {
  const found = BELONGINGS_BEFORE.exec(text.slice(0, quantity.start));
  if (!found) return null;
  const [, done, things] = found;
  if (!(/^\p{Ll}{3,}ed$/u.test(done!) || IRREGULAR_PARTICIPLES.has(done!))) return null;
  const words = things!.trim().split(/\s+/);
  // Only nouns and the commas and "and" of their list: "the names of" is owned, "the first of" is not.
  if (words.some((word) => isFunctionWord(word.replace(/,$/, '')) && !/^(?:and|or)$/.test(word))) return null;
  return `${things!.trim()} ${done}`;
}

// "killing" → "kill", "leaving" → "leave", "stopping" → "stop"; only verbs whose count reads as their object.
function baseOfGerund(stem: string): string | null {
  for (const candidate of [stem, `${stem}e`, stem.slice(0, -1)]) {
    if (baseOfForm.has(candidate) || GERUND_ONLY.split(' ').includes(candidate)) return candidate;
  }
  return null;
}

// A prepositional tail stops at the next preposition ("without power", not "without power across the coast").
function onePhrase(tail: string): string {
  if (!PREPOSITION.test(tail)) return tail;
  const words = tail.split(/\s+/);
  const next = words.findIndex((word, i) => i > 0 && PREPOSITION.test(word));
  return (next > 0 ? words.slice(0, next) : words).join(' ');
}

function participle(base: string): string {
  return PARTICIPLES[base] ?? pastTense(base);
}
