import type { AnalyzedSentence } from './analyzed-paragraph.js';
import { synonymsOf } from './synonyms.js';
import { term, type Word } from './words.js';

// "When will the trial start?" is answered by "will be trialled from September", "When does the closure end?"
// by "closed until March": the preposition before the time says what the question's verb would.
const START_VERBS: ReadonlySet<string> = new Set([...synonymsOf(term('start')), term('open')]);
const END_VERBS: ReadonlySet<string> = new Set([...synonymsOf(term('end')), term('finish'), term('close'), term('expire')]);
const FROM_BEFORE = /\b(?:from|starting|beginning|as of|effective)\s+(?:the\s+)?$/i;
const UNTIL_BEFORE = /\b(?:until|till|through)\s+(?:the\s+)?$/i;

/** Whether the sentence gives a time as the start ("from September") or end ("until March") a verb asks about. */
export function timeMarksVerb(verb: Word, sentence: AnalyzedSentence): boolean {
  const before = START_VERBS.has(verb.term) ? FROM_BEFORE : END_VERBS.has(verb.term) ? UNTIL_BEFORE : null;
  if (!before) return false;
  return sentence.mentions.some((mention) => mention.kind === 'time' && before.test(sentence.text.slice(0, mention.start)));
}
