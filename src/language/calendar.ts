/**
 * The names of the calendar as English news writing gives them: weekdays ("Thursday") and months, written out
 * or abbreviated with a full stop as agency style has it ("Oct. 16", "Sept. 3"), and the parts of a day.
 */

export const WEEKDAY_NAMES: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTH_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A regular-expression source for a weekday's name, capitalised (no flags, no groups): "Thursday". */
export const WEEKDAY = `(?:${WEEKDAY_NAMES.join('|')})`;

/** A regular-expression source for a month, written out or abbreviated with its full stop: "October", "Oct.". */
export const MONTH = `(?:${MONTH_NAMES.join('|')}|(?:${MONTH_ABBREVIATIONS.join('|')})\\.)`;

/** A regular-expression source for a day of the month, perhaps ordinal: "16", "3rd". */
export const DAY_OF_MONTH = '\\d{1,2}(?:st|nd|rd|th)?';

/** A regular-expression source for a part of the day: "morning", "evening". */
export const PART_OF_DAY = '(?:morning|afternoon|evening|night)';

/**
 * A regular-expression source for the holidays news dates things by ("before Christmas", "on New Year's Eve"),
 * capitalised as they are written.
 */
export const HOLIDAY =
  "(?:Christmas(?: Day| Eve)?|Boxing Day|New Year(?:['\u2019]s)?(?: Day| Eve)?|Easter(?: Sunday| Monday)?|Good Friday|Thanksgiving|" +
  'Halloween|Ramadan|Eid(?: al-\\w+)?|Diwali|Hanukkah|Passover|Yom Kippur|Rosh Hashanah|Lunar New Year|' +
  '(?:Labou?r|Memorial|Independence|Veterans|Presidents|Bastille|Anzac|Canada|Australia) Day)';

/** A regular-expression source for a unit of the calendar that a rate or a frequency is given per: "a day", "every week". */
export const CALENDAR_UNIT = '(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|season|morning|evening|weekend)';

/** A regular-expression source for the adverbs of frequency built on the calendar: "daily", "annually". */
export const FREQUENCY_ADVERB = '(?:hourly|daily|nightly|weekly|fortnightly|biweekly|monthly|quarterly|yearly|annually|biannually)';

/** The month (0 for January) a word names, written out or abbreviated ("Sept", "Oct."), or -1. Case matters. */
export function monthIndex(word: string): number {
  const bare = word.replace(/\.$/, '');
  const full = MONTH_NAMES.indexOf(bare);
  if (full >= 0) return full;
  const abbreviation = MONTH_ABBREVIATIONS.indexOf(bare);
  return abbreviation < 0 ? -1 : MONTH_NAMES.findIndex((name) => name.startsWith(bare.slice(0, 3)));
}

const CALENDAR_NAMES: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES].map((name) => name.toLowerCase()));

/** Whether a word is the name of a weekday or a month, in any case: "Friday", "october". */
export function isCalendarName(word: string): boolean {
  return CALENDAR_NAMES.has(word.toLowerCase());
}

/** Whether a name starts with a month's name: "March", "October 2024" (a date, never a place or a person). */
export function startsWithMonth(name: string): boolean {
  return STARTS_WITH_MONTH.test(name);
}
const STARTS_WITH_MONTH = new RegExp(`^(?:${MONTH_NAMES.join('|')})\\b`);
