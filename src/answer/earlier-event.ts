import { CALENDAR_UNIT } from '../language/calendar.js';
import type { Mention } from './mentions.js';
import { asksInPast } from './tense-agreement.js';

/*
 * News sets the event it reports beside the last one of its kind: "This planned meeting follows their previous
 * encounter in Geneva in May". The place and the date there are the earlier encounter's, and answer "Where did
 * they meet before?" or "Where did they meet?", never "Where will they meet?" nor "Where is the meeting?".
 */

// Words that make the noun after them an earlier one of its kind. Not "former" ("the former factory site in
// Leeds" is where the site is now), and not before a unit of the calendar ("last week in Geneva", "earlier this
// month"), which dates the sentence's own event.
const EARLIER = String.raw`\b(?:[Pp]revious|[Ee]arlier|[Pp]rior|[Ll]ast|[Pp]receding)\s+(?!${CALENDAR_UNIT}s?\b)`;
// The earlier noun, one or two lowercase words ("encounter", "round of talks", "peace summit"); "prior to talks in
// Geneva" names the talks to come.
const EARLIER_NOUN = String.raw`(?!to\b)[a-z][\w'\u2019-]*(?:\s+(?:of\s+)?[a-z][\w'\u2019-]*)?`;
const LOCATIVE = String.raw`(?:in|at|on|near|outside|inside|during)\s+(?:the\s+)?`;
// A place or date already said of it, so the next one is said of it too: "in Geneva in May", "at the Kremlin on
// May 3, 2024": names, figures and commas.
const SAID_OF_IT = String.raw`,?\s+${LOCATIVE}[A-Z0-9][\w.'\u2019-]*(?:,?\s+[A-Z0-9][\w.'\u2019-]*)*`;
const OF_EARLIER_EVENT = new RegExp(`${EARLIER}${EARLIER_NOUN}(?:${SAID_OF_IT})*,?\\s+${LOCATIVE}$`);

/** Whether a place or time is said of an event the sentence marks as an earlier one ("previous encounter in Geneva"). */
export function saidOfEarlierEvent(text: string, mention: Mention): boolean {
  return OF_EARLIER_EVENT.test(text.slice(0, mention.start));
}

// Past tense ("did", "was", "had met"), or words that ask about an earlier one ("before", "previously", "the
// last time"). "Where will the last match be played?" asks about the final one, still to come.
const ASKS_EARLIER = /\b(?:before|previously|formerly|earlier|previous|prior|last\s+time|ago)\b/i;

/** Whether a question asks about an event past, which an earlier event's place or time may answer. */
export function asksAboutEarlierEvent(question: string): boolean {
  return asksInPast(question) || ASKS_EARLIER.test(question);
}
