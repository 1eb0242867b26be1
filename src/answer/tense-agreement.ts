import { bestMatch, SYNONYM } from './focus-match.js';
import type { Mention } from './mentions.js';
import type { Word } from './words.js';

/*
 * A question's tense says which way from the story's day its answer lies: "When did they meet?" is not answered
 * by "next week", nor "When will they meet?" by "last week" or "two years ago". Times that fix no direction
 * ("Thursday", "in May", "on March 3") answer either.
 */

const PAST_QUESTION = /\b(?:did|was|were|had)\b/i;
const FUTURE_QUESTION = /\b(?:will|shall|going to)\b/i;
const AHEAD = /^(?:next|coming|tomorrow|later|in the (?:next|coming))\b/i;
const BEHIND = /\bago$|^(?:yesterday|last|earlier|previously|recently|formerly|(?:in )?the (?:past|previous|last))\b/i;

/** Whether a question is asked in the past tense ("did", "was", "had"). */
export function asksInPast(question: string): boolean {
  return PAST_QUESTION.test(question);
}

/** Whether a time lies the other way from the story's day than the question's tense asks ("next week" for "did"). */
export function timeAgainstTense(question: string, mention: Mention): boolean {
  if (mention.kind !== 'time') return false;
  if (asksInPast(question)) return AHEAD.test(mention.text);
  if (FUTURE_QUESTION.test(question)) return BEHIND.test(mention.text);
  return false;
}

// Words before a verb that put its event still to come: "will meet", "is going to meet", "plans to sign", "is
// expected to vote", with an adverb between ("will soon meet").
const STILL_TO_COME = /\b(?:will|shall|going\s+to|plans?\s+to|planning\s+to|(?:is|are)\s+to|(?:is|are)\s+(?:set|expected|scheduled|due|slated)\s+to)\s+(?:[a-z]+ly\s+|also\s+|then\s+)?$/i;

/**
 * Whether a sentence tells of the question's verb only as still to come ("he will meet Lee in Oslo") while the
 * question asks in the past ("Where did they meet?"): that event has not happened, so it is not the one asked
 * about. A sentence without the verb says nothing either way.
 */
export function verbAgainstTense(question: string, verb: Word, sentence: { text: string; words: readonly Word[] }): boolean {
  if (!asksInPast(question)) return false;
  const uses = sentence.words.filter((word) => bestMatch(verb, [word]) >= SYNONYM);
  return uses.length > 0 && uses.every((word) => STILL_TO_COME.test(sentence.text.slice(0, word.start)));
}
