import { isFunctionWord } from '../language/function-words.js';
import { isAuxiliary } from './question-type.js';
import { isIrregularBase, isIrregularForm, pastTense, thirdPerson } from '../language/irregular-verbs.js';

const WH = /^(?:who|whom|whose|what|which|where|when|why|how)$/i;
const HOW_DEGREE = /^(?:many|much|far|long|old|big|large|often|soon|tall|high|close|fast|deep|wide|heavy|strong|powerful|hot|cold|warm|cool)$/i;
const PRONOUN = /^(?:he|she|it|they|we|you|i)$/i;
const DETERMINER = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)$/i;
const PARTICLE = /^(?:aside|up|down|out|off|back|away|over|into|onto|about|for|to|on|in|with|from|by)$/i;
const OBJECT_START = /^(?:each|every|some|any|all|no|more|less|much|many|him|her|them|it|us|me|you)$/i;
const BE = /^(?:is|are|was|were|am)$/i;
const BARE_PLURAL = /^\p{Ll}+[^su]s$/u;
const DO = /^(?:do|does|did)$/i;
const PRE_VERB_ADVERB = /^(?:first|last|ever|still|also|already|just|never|finally|actually|really|recently|originally|initially|previously|once)$/i;

/** A question taken apart: "How much | will | the flood barrier | cost | ?" or "Who | sponsors | the bill". */
export interface QuestionParts {
  /** The question word with its noun or degree word ("how much", "which country"); empty for yes-no. */
  head: string[];
  /** The auxiliary after it ("will", "did"), or null when the question word is the subject ("Who sponsors…"). */
  auxiliary: string | null;
  subject: string[];
  /** The main verb, when the question has one that is not the auxiliary. */
  verb: string | null;
  /** What follows the verb (or the subject, when there is no verb). */
  rest: string[];
}

/** The parts of a question shaped as English questions are, or null (a command, a fragment). */
export function questionParts(question: string): QuestionParts | null {
  const tokens = question.replace(/[?!.]+$/, '').trim().split(/\s+/).filter(Boolean);
  if (tokens.length < 2) return null;
  const first = tokens[0]!;
  if (isAuxiliary(first.toLowerCase())) return invertedParts([], first, tokens.slice(1));
  if (!WH.test(first)) return null;
  const lowerFirst = first.toLowerCase();
  let headLength = 1;
  // "How busy is the airport?", "How likely are talks?": any word between "how" and the auxiliary is its degree.
  const howDegree = HOW_DEGREE.test(tokens[1] ?? '') || (tokens[1] !== undefined && !isAuxiliary(tokens[1].toLowerCase()) && isAuxiliary(tokens[2]?.toLowerCase() ?? ''));
  if (lowerFirst === 'how' && howDegree) headLength = 2;
  // "What weapons", "which country", "how many times": the noun belongs to the question word.
  // "How much of the sample" takes its "of" phrase too.
  if (['what', 'which', 'whose'].includes(lowerFirst) || (headLength === 2 && /^(?:many|much)$/i.test(tokens[1]!))) {
    const longest = tokens[headLength]?.toLowerCase() === 'of' ? 6 : 4;
    while (headLength < Math.min(tokens.length, longest) && !isAuxiliary(tokens[headLength]!.toLowerCase()) && !isVerbLike(tokens[headLength]!)) {
      headLength += 1;
    }
  }
  const head = [lowerFirst, ...tokens.slice(1, headLength)];
  const next = tokens[headLength];
  if (next === undefined) return null;
  if (!isAuxiliary(next.toLowerCase())) {
    return { head, auxiliary: null, subject: [], verb: next, rest: tokens.slice(headLength + 1) };
  }
  return invertedParts(head, next, tokens.slice(headLength + 1));
}

function invertedParts(head: string[], auxiliary: string, afterAuxiliary: string[]): QuestionParts | null {
  let subjectLength = subjectWords(afterAuxiliary);
  // After "did" or "does" the verb is bare, so a plural noun after a name is the subject's head: "How much did
  // Skyreach shares rise?" (not "pass" or "focus", which end in s as bare verbs too).
  const next = afterAuxiliary[subjectLength];
  if (DO.test(auxiliary) && next && afterAuxiliary[subjectLength + 1] && /^\p{Ll}+[^su]s$/u.test(next) && !isFunctionWord(next)) {
    subjectLength += 1;
  }
  // "What will replace the buses?", "Who has put pressure on them?": the question word is the subject. So it is
  // before a passive ("How many jobs were added in April?", "What was stolen?").
  if (subjectLength === 0) {
    const verb = afterAuxiliary[0];
    const passive = verb !== undefined && BE.test(auxiliary) && isVerbLike(verb) && (head[0] !== 'how' || head.length > 1);
    const asksSubject = (/^(?:who|what|which)$/.test(head[0] ?? '') && verb !== undefined && !BE.test(auxiliary)) || passive;
    return asksSubject ? { head, auxiliary, subject: [], verb: verb!, rest: afterAuxiliary.slice(1) } : null;
  }
  // "Where did they first meet?": an adverb before the verb stays with the subject, so the verb is "meet" and the
  // question is restated "where they first met".
  if (afterAuxiliary[subjectLength + 1] && PRE_VERB_ADVERB.test(afterAuxiliary[subjectLength] ?? '')) subjectLength += 1;
  const subject = afterAuxiliary.slice(0, subjectLength);
  const after = afterAuxiliary.slice(subjectLength);
  // "is due to end", "was about to leave": a predicate with a verb in it keeps "is" before it.
  const verbFirst = after[0] !== undefined && (!BE.test(auxiliary) || isVerbLike(after[0]) || after.slice(1).some((word) => word.toLowerCase() === 'to'));
  return verbFirst
    ? { head, auxiliary, subject, verb: after[0]!, rest: after.slice(1) }
    : { head, auxiliary, subject, verb: null, rest: after };
}

