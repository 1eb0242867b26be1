import type { Mention, MentionKind } from './mentions.js';

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|' +
  'eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|' +
  'trillion|dozen|dozens|hundreds|thousands|millions|billions|half|a third|a quarter';
const ORDINAL_WORDS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth';
const DIGITS = '\\d+(?:[.,]\\d+)*';
// "$2.5 billion", "£40m", and the hyphenated "a 6.2-billion-kilometre trip".
const SCALE = '(?:(?:\\s*|-)(?:million|billion|trillion)|(?:bn|m|k)\\b)?';
const NUMBER = `(?:(?:about |around |approximately |nearly |almost |roughly |some |over |more than |less than |up to |at least )?(?:${DIGITS}|(?:${NUMBER_WORDS})(?:[- ](?:${NUMBER_WORDS}))*)${SCALE})`;

// Speeds before distances, so "44,600 km/h" and "12.4 kilometres per second" are not read as "km" and "kilometres".
const UNITS: Array<{ kind: MentionKind; pattern: string }> = [
  { kind: 'area', pattern: 'square (?:miles?|kilomet(?:er|re)s?|km|met(?:er|re)s?|feet|foot|ft|yards?)|sq\\.? ?(?:ft|m|km|mi)\\b|acres?|hectares?' },
  {
    kind: 'speed',
    pattern: 'mph\\b|km/h|km/s\\b|m/s\\b|(?:kilomet(?:er|re)s?|met(?:er|re)s?|miles|feet) (?:per|an|a) (?:hour|second|minute)|knots',
  },
  { kind: 'distance', pattern: 'miles?|mi\\b|kilomet(?:er|re)s?|km\\b|met(?:er|re)s?|m\\b|feet|foot|ft\\b|yards?|inches|inch|centimet(?:er|re)s?|cm\\b|millimet(?:er|re)s?|mm\\b|nautical miles?|light[- ]years?' },
  { kind: 'duration', pattern: 'seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century' },
  { kind: 'money', pattern: 'dollars?|euros?|pounds sterling|pounds|yen|yuan|rupees?|rubles?|roubles?|francs?|pesos?|usd|eur|gbp' },
  { kind: 'percent', pattern: '%|percent|per cent|percentage points?' },
  { kind: 'weight', pattern: 'tons?|tonnes?|kilograms?|kg\\b|grams?|lbs?\\b' },
  { kind: 'temperature', pattern: 'degrees?|°[CF]?' },
];

const CURRENCY_BEFORE = new RegExp(`(?:US|A|C|NZ|HK)?[$€£¥₹]\\s?${DIGITS}${SCALE}`, 'g');
const withNumber = (pattern: string) => new RegExp(`\\b${NUMBER}(?:\\s*(?:-|\\u2013|/)?\\s*)(?:${pattern})`, 'gi');
// One pattern for every unit, each in its own group, in the order of `UNITS` ("square feet" before "feet"): the
// number before the unit is the costliest part of it to compile, and a first answer would compile it once a unit.
const NUMBER_WITH_UNIT = withNumber(UNITS.map(({ pattern }) => `(${pattern})`).join('|'));

