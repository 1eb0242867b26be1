import type { Mention } from './mentions.js';

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
