import type { Mention, MentionKind } from './mentions.js';

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|' +
  'eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|' +
  'trillion|dozen|dozens|hundreds|thousands|millions|billions|half|a third|a quarter';
const ORDINAL_WORDS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth';
const DIGITS = '\\d+(?:[.,]\\d+)*';
const SCALE = '(?:\\s*(?:million|billion|trillion|bn|m|k))?';
const NUMBER = `(?:(?:about |around |approximately |nearly |almost |roughly |some |over |more than |less than |up to |at least )?(?:${DIGITS}|(?:${NUMBER_WORDS})(?:[- ](?:${NUMBER_WORDS}))*)${SCALE})`;

const UNITS: Array<{ kind: MentionKind; pattern: string }> = [
  { kind: 'distance', pattern: 'miles?|mi\\b|kilomet(?:er|re)s?|km\\b|met(?:er|re)s?|m\\b|feet|foot|ft\\b|yards?|inches|inch|nautical miles?|light[- ]years?' },
  { kind: 'duration', pattern: 'seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century' },
  { kind: 'money', pattern: 'dollars?|euros?|pounds sterling|pounds|yen|yuan|rupees?|rubles?|roubles?|francs?|pesos?|usd|eur|gbp' },
  { kind: 'percent', pattern: '%|percent|per cent|percentage points?' },
  { kind: 'weight', pattern: 'tons?|tonnes?|kilograms?|kg\\b|grams?|lbs?\\b' },
  { kind: 'speed', pattern: 'mph\\b|km/h|kilomet(?:er|re)s? (?:per|an) hour|miles (?:per|an) hour|knots' },
  { kind: 'temperature', pattern: 'degrees?' },
];

const CURRENCY_BEFORE = new RegExp(`(?:US|A|C|NZ|HK)?[$€£¥₹]\\s?${DIGITS}${SCALE}`, 'g');
const NUMBER_WITH_UNIT = UNITS.map(({ kind, pattern }) => ({
  kind,
  regex: new RegExp(`\\b${NUMBER}(?:\\s*(?:-|\\u2013|/)?\\s*)(?:${pattern})`, 'gi'),
}));
// An age: "aged 24", "the 24-year-old", "24 years old".
// News gives an age between commas after a name: "Albright, 61, a two-term governor".
const AGE = /\baged \d+\b|\b\d+-year-old\b|\b\d+ years? old\b|(?<=\p{Lu}[\p{L}'-]+, )\d{1,3}(?=,)/giu;
// "could take years", "for several months": a length of time without a figure.
const VAGUE_DURATION = /\b(?:(?:several|many|a few|few|some|two|three) )?(?:years|months|weeks|decades|days|hours)\b/gi;
const BARE_NUMBER = new RegExp(`\\b${NUMBER}\\b`, 'gi');
// "a fifth", "two-thirds", "three quarters": shares written in words.
const FRACTION = /\b(?:a|one|two|three|four|five|six|seven|eight|nine)[- ](?:half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b/gi;
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
  for (const match of sentence.matchAll(CURRENCY_BEFORE)) add('money', match.index, match[0]);
  for (const match of sentence.matchAll(FRACTION)) add('percent', match.index, match[0]);
  for (const { kind, regex } of NUMBER_WITH_UNIT) {
    for (const match of sentence.matchAll(regex)) add(kind, match.index, match[0]);
  }
  for (const match of sentence.matchAll(VAGUE_DURATION)) add('duration', match.index, match[0]);
  for (const match of sentence.matchAll(BARE_NUMBER)) add('number', match.index, match[0]);
  for (const match of sentence.matchAll(ORDINAL)) add('ordinal', match.index, match[0]);
  return mentions;
}
