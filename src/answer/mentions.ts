import { findMeasures } from './mention-measure.js';
import { findNames, type KnownPeople } from './mention-names.js';
import { findTimes } from './mention-time.js';
import { isRoleNoun } from '../language/titles.js';
import type { Word } from './words.js';

export type MentionKind =
  | 'time'
  | 'place'
  | 'person'
  | 'organization'
  /** A capitalised name whose kind is not clear. */
  | 'name'
  /** A person named by role ("an analyst", "the senator"). */
  | 'role'
  /** Words that give a cause or purpose ("because", "in order to", "arguing that"). */
  | 'reason'
  | 'number'
  | 'ordinal'
  | 'distance'
  | 'duration'
  | 'money'
  | 'percent'
  | 'weight'
  | 'speed'
  | 'temperature';

/** Something a sentence names that can answer a question: a day, a place, a person, a figure. */
export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  text: string;
}

/** Every mention in a sentence; a figure that is really a year or a date counts only as a time. */
export function findMentions(sentence: string, sentenceWords: Word[], people: KnownPeople): Mention[] {
  const times = findTimes(sentence);
  const measures = findMeasures(sentence).filter(
    (measure) => !times.some((time) => measure.start < time.end && measure.end > time.start),
  );
  const names = findNames(sentence, sentenceWords, people).filter(
    (name) => !times.some((time) => name.start >= time.start && name.end <= time.end),
  );
  return [...times, ...measures, ...names, ...findRoles(sentenceWords), ...findReasons(sentence)];
}

function findRoles(sentenceWords: Word[]): Mention[] {
  return sentenceWords
    .filter((word) => !word.capitalized && isRoleNoun(word.lower))
    .map((word) => ({ kind: 'role', start: word.start, end: word.end, text: word.text }));
}

// Cause and purpose in news prose, and "over" after words of dispute ("talks broke down over pay"). "After"
// and "following" are left out: they give an order of events far more often than a reason.
const REASON =
  /\b(?:because|due to|owing to|as a result|so that|in order to|in an effort to|aim(?:s|ed|ing)? (?:to|at)|designed to|intended to|meant to|thanks to|given that|in response to|amid|prompt(?:s|ed|ing)?|lead(?:s|ing)? to|led to|reasons?|caused?|arguing|argued|argues|as leverage|for fear|so as to|since|citing|cited|blam(?:e|es|ed|ing)|attribut(?:e|es|ed|ing) (?:it |this |that )?to|on the grounds that|out of)\b|\b(?:down|dispute|disputes|row|rows|clash|clashes|protest|protests|anger|outrage|concerns?|fears?|worries|tensions?|fight|fighting|quarrel|split) over\b/gi;

function findReasons(sentence: string): Mention[] {
  return [...sentence.matchAll(REASON)].map((match) => ({
    kind: 'reason',
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }));
}
