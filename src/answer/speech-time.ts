import { isSpeechVerb } from '../language/speech-verbs.js';
import type { Mention } from './mentions.js';
import type { QuestionAnalysis } from './question-analysis.js';

/*
 * News dates the saying, not what is said: in "The mayor announced Thursday the bridge will reopen", "said on
 * Monday that…", '"…," Lee said Tuesday', the day right after the verb of saying is when the words were spoken.
 * It answers "When did the mayor announce it?", never "When will the bridge reopen?".
 */

// The word before the time, past at most "on", "late" or "early".
const WORD_BEFORE_TIME = /([a-z]+)\s+(?:on\s+)?(?:(?:late|early)\s+)?$/i;
// Verbs that bring in words but also tell of other acts: "The hearing will continue Monday", "agreed Friday to".
const NOT_ONLY_SAYING = /^(?:continu|agree|promis|pledg|vow|answer|repeat|protest|post|laugh|sigh|wonder)/i;

/** Whether a time in a sentence comes right after a verb of saying, and so dates the saying. */
export function datesTheSaying(text: string, mention: Mention): boolean {
  const verb = WORD_BEFORE_TIME.exec(text.slice(0, mention.start))?.[1];
  return verb !== undefined && isSpeechVerb(verb) && !NOT_ONLY_SAYING.test(verb);
}

/** Whether a question asks about an act of saying ("When did the mayor announce it?", "When was it announced?"). */
export function asksAboutSaying(analysis: QuestionAnalysis): boolean {
  // "announcement", "statement": the noun of the verb.
  return analysis.focus.some((focus) => isSpeechVerb(focus.word.lower) || isSpeechVerb(focus.word.lower.replace(/ment$/, '')));
}