/**
 * A question turned into the clause that follows "The story doesn't say": "What did Lee eat?" → "what Lee ate",
 * "Where will the summit be held?" → "where the summit will be held", "Is Lee the mayor?" → "whether Lee is the
 * mayor". Null when the question is not shaped like one this can restate safely (a command, say).
 */
export function restateQuestion(question: string): string | null {
  const parts = questionParts(question);
  if (!parts) return null;
  const { head, auxiliary, subject, verb, rest } = parts;
  const opening = head.length > 0 ? head.join(' ') : 'whether';
  if (auxiliary === null) return [opening, verb, ...rest].join(' ');
  const aux = auxiliary.toLowerCase();
  if (/n't$/.test(aux)) return null;
  if (DO.test(aux)) {
    if (!verb) return null;
    const base = verb.toLowerCase();
    const plural = /^(?:i|you|we|they)$/i.test(subject.join(' ')) || /\band\b/i.test(subject.join(' '));
    const tensed = aux === 'did' ? pastTense(base) : aux === 'does' && !plural ? thirdPerson(base) : base;
    return [opening, ...subject, tensed, ...rest].join(' ');
  }
  // After a question word that is the complement: "who is Lee's deputy" → "who Lee's deputy is".
  if (head.length > 0 && BE.test(aux) && verb === null) return [opening, ...subject, ...rest, aux].join(' ');
  return [opening, ...subject, aux, ...(verb ? [verb] : []), ...rest].join(' ');
}

// How many of the words are the subject: a pronoun, a run of names ("Duarte and Okafor"), a possessive and its
// noun ("Lee's aide"), or a determiner with its noun phrase and an "of" phrase ("the capital of France").
function subjectWords(rest: string[]): number {
  const first = rest[0];
  if (!first) return 0;
  if (PRONOUN.test(first)) return 1;
  let length: number;
  if (DETERMINER.test(first)) {
    length = rest[1] && /^\p{Lu}/u.test(rest[1]) ? 1 + nameLength(rest.slice(1)) : nounPhraseEnd(rest);
  } else if (/^\p{Lu}/u.test(first)) {
    length = nameLength(rest);
  } else if (BARE_PLURAL.test(first) && !isFunctionWord(first.toLowerCase()) && !isVerbLike(first)) {
    // A plural noun without a determiner: "Where will talks take place?", "Do prices include VAT?". A bare
    // singular after the auxiliary is the verb ("What will replace the buses?", "Who has put pressure on…").
    // The plural is the head of its noun phrase, as a noun before another is singular ("bus drivers"): what
    // follows it is the verb ("Did retailers add jobs?"), unless it is a plural too ("Do sales figures show…").
    length = 1;
    while (rest[length + 1] && BARE_PLURAL.test(rest[length]!) && !isFunctionWord(rest[length]!.toLowerCase())) length += 1;
  } else {
    return 0;
  }
  if (/['\u2019]s?$/.test(rest[length - 1] ?? '') && rest[length] && !isVerbLike(rest[length]!)) length += 1;
  if (rest[length]?.toLowerCase() === 'of' && rest[length + 1]) {
    length += DETERMINER.test(rest[length + 1]!) && rest[length + 2] ? 3 : 2;
  }
  return length;
}

// "the flood barrier cost" → "the flood barrier"; "the council choose a contractor" → "the council"; "the city
// set aside money" → "the city": the noun phrase ends before a word shaped like a verb or the base of an irregular
// one ("the memorial take place"), a word followed by a determiner, a particle or a name (a verb and its object:
// "the sample reach Houston"), or the last word, which "will" or "did" keeps for its verb.
function nounPhraseEnd(rest: string[]): number {
  let length = 2;
  while (length < rest.length) {
    const word = rest[length]!;
    const following = rest[length + 1] ?? '';
    if (isVerbLike(word) || isFunctionWord(word.toLowerCase()) || isIrregularBase(word.toLowerCase())) break;
    if (DETERMINER.test(following) || OBJECT_START.test(following) || PARTICLE.test(following) || /^\p{Lu}/u.test(following)) break;
    if (length === rest.length - 1) break;
    length += 1;
  }
  return Math.min(length, rest.length);
}

function nameLength(rest: string[]): number {
  let length = 0;
  while (length < rest.length) {
    const token = rest[length]!;
    if (/^\p{Lu}/u.test(token)) length += 1;
    else if (/^(?:and|of|&)$/i.test(token) && rest[length + 1] && /^\p{Lu}/u.test(rest[length + 1]!)) length += 2;
    else break;
  }
  return length;
}

// A participle, an infinitive marker or a particle that starts a verb phrase: "asking for", "going to", "held".
function isVerbLike(token: string): boolean {
  const lower = token.toLowerCase();
  if (/(?:ing|ed|en)$/.test(lower) || lower === 'to' || isIrregularForm(lower)) return true;
  return isFunctionWord(lower) && !DETERMINER.test(lower) && !/^(?:of|for|in|on|at|with)$/.test(lower);
}
