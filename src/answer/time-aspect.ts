import type { AnalyzedSentence } from './analyzed-paragraph.js';
import type { Mention } from './mentions.js';
import { synonymsOf } from '../language/synonyms.js';
import { term, type Word } from './words.js';

// "When will the trial start?" is answered by "will be trialled from September", "When does the closure end?"
// by "closed until March": the preposition before the time says what the question's verb would.
const START_VERBS: ReadonlySet<string> = new Set([...synonymsOf(term('start')), term('open')]);
const END_VERBS: ReadonlySet<string> = new Set([...synonymsOf(term('end')), term('finish'), term('close'), term('expire')]);
const FROM_BEFORE = /\b(?:from|starting|beginning|as of|effective)\s+(?:the\s+)?$/i;
const UNTIL_BEFORE = /\b(?:until|till|through)\s+(?:the\s+)?$/i;

/** Whether the sentence gives a time as the start ("from September") or end ("until March") a verb asks about. */
export function timeMarksVerb(verb: Word, sentence: AnalyzedSentence): boolean {
  return sentence.mentions.some((mention) => timeMarksVerbAt(verb, sentence, mention));
}

/** Whether this time mention is the start or end a verb asks about ("until Nov. 30" for "end"). */
export function timeMarksVerbAt(verb: Word, sentence: AnalyzedSentence, mention: Mention): boolean {
  const before = START_VERBS.has(verb.term) ? FROM_BEFORE : END_VERBS.has(verb.term) ? UNTIL_BEFORE : null;
  return before !== null && mention.kind === 'time' && before.test(sentence.text.slice(0, mention.start));
}

// "Where is the storm headed next?", "What does the company plan to sell next?": "next" asks about what is to come,
// which a story says with "will", "is expected to" or "plans to" as often as with "next".
const TO_COME = /\b(?:will|shall|next|(?:is|are|was|were) (?:expected|due|set|scheduled|poised|slated|likely) to|plans? to|planning to|intends? to|aims? to)\b/i;

/** Whether a question word asks about what is to come ("next") and the sentence says something is. */
export function toComeMatches(focus: Word, sentence: AnalyzedSentence): boolean {
  return focus.lower === 'next' && TO_COME.test(sentence.text);
}
