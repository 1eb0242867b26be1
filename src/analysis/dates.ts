/**
 * Finds the days and dates of news prose: weekdays ("Thursday", "Wednesday evening"), calendar dates
 * ("Oct. 16", "16 October 2025"), months and years ("in August", "2024") and the relative expressions
 * reporters use ("next week", "earlier this week", "last month", "in the coming days").
 */
import { DAY_OF_MONTH, MONTH, PART_OF_DAY, WEEKDAY } from '../language/calendar.js';

export interface DateMention {
  /** The expression as written, without a leading preposition ("Wednesday evening"). */
  text: string;
  start: number;
  end: number;
  /** A lowercased key that is the same for every mention of the same day or period. */
  key: string;
  /** Whether it is relative to when the article was written ("today", "next week"), not a named day. */
  relative: boolean;
}

const PART_OF_DAY_AFTER = `(?:\\s${PART_OF_DAY})`;
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
const PERIOD = '(?:week|weekend|month|year|spring|summer|autumn|fall|winter|quarter|season)';

// Days that recur are one mention, never cut apart: "the first Friday of every month", "every Monday",
// "Mondays, Thursdays and Saturdays".
const ORDINAL = '(?:first|second|third|fourth|fifth|last|final)';
const RECURRING_DAYS = [
  `(?:the\\s)?${ORDINAL}\\s${WEEKDAY}\\sof\\s(?:every|each|the)\\s(?:month|year|week)`,
  `(?:every|each)\\s(?:other\\s)?${WEEKDAY}`,
  `(?:on\\s)?${WEEKDAY}s(?:(?:,\\s|,?\\s(?:and|or)\\s)${WEEKDAY}s)*`,
];

// Months that are also ordinary words ("May", "March") need a preposition or a day to be dates.
const DATE_PATTERNS: { pattern: string; relative: boolean }[] = [
  ...RECURRING_DAYS.map((pattern) => ({ pattern, relative: false })),
  { pattern: `${MONTH}\\s${DAY_OF_MONTH}(?:,?\\s${YEAR})?`, relative: false },
  { pattern: `${DAY_OF_MONTH}\\s${MONTH}(?:,?\\s${YEAR})?`, relative: false },
  { pattern: `(?:(?:last|next|this|early|late|on)\\s)?${WEEKDAY}(?:'s|’s)?${PART_OF_DAY_AFTER}?`, relative: false },
  { pattern: `(?:early\\s|late\\s|mid-|mid\\s)${MONTH}(?:\\s${YEAR})?`, relative: false },
  { pattern: `(?<=\\b(?:in|since|until|by|from|through|last|next|this|early|late|mid-|before|after)\\s)${MONTH}(?:\\s${YEAR})?`, relative: false },
  { pattern: `${MONTH}\\s${YEAR}`, relative: false },
  { pattern: `(?:(?:earlier|later)\\s)?(?:this|next|last|the\\scoming|the\\spast|the\\sprevious)\\s${PERIOD}`, relative: true },
  { pattern: `(?:in\\s)?the\\s(?:coming|next|past|last)\\s(?:few\\s)?(?:days|weeks|months|years)`, relative: true },
  { pattern: `(?:\\d+|a|one|two|three|four|five|six|several|a\\sfew)\\s(?:days?|weeks?|months?|years?)\\sago`, relative: true },
  { pattern: `(?:today|tonight|yesterday|tomorrow)(?:'s|’s)?`, relative: true },
  { pattern: `(?<![\\d,.$€£-])${YEAR}(?![\\d,]|\\s?(?:%|per|miles|km))`, relative: false },
];

// Whole words only: "Monday" is no date inside "Mondays", nor "1960" inside "the 1960s".
const DATES = new RegExp(`(?<![\\p{L}\\p{N}])(?:${DATE_PATTERNS.map(({ pattern }) => `(${pattern})`).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
const LEADING_WORD = /^(?:on|this|last|next)\s(?=\p{Lu})/iu;

/** Every day or date a text mentions, in order. */
export function findDates(text: string): DateMention[] {
  const mentions: DateMention[] = [];
  DATES.lastIndex = 0;
  for (let match = DATES.exec(text); match; match = DATES.exec(text)) {
    if (!/\b\p{L}|\d/u.test(match[0])) continue;
    const group = match.slice(1).findIndex((value) => value !== undefined);
    const raw = match[0];
    const trimmed = raw.replace(/^on\s/i, '').replace(/(?:'s|’s)$/, '');
    const start = match.index + raw.indexOf(trimmed);
    mentions.push({
      text: trimmed,
      start,
      end: start + trimmed.length,
      key: dateKey(trimmed),
      relative: DATE_PATTERNS[group]?.relative ?? false,
    });
  }
  return mentions;
}

function dateKey(text: string): string {
  return text
    .replace(LEADING_WORD, (word) => (/^on\s/i.test(word) ? '' : word))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^(?:earlier|later) /, '');
}
