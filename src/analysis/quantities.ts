/**
 * Finds quantities in news prose: a number with what it counts or measures, as written ("about 600 miles",
 * "$1.2 billion", "3.5%", "10 to 20 km", "2,500 people"), with the conversion an article gives beside it
 * ("600 miles (965 km)", "120 miles/190 km") attached as an equivalent.
 *
 * General number recognisers were measured and rejected: they took hundreds of milliseconds on one article
 * (this runs at start-up) and read "$1.2 billion in revenue" as inches.
 */

export type QuantityKind =
  | 'money'
  | 'percent'
  | 'length'
  | 'area'
  | 'mass'
  | 'volume'
  | 'speed'
  | 'temperature'
  | 'duration'
  | 'energy'
  | 'age'
  | 'count';

export interface Quantity {
  /** The words as written, qualifier included ("about 600 miles"). */
  text: string;
  start: number;
  end: number;
  value: number;
  /** The top of a range ("10 to 20 km"), or null. */
  high: number | null;
  /** The normalised unit ("mi", "km", "USD", "%"), or for a count the counted noun ("people"). */
  unit: string;
  kind: QuantityKind;
  /** The word that makes the number approximate or a bound ("about", "more than"), or null. */
  qualifier: string | null;
  /** The same quantity in other units, as the text gives it alongside. */
  equivalents: Quantity[];
}

interface UnitRule {
  pattern: string;
  unit: string;
  kind: QuantityKind;
}

const METRE = 'met(?:er|re)s?';
const UNIT_RULES: UnitRule[] = [
  { pattern: '%|per ?cent|percentage points?', unit: '%', kind: 'percent' },
  { pattern: 'basis points?|bps', unit: 'bp', kind: 'percent' },
  { pattern: 'mph|miles (?:per|an) hour', unit: 'mph', kind: 'speed' },
  { pattern: 'km/h|kph|kilomet(?:er|re)s (?:per|an) hour', unit: 'km/h', kind: 'speed' },
  { pattern: 'knots?', unit: 'kn', kind: 'speed' },
  { pattern: `square (?:miles?|kilomet(?:er|re)s?|km|${METRE}|feet)|sq\\.? ?(?:km|mi|m|ft)|km2|km²`, unit: 'area', kind: 'area' },
  { pattern: 'acres?', unit: 'acre', kind: 'area' },
  { pattern: 'hectares?', unit: 'ha', kind: 'area' },
  { pattern: 'nautical miles?', unit: 'nmi', kind: 'length' },
  { pattern: 'miles?|mi', unit: 'mi', kind: 'length' },
  { pattern: 'kilomet(?:er|re)s?|kms?', unit: 'km', kind: 'length' },
  { pattern: 'centimet(?:er|re)s?|cm', unit: 'cm', kind: 'length' },
  { pattern: 'millimet(?:er|re)s?|mm', unit: 'mm', kind: 'length' },
  { pattern: `${METRE}`, unit: 'm', kind: 'length' },
  { pattern: 'feet|foot|ft', unit: 'ft', kind: 'length' },
  { pattern: 'inch(?:es)?', unit: 'in', kind: 'length' },
  { pattern: 'yards?', unit: 'yd', kind: 'length' },
  { pattern: 'metric tons?|tonnes?|tons?', unit: 't', kind: 'mass' },
  { pattern: 'kilograms?|kilos?|kg', unit: 'kg', kind: 'mass' },
  { pattern: 'grams?', unit: 'g', kind: 'mass' },
  { pattern: 'pounds?|lbs?', unit: 'lb', kind: 'mass' },
  { pattern: 'barrels?(?: (?:a|per) day)?|bpd', unit: 'bbl', kind: 'volume' },
  { pattern: 'lit(?:er|re)s?', unit: 'l', kind: 'volume' },
  { pattern: 'gallons?', unit: 'gal', kind: 'volume' },
  { pattern: `cubic ${METRE}`, unit: 'm3', kind: 'volume' },
  { pattern: 'degrees? (?:Celsius|centigrade|C)|°C', unit: '°C', kind: 'temperature' },
  { pattern: 'degrees? (?:Fahrenheit|F)|°F', unit: '°F', kind: 'temperature' },
  { pattern: 'megawatts?|MW|gigawatts?|GW|kilowatts?|kW|[kMGT]Wh|terawatt[- ]hours?', unit: 'power', kind: 'energy' },
  { pattern: 'decades?', unit: 'decade', kind: 'duration' },
  { pattern: 'years?', unit: 'year', kind: 'duration' },
  { pattern: 'months?', unit: 'month', kind: 'duration' },
  { pattern: 'weeks?', unit: 'week', kind: 'duration' },
  { pattern: 'days?', unit: 'day', kind: 'duration' },
  { pattern: 'hours?', unit: 'hour', kind: 'duration' },
  { pattern: 'minutes?', unit: 'minute', kind: 'duration' },
  { pattern: 'seconds?', unit: 'second', kind: 'duration' },
  { pattern: 'dollars?', unit: 'USD', kind: 'money' },
  { pattern: 'cents?', unit: '¢', kind: 'money' },
  // Not "2 p.m.", a time.
  { pattern: 'pence|p(?!\\.\\p{L})', unit: 'p', kind: 'money' },
  { pattern: 'euros?', unit: 'EUR', kind: 'money' },
  { pattern: 'yen', unit: 'JPY', kind: 'money' },
  { pattern: 'yuan|renminbi', unit: 'CNY', kind: 'money' },
  { pattern: 'rupees?', unit: 'INR', kind: 'money' },
  { pattern: 'r[ou]bles?', unit: 'RUB', kind: 'money' },
  { pattern: 'hryvnias?', unit: 'UAH', kind: 'money' },
];