function unitKind(match: RegExpMatchArray): MentionKind {
  const group = match.slice(1).findIndex((unit) => unit !== undefined);
  return UNITS[group]!.kind;
}
// "1.3 kilograms (2.9 pounds)": pounds are a weight in a sentence about weight, and money elsewhere.
const SPEAKS_OF_WEIGHT = /\b(?:weigh\w*|kilograms?|kg|tons?|tonnes?|heavy|heavier|heaviest|lighter|lightest)\b/i;
const POUNDS_WEIGHT = withNumber('pounds?');
// An age: "aged 24", "the 24-year-old", "24 years old", "at the age of 87".
// News gives an age between commas after a name: "Albright, 61, a two-term governor"; an obituary closes its
// lede with it ("She was 87.") and its headline says "Dies at 87".
const AGE =
  /\baged \d+\b|\b\d+-year-old\b|\b\d+ years? old\b|(?<=\p{Lu}[\p{L}'-]+, )\d{1,3}(?=,)|\bat the age of \d+\b|\b(?:he|she) (?:was|is|would have been|turned|turns) \d{1,3}(?=\s*[.;]|$)|\b(?:die[sd]?|dying|death) at (?:the age of )?\d{1,3}\b(?!\s*(?:%|percent|per cent|mph|km|miles|feet|-))/giu;
// Temperatures written without "degrees": "25 below zero", "minus 45", "-10C", "30F".
const TEMPERATURE = /\b\d+(?:\.\d+)? below (?:zero|freezing)\b|\bminus \d+(?:\.\d+)?\b|(?<![\w.,])-?\d+(?:\.\d+)?[CF]\b/g;
// "could take years", "for several months", "lasted nearly a minute": a length of time without a figure. "A day"
// alone is more often a rate ("9,000 bikes a year") and "a second" an ordinal ("a second asteroid").
const VAGUE_DURATION =
  /\b(?:(?:several|many|a few|few|some|two|three) )?(?:years|months|weeks|decades|days|hours)\b|\b(?:about|nearly|almost|roughly|more than|less than|just over|just under|for|within) (?:an?|half an?) (?:minute|hour|day|week|fortnight|month|year|decade)\b/gi;
// "112-108", "a 5-2 vote", "(31-14)": not a range ("$5-10"), a year span ("2024-25") or a date.
const TALLY = /(?<![\d$£€.,/-])\b\d{1,3}[-\u2013]\d{1,3}\b(?![-\u2013/.,]?\d|\s*(?:percent|per cent|%|years?|months?|days?|miles?|km))/g;
const BARE_NUMBER = new RegExp(`\\b${NUMBER}\\b`, 'gi');
// "all three had been riding in the second car": a number standing alone after "all" points back
// to a group counted before (the dead), so it counts nothing new; "all 12 members" still counts members.
const GROUP_REFERENCE_BEFORE = /\ball\s+$/i;
const GROUP_REFERENCE_AFTER = /^\s*(?:[.,;:]|(?:of|had|have|has|were|are|was|is|will|would|could|should|may|might|must)\b)/i;
const pointsBackToAGroup = (sentence: string, start: number, end: number): boolean =>
  GROUP_REFERENCE_BEFORE.test(sentence.slice(Math.max(0, start - 8), start)) && GROUP_REFERENCE_AFTER.test(sentence.slice(end));
// "a fifth", "two-thirds", "three quarters": shares written in words.
const FRACTION = /\b(?:a|one|two|three|four|five|six|seven|eight|nine)[- ](?:half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b/gi;
// "one in five", "3 in 10", and "half of": shares written as a ratio or a word before "of".
const RATIO = /\b(?:one|two|three|four|five|six|seven|eight|nine|\d{1,2}) in (?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b(?![,.]?\d)|\bhalf(?=\s+of\b)/gi;
const ORDINAL = new RegExp(`\\b(?:${ORDINAL_WORDS}|\\d+(?:st|nd|rd|th))\\b`, 'gi');

/**
 * Figures in a sentence: numbers with the unit that says what they measure ("995 miles", "$2.5 billion",
 * "40 percent", "three years"), bare numbers ("12 people" counts as a number), and ordinals ("fourth").
 */
export function findMeasures(sentence: string): Mention[] {
  const mentions: Mention[] = [];
  const taken: Array<[number, number]> = [];
  const add = (kind: MentionKind, start: number, text: string) => {
    const end = start + text.length;
    if (taken.some(([from, to]) => start < to && end > from)) return;
    taken.push([start, end]);
    mentions.push({ kind, start, end, text });
  };
  for (const match of sentence.matchAll(AGE)) add('duration', match.index, match[0]);
  for (const match of sentence.matchAll(TEMPERATURE)) add('temperature', match.index, match[0]);
  for (const match of sentence.matchAll(CURRENCY_BEFORE)) add('money', match.index, match[0]);
  for (const match of sentence.matchAll(FRACTION)) add('percent', match.index, match[0]);
  for (const match of sentence.matchAll(RATIO)) add('percent', match.index, match[0]);
  if (SPEAKS_OF_WEIGHT.test(sentence)) for (const match of sentence.matchAll(POUNDS_WEIGHT)) add('weight', match.index, match[0]);
  for (const match of sentence.matchAll(NUMBER_WITH_UNIT)) add(unitKind(match), match.index, match[0]);
  for (const match of sentence.matchAll(VAGUE_DURATION)) add('duration', match.index, match[0]);
  for (const match of sentence.matchAll(TALLY)) add('tally', match.index, match[0]);
  for (const match of sentence.matchAll(BARE_NUMBER)) {
    if (!pointsBackToAGroup(sentence, match.index, match.index + match[0].length)) add('number', match.index, match[0]);
  }
  for (const match of sentence.matchAll(ORDINAL)) add('ordinal', match.index, match[0]);
  return mentions;
}
