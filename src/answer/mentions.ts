import { findDesignations } from './mention-designation.js';
import { findFrequencies } from './mention-frequency.js';
import { findMeasures } from './mention-measure.js';
import { findNames, type KnownPeople } from './mention-names.js';
import { findTimes } from './mention-time.js';
import { isPeopleNoun } from '../language/titles.js';
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
  /** Two counts set against each other: a score "112-108", a vote "28-22", a record "31-14". */
  | 'tally'
  | 'ordinal'
  | 'distance'
  /** "2.1 million square feet", "18,400 acres". */
  | 'area'
  | 'duration'
  | 'money'
  | 'percent'
  | 'weight'
  | 'speed'
  | 'temperature'
  /** How often: "once a day", "every six hours", "annually". */
  | 'frequency'
  /** The name a story gives a thing: "a drug called Zurzuvae", her "Glasshouse" tour. */
  | 'designation';

/** Something a sentence names that can answer a question: a day, a place, a person, a figure. */
export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  text: string;
}

/**
 * Every mention in a sentence; a figure that is really a year or a date counts only as a time, but a length of
 * time that says when ("within six months") is both.
 */
export function findMentions(sentence: string, sentenceWords: Word[], people: KnownPeople): Mention[] {
  const times = findTimes(sentence);
  const measures = findMeasures(sentence).filter(
    (measure) => measure.kind === 'duration' || !times.some((time) => measure.start < time.end && measure.end > time.start),
  );
  const names = findNames(sentence, sentenceWords, people).filter(
    (name) => !times.some((time) => name.start >= time.start && name.end <= time.end),
  );
  return [...times, ...measures, ...findFrequencies(sentence), ...findDesignations(sentence), ...names, ...findRoles(sentenceWords), ...findReasons(sentence)];
}

// "an analyst", "the senator", and the people news falls on: "cruise passengers", "parents", "a man".
function findRoles(sentenceWords: Word[]): Mention[] {
  return sentenceWords
    .filter((word) => !word.capitalized && isPeopleNoun(word.lower))
    .map((word) => ({ kind: 'role', start: word.start, end: word.end, text: word.text }));
}

// Cause and purpose in news prose. "After" and "following" are left out: they give an order of events far more
// often than a reason, except after something failed or caused it ("will walk out after talks over pay
// collapsed", "closed the road after whiteout conditions caused a pileup").
const REASON = new RegExp(
  [
    String.raw`\b(?:because|due to|owing to|as a result|so that|in order to|in an effort to|aim(?:s|ed|ing)? (?:to|at)|designed to|intended to|meant to|thanks to|given that|in response to|amid|prompt(?:s|ed|ing)?|lead(?:s|ing)? to|led to|reasons?|caused?|arguing|argued|argues|as leverage|for fear|so as to|since|citing|cited|blam(?:e|es|ed|ing)|attribut(?:e|es|ed|ing) (?:it |this |that )?to|on the grounds that)\b`,
    String.raw`\bout of (?:fear|concern|respect|frustration|anger|desperation|necessity|curiosity|loyalty|spite|caution|sympathy|solidarity|protest)\b`,
    // A motive given as a worry: "they worried they could not reach their children", "concerned that prices would rise".
    String.raw`\b(?:worried|worrying|concerned|feared|fearing)\s+(?:that|about|over|they|it|he|she|we|the)\b`,
    // "contaminated soil had forced the delay", not "was forced to resign".
    String.raw`\b(?:forc(?:e|es|ed|ing)|trigger(?:s|ed|ing)?|spark(?:s|ed|ing)?)\b(?!\s+to\b)`,
    String.raw`\bafter\b[^.;]{0,100}?\b(?:collapsed|failed|broke down|stalled|fell through|faltered|caused|forced|triggered|sparked)\b`,
    // "over" after a word of conflict gives its cause ("talks broke down over pay", "resigned last week over the
    // scandal", "strike for 48 hours over pay"), unless it gives a time or an amount ("over two days", "over 500").
    String.raw`\b(?:down|disputes?|rows?|clash(?:es|ed)?|protest(?:s|ed|ing)?|anger|outrage|concerns?|fears?|worries|tensions?|fight(?:s|ing)?|quarrel|split|strikes?|striking|struck|walkouts?|walk(?:ed|ing)? (?:out|off)|resign(?:s|ed|ing|ation)?|quit|sue[ds]?|suing|boycott(?:s|ed|ing)?|sack(?:ed|ing)|fired|suspended|arrested|charged|fined|critici[sz](?:e|es|ed|ing)|condemn(?:s|ed|ing)?)(?:\s+[\w'\u2019-]+){0,4}?\s+over\b` +
      String.raw`(?!\s+(?:\d|the (?:weekend|past|next|last|coming|summer|winter|spring|autumn|holidays?)\b|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|hours?|decades?|minutes?|seasons?|period)\b))`,
  ].join('|'),
  'gi',
);

/** Reasons that name an effect rather than a cause: in "X led to Y", X is the cause and Y what it explains. */
export const EFFECT_MARKER = /^(?:prompt|lead|led|caus|forc|trigger|spark)/i;

function findReasons(sentence: string): Mention[] {
  return [...sentence.matchAll(REASON)].map((match) => ({
    kind: 'reason',
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }));
}