const CURRENCY_SIGNS: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  A$: 'AUD',
  C$: 'CAD',
  HK$: 'HKD',
  NZ$: 'NZD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₽': 'RUB',
  '₴': 'UAH',
};

const SMALL_NUMBERS = (
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
  'seventeen eighteen nineteen'
).split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
// Vague amounts that still state an order of magnitude ("several hundred kilometres", "dozens of people").
const VAGUE_NUMBERS: Record<string, number> = {
  'a dozen': 12,
  dozens: 24,
  'a few hundred': 300,
  'several hundred': 300,
  hundreds: 200,
  'a hundred': 100,
  'a few thousand': 3000,
  'several thousand': 3000,
  thousands: 2000,
  'a thousand': 1000,
  millions: 2e6,
};
const MAGNITUDES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

const CURRENCY = '(US\\$|[ACN]Z?\\$|HK\\$|\\$|€|£|¥|₹|₽|₴)';
const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+';
const SPELLED = `(?:${TENS.join('|')})(?:-(?:${SMALL_NUMBERS.slice(1, 10).join('|')}))?|${Object.keys(VAGUE_NUMBERS).join('|')}|${SMALL_NUMBERS.join('|')}`;
const NUMBER = `${DIGITS}|(?:${SPELLED})\\b`;

const CANDIDATE = new RegExp(`(?<![\\p{L}\\p{N}.,:#$€£¥₹₽₴-])(?<!\\d/)(?:${CURRENCY}\\s?)?(${NUMBER})(?![\\d,]\\d)`, 'giu');
const LONG_MAGNITUDE = /[ \u00A0](hundred|thousand|million|billion|trillion)s?\b/iy;
const SHORT_MAGNITUDE = /\s?(bn|mn|tn|m|b|k)\b/iy;
const RANGE = new RegExp(`\\s?(?:-|–|—|to|and)\\s?(?:${CURRENCY}\\s?)?(${DIGITS}|${SPELLED})`, 'iuy');
const UNIT = new RegExp(`(?:[ \\u00A0]|-)?(${UNIT_RULES.map((rule) => rule.pattern).join('|')})(?![\\p{L}\\p{N}])`, 'iuy');
const UNIT_MATCHERS = UNIT_RULES.map((rule) => ({ rule, test: new RegExp(`^(?:${rule.pattern})$`, 'i') }));
const AGE = /(?:-| )years?-old\b/iy;
const QUALIFIER =
  /(?:^|[\s(])(about|approximately|approx\.|around|roughly|nearly|almost|some|more than|over|under|less than|fewer than|up to|at least|at most|as many as|as much as|an estimated|estimated|just over|just under|close to|upwards of|between|from|only|another|a further)\s+$/i;
// Words after a number that make it a count ("2,500 people"); plurals are also recognised by their ending.
const IRREGULAR_PLURALS = new Set(
  'people children men women personnel staff troops police cattle sheep fish aircraft deer civilians'.split(' '),
);
const NEXT_WORDS = /\s([\p{L}-]+)(?:\s([\p{L}-]+))?(?:\s([\p{L}-]+))?/uy;
const NOT_COUNT_MODIFIERS = new Set(
  'of and or the a an to in on at by for from with as than that which who is are was were has have had will would'.split(' '),
);

/** Every quantity in a text, in order, with conversions given alongside attached to the first. */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match; match = CANDIDATE.exec(text)) {
    const quantity = readQuantity(text, match);
    if (quantity) {
      found.push(quantity);
      CANDIDATE.lastIndex = quantity.end;
    }
  }
  return attachEquivalents(text, found);
}

