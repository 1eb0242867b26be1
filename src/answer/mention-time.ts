import { DAY_OF_MONTH, HOLIDAY, MONTH, monthIndex, PART_OF_DAY, WEEKDAY } from '../language/calendar.js';
import type { Mention } from './mentions.js';

const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';
const PERIOD = `(?:week(?:end)?|month|year|decade|century|${PART_OF_DAY}|spring|summer|autumn|fall|winter|season|quarter)`;
const SEASON = '(?:spring|summer|autumn|fall|winter)';
const COUNT = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few|many)';
const UNIT_AFTER_NUMBER = '(?!\\s*(?:-|\\u2013)?\\s*(?:miles?|km|kilomet|met(?:er|re)s?|feet|tons?|people|dollars|euros))';

// Each pattern finds one kind of time expression; case matters only for names of days and months.
const TIME_PATTERNS: RegExp[] = [
  new RegExp(`\\b(?:(?:early|mid|late)[- ])?${MONTH}(?:\\s+${DAY_OF_MONTH})?(?:,?\\s+${YEAR})?\\b`, 'g'),
  new RegExp(`\\b${DAY_OF_MONTH}\\s+${MONTH}(?:,?\\s+${YEAR})?\\b`, 'g'),
  new RegExp(`\\b${WEEKDAY}s?(?:\\s+${PART_OF_DAY})?\\b`, 'g'),
  new RegExp(`\\b${HOLIDAY}(?![\\w-])`, 'g'),
  new RegExp(`\\b(?:in |since |by |until )?(?:the )?(?:early |mid-?|late )?${YEAR}s?\\b${UNIT_AFTER_NUMBER}`, 'g'),
  new RegExp(`\\b(?:today|tonight|yesterday|tomorrow|currently|recently|formerly|previously|soon|earlier|later|overnight|noon|midnight)\\b`, 'gi'),
  new RegExp(`\\b(?:(?:earlier|later) )?(?:this|last|next|past|coming|previous|following|same) ${PERIOD}\\b`, 'gi'),
  new RegExp(`\\b${COUNT} (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?) (?:ago|earlier|later|before|after)\\b`, 'gi'),
  new RegExp(`\\b\\d{1,2}(?::\\d\\d)?\\s?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)`, 'gi'),
  new RegExp(`\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|\\b${YEAR}-\\d\\d-\\d\\d\\b`, 'g'),
  new RegExp(`\\b(?:Q[1-4]|(?:first|second|third|fourth) quarter)\\b`, 'g'),
  // Seasons after a word that makes them a time ("in the spring", "this fall", "by summer", "next winter"):
  // "fall" alone is a verb, and "a winter storm" names a storm.
  new RegExp(`\\b(?:in|by|this|next|last|until|from|since|through|during|over|before|after|early|late) (?:the )?(?:early |late |mid-?)?${SEASON}\\b`, 'gi'),
  // Relative times: "by the end of the month", "within weeks", "in the coming days", "at the weekend".
  new RegExp(`\\b(?:by|before|until|at|near|toward|towards|from) the (?:end|start|beginning|middle|turn) of (?:the |this |next |last )?(?:${PERIOD}|${SEASON}|${MONTH}|${YEAR})`, 'gi'),
  new RegExp(`\\b(?:within|in) (?:(?:the )?(?:next|coming|past|last) )?(?:${COUNT} )?(?:hours?|days?|weeks?|months?|years?)\\b(?! (?:of|to)\\b)`, 'gi'),
  new RegExp(`\\b(?:at|over|during) the weekend\\b|\\b(?:shortly|imminently|eventually)\\b`, 'gi'),
  // The clock of a match: "in the 12th minute", "in the 58th.", "in stoppage time", "at halftime", "in the
  // second half", "in the fourth quarter".
  new RegExp(`\\b(?:in|by|after|before|until) the \\d{1,3}(?:st|nd|rd|th)(?:(?:[- ]minute)|(?=[.,;]|$))`, 'gi'),
  new RegExp(`\\b(?:in|during|before|after|at) (?:the )?(?:(?:first|second) half|half-?time|(?:stoppage|injury|extra|added) time|(?:first|second|third|fourth|final) (?:period|inning|innings|set|round))\\b`, 'gi'),
];

/** Days, dates, months, years, times and relative expressions ("next week", "two years ago") in a sentence. */
export function findTimes(sentence: string): Mention[] {
  const mentions: Mention[] = [];
  for (const pattern of TIME_PATTERNS) {
    for (const match of sentence.matchAll(pattern)) {
      const text = match[0].trim();
      if (text === 'May' && !/\bMay\s+\d|\bin May\b|\bof May\b/.test(sentence.slice(match.index, match.index + 12 + text.length))) {
        // "May" is a month only with a day or after "in"/"of"; otherwise it is the verb.
        if (!/\b(?:in|of|since|until|by) $/.test(sentence.slice(0, match.index))) continue;
      }
      mentions.push({ kind: 'time', start: match.index, end: match.index + match[0].length, text });
    }
  }
  return mentions;
}

/** The months a text dates things by (0 for January): "in March", "Sept. 12", but not the verb "may". */
export function monthsNamed(text: string): Set<number> {
  const months = new Set<number>();
  for (const time of findTimes(text)) {
    for (const word of time.text.split(/[\s,-]+/)) {
      const month = monthIndex(word);
      if (month >= 0) months.add(month);
    }
  }
  return months;
}
