import { pastTense, thirdPerson } from '../language/irregular-verbs.js';
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

const WORD_BEFORE = /\b(\p{Ll}+)\s$/u;
const GERUND_BEFORE = /\b(\p{Ll}+)ing\s$/u;
// "to employ", "will hire", "expects to employ": the verb is yet to happen.
const NOT_YET = /\b(?:to|will|would|could|can|may|might|shall|should|must)\s\p{Ll}+\s$/u;
// Where or when, after the count: "without power", "in the past two weeks", "when it opens in 2028".
const TAIL_AFTER =
  /^\s((?:(?:without|in|from|across|on|at|to|over|during)\s|(?:when|once|by|after|before|until)\s)[^,;.—–"“”]{2,40}?)(?=[,;.—–"“”]|$)/u;
const MAX_TAIL_WORDS = 7;
const PREPOSITION = /^(?:without|in|from|across|on|at|to|over|during|for|with|into|near)$|^(?:without|in|from|across|on|at|to|over|during)\s/;

export function countedObject(text: string, quantity: Quantity): CountedObject | null {
  const before = text.slice(0, quantity.start);
  const gerund = GERUND_BEFORE.exec(before);
  const gerundBase = gerund ? baseOfGerund(gerund[1]!) : null;
  const word = WORD_BEFORE.exec(before)?.[1];
  const base = gerundBase ?? (word ? baseOfForm.get(word) : undefined);
  if (!base) return null;
  const tense = !gerund && NOT_YET.test(before) ? 'to be ' : '';
  const tail = onePhrase(TAIL_AFTER.exec(text.slice(quantity.end))?.[1]?.trim() ?? '');
  const where = tail && tail.split(/\s+/).length <= MAX_TAIL_WORDS ? ` ${tail}` : '';
  return { verb: base, done: `${tense}${participle(base)}${where}` };
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