function readQuantity(text: string, match: RegExpExecArray): Quantity | null {
  const sign = match[1];
  const numberText = match[2]!;
  const spelled = /^[a-z]/i.test(numberText);
  let value = parseNumber(numberText);
  let end = match.index + match[0].length;
  if (Number.isNaN(value)) return null;

  let magnitude = readMagnitude(text, end, sign !== undefined);
  if (magnitude) {
    value *= magnitude.factor;
    end = magnitude.end;
  }

  const qualifier = readQualifier(text, match.index);
  let high: number | null = null;
  RANGE.lastIndex = end;
  const range = RANGE.exec(text);
  const rangeWord = range ? range[0].trim().split(/\s/)[0]!.toLowerCase() : '';
  if (range && (rangeWord !== 'and' || qualifier?.word.toLowerCase() === 'between') && /\d/.test(numberText) === /\d/.test(range[2]!)) {
    high = parseNumber(range[2]!);
    let rangeEnd = range.index + range[0].length;
    const highMagnitude = readMagnitude(text, rangeEnd, sign !== undefined);
    if (highMagnitude) {
      high *= highMagnitude.factor;
      if (!magnitude) value *= highMagnitude.factor;
      magnitude = highMagnitude;
      rangeEnd = highMagnitude.end;
    } else if (magnitude) {
      high *= magnitude.factor;
    }
    end = rangeEnd;
  }

  let unit: string;
  let kind: QuantityKind;
  AGE.lastIndex = end;
  UNIT.lastIndex = end;
  const age = AGE.exec(text);
  const unitMatch = age ? null : UNIT.exec(text);
  if (age) {
    unit = 'years old';
    kind = 'age';
    end = age.index + age[0].length;
  } else if (sign !== undefined) {
    unit = CURRENCY_SIGNS[sign] ?? sign;
    kind = 'money';
    if (unitMatch && ruleFor(unitMatch[1]!)?.kind === 'money') end = unitMatch.index + unitMatch[0].length;
  } else if (unitMatch) {
    const rule = ruleFor(unitMatch[1]!);
    if (!rule) return null;
    unit = rule.unit === 'area' || rule.unit === 'power' ? unitMatch[1]!.toLowerCase() : rule.unit;
    kind = rule.kind;
    end = unitMatch.index + unitMatch[0].length;
  } else {
    if (/^\p{L}/u.test(text.slice(end, end + 1))) return null; // "F16", "3rd", "4G": not quantities
    const counted = readCountNoun(text, end);
    if (!counted || (spelled && value < 10 && !magnitude) || looksLikeYear(numberText, magnitude)) return null;
    unit = counted.noun;
    kind = 'count';
    end = counted.end;
  }
  if (spelled && value < 2 && kind !== 'count') return null; // "one of the largest", "a one-day visit"

  const start = qualifier ? qualifier.start : match.index;
  return {
    text: text.slice(start, end),
    start,
    end,
    value,
    high,
    unit,
    kind,
    qualifier: qualifier?.word ?? null,
    equivalents: [],
  };
}

