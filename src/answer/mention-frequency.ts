import { CALENDAR_UNIT, FREQUENCY_ADVERB, WEEKDAY } from '../language/calendar.js';
import type { Mention } from './mentions.js';

const COUNT = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|a couple of)';
const TIMES = `(?:once|twice|thrice|${COUNT} times)`;

// How often something happens, as news writes it: "once a day", "three times a year", "twice weekly", "every six
// hours", "every other week", "each Monday", "daily", "five days a week".
const FREQUENCY_PATTERNS: RegExp[] = [
  new RegExp(`\\b${TIMES}(?:\\s+(?:a|an|per|each|every)\\s+${CALENDAR_UNIT}|\\s+${FREQUENCY_ADVERB})\\b`, 'gi'),
  new RegExp(`\\b(?:every|each)\\s+(?:other\\s+|few\\s+|${COUNT}\\s+)?(?:${CALENDAR_UNIT}s?|${WEEKDAY})\\b`, 'gi'),
  new RegExp(`\\b${FREQUENCY_ADVERB}\\b`, 'gi'),
  new RegExp(`\\b${COUNT}\\s+(?:days|nights|hours|times|weekends)\\s+(?:a|an|per|each)\\s+${CALENDAR_UNIT}\\b`, 'gi'),
];

/** The expressions of frequency in a sentence, the answers to "how often": "once a day", "every six hours". */
export function findFrequencies(sentence: string): Mention[] {
  const mentions: Mention[] = [];
  for (const pattern of FREQUENCY_PATTERNS) {
    for (const match of sentence.matchAll(pattern)) {
      const [start, end] = [match.index, match.index + match[0].length];
      if (mentions.some((taken) => start < taken.end && end > taken.start)) continue;
      mentions.push({ kind: 'frequency', start, end, text: match[0] });
    }
  }
  return mentions;
}