function parseNumber(numberText: string): number {
  const lower = numberText.toLowerCase();
  if (/^[\d.,]+$/.test(lower)) return Number(lower.replace(/,/g, ''));
  if (lower in VAGUE_NUMBERS) return VAGUE_NUMBERS[lower]!;
  const [tens, unit] = lower.split('-');
  const tensIndex = TENS.indexOf(tens!);
  if (tensIndex >= 0) return (tensIndex + 2) * 10 + (unit ? SMALL_NUMBERS.indexOf(unit) : 0);
  return SMALL_NUMBERS.indexOf(lower);
}

function readMagnitude(text: string, at: number, isMoney: boolean): { factor: number; end: number } | null {
  LONG_MAGNITUDE.lastIndex = at;
  const long = LONG_MAGNITUDE.exec(text);
  if (long) return { factor: MAGNITUDES[long[1]!.toLowerCase()]!, end: long.index + long[0].length };
  if (!isMoney) return null;
  SHORT_MAGNITUDE.lastIndex = at;
  const short = SHORT_MAGNITUDE.exec(text);
  return short ? { factor: MAGNITUDES[short[1]!.toLowerCase()]!, end: short.index + short[0].length } : null;
}

function readQualifier(text: string, at: number): { word: string; start: number } | null {
  const before = text.slice(Math.max(0, at - 24), at);
  const match = QUALIFIER.exec(before);
  if (!match) return null;
  const word = match[1]!;
  return { word, start: at - before.length + match.index + match[0].indexOf(word) };
}

function ruleFor(unitText: string): UnitRule | undefined {
  return UNIT_MATCHERS.find(({ test }) => test.test(unitText))?.rule;
}

function readCountNoun(text: string, at: number): { noun: string; end: number } | null {
  NEXT_WORDS.lastIndex = at;
  const match = NEXT_WORDS.exec(text);
  if (!match) return null;
  const following = match.slice(1).filter((word): word is string => word !== undefined);
  // The counted noun may come after up to two modifiers ("2,500 people", "300 French soldiers"); in a run of
  // plurals the last is the head ("37 new measles cases").
  let counted = -1;
  for (let i = 0; i < following.length; i++) {
    const word = following[i]!;
    if (isPluralNoun(word)) counted = i;
    else if (counted >= 0 || NOT_COUNT_MODIFIERS.has(word.toLowerCase())) break;
  }
  if (counted < 0) return null;
  const noun = following.slice(0, counted + 1).join(' ');
  return { noun, end: at + match[0].indexOf(noun) + noun.length };
}

function isPluralNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(lower)) return true;
  return /^[a-z-]{2,}[^s'u]s$/.test(lower) || /(?:ies|ches|shes|sses|xes)$/.test(lower);
}

function looksLikeYear(numberText: string, magnitude: { factor: number } | null): boolean {
  return !magnitude && /^(1[89]|20)\d\d$/.test(numberText);
}

// A conversion follows its quantity in brackets, after a slash, or after "or": "600 miles (965 km)".
const EQUIVALENT_GAP = /^\s*(?:\(|\/|or)\s*$/;

function attachEquivalents(text: string, quantities: Quantity[]): Quantity[] {
  const kept: Quantity[] = [];
  for (const quantity of quantities) {
    const previous = kept.at(-1);
    const chainEnd = previous ? (previous.equivalents.at(-1) ?? previous).end : -1;
    if (
      previous &&
      previous.kind === quantity.kind &&
      previous.unit !== quantity.unit &&
      EQUIVALENT_GAP.test(text.slice(chainEnd, quantity.start))
    ) {
      previous.equivalents.push(quantity);
    } else {
      kept.push(quantity);
    }
  }
  return kept;
}

/** A quantity as a reader should see it: "about 600 miles (965 kilometers)". */
export function describeQuantity(quantity: Quantity): string {
  if (quantity.equivalents.length === 0) return quantity.text;
  return `${quantity.text} (${quantity.equivalents.map((equivalent) => equivalent.text).join(' / ')})`;
}
