import { isFunctionWord } from '../language/function-words.js';
import type { MentionKind } from './mentions.js';

/** What a question asks for, which decides what its answer sentence must hold. */
export type QuestionType =
  /** "Who is Mark Lee?", "What is NATO?": the role or description the story gives a name. */
  | 'identity'
  /** "What did Lee say about taxes?": a quotation or reported words of a speaker. */
  | 'quote'
  | 'who'
  | 'where'
  | 'when'
  /** "How far", "what is the range", "how long", "how big": a figure with a unit. */
  | 'measure'
  | 'how-many'
  | 'how-much'
  | 'why'
  /** "How did…", "How does…": the manner; any sentence that covers the question. */
  | 'how'
  /** "Is…", "Did…", "Will…": a statement that confirms or denies. */
  | 'yes-no'
  /** "What…", "Which…" and requests ("Tell me about…"). */
  | 'what';

/** The kinds of mention that answer each type; an empty list means any sentence that covers the focus will do. */
export const EXPECTED_MENTIONS: Record<QuestionType, MentionKind[]> = {
  identity: [],
  quote: [],
  who: ['person', 'role', 'organization'],
  where: ['place'],
  when: ['time'],
  measure: ['distance', 'area', 'duration', 'speed', 'weight', 'temperature', 'percent', 'money', 'number'],
  'how-many': ['number', 'ordinal'],
  'how-much': ['money', 'percent', 'weight', 'distance', 'number'],
  why: ['reason'],
  how: [],
  'yes-no': [],
  what: [],
};

// The noun after "what"/"which" ("which country", "what year"), or in "what is the range of…", names the kind
// of answer. These map such nouns to the kinds of mention that answer them.
const CATEGORY_KINDS: Array<[RegExp, MentionKind[]]> = [
  [/^(?:country|countries|nation|nations|state|states|city|cities|town|towns|capital|place|places|location|locations|region|regions|area|venue|site|village|province|continent|territory|border)$/, ['place']],
  [/^(?:year|years|day|days|date|dates|month|months|time|week|weekday|season|decade|century|hour)$/, ['time']],
  [/^(?:person|people|man|men|woman|women|official|officials|leader|leaders|politician|senator|senators|lawmaker|lawmakers|minister|president|analyst|expert|official|speaker|member|members|candidate|player|author|director|spokesperson)$/, ['person', 'role']],
  [/^(?:company|companies|organization|organisation|organizations|organisations|group|groups|agency|agencies|party|parties|firm|firms|body|bodies|institution|team|teams|bank|banks|newspaper|outlet|network|court|courts|council|councils|committee|union|unions|club|clubs|school|schools|university|universities|hospital|charity|charities|department|ministry|authority|government|governments|broadcaster|publisher|manufacturer|maker|automaker|carmaker|drugmaker|airline|airlines|insurer|lender|retailer|operator|brand|brands|supplier|suppliers)$/, ['organization']],
  [/^(?:range|distance|length|height|width|depth|altitude)$/, ['distance']],
  [/^(?:area|size|footprint)$/, ['area', 'distance', 'number']],
  [/^(?:price|cost|value|worth|salary|budget|revenue|revenues|profit|profits|sales|fine|fee|income|debt|deficit|spending|funding|investment)$/, ['money', 'number']],
  [/^(?:percentage|percent|share|proportion|fraction|rate|margin)$/, ['percent', 'number']],
  [/^(?:score|scoreline|result|tally|vote|record)$/, ['tally', 'number']],
  [/^(?:number|amount|total|figure|count|population|age|toll)$/, ['number']],
  [/^(?:speed|velocity)$/, ['speed']],
  [/^(?:weight|mass)$/, ['weight']],
  [/^(?:temperature)$/, ['temperature']],
  [/^(?:duration|period)$/, ['duration']],
  [/^(?:name|names|called|named|dubbed|nicknamed|titled|entitled)$/, ['designation']],
];

/** The kinds of mention that answer a question about a category noun ("country" → place), or none. */
export function kindsForCategory(noun: string): MentionKind[] {
  for (const [pattern, kinds] of CATEGORY_KINDS) if (pattern.test(noun)) return kinds;
  return [];
}

// Units a question may ask its answer in: "What is its range in kilometres?"
const UNIT_KINDS: Array<[RegExp, MentionKind]> = [
  [/^(?:acres?|hectares?|square)$/, 'area'],
  [/^(?:miles?|kilomet(?:er|re)s?|km|met(?:er|re)s?|feet|foot|yards?|inch(?:es)?)$/, 'distance'],
  [/^(?:dollars?|euros?|pounds|yen|yuan|rupees?|rubles?|roubles?)$/, 'money'],
  [/^(?:percent|percentage)$/, 'percent'],
  [/^(?:tons?|tonnes?|kilograms?|kg|pounds)$/, 'weight'],
  [/^(?:mph|knots)$/, 'speed'],
];

/** The kind of figure a unit word asks for ("kilometres" → distance), or null when it is not a unit. */
export function kindForUnit(word: string): MentionKind | null {
  for (const [pattern, kind] of UNIT_KINDS) if (pattern.test(word)) return kind;
  return null;
}

// Units that are no other word; the rest name a unit asked for only in the plural or after "in" ("in
// kilometres", "how many euros"): "the euro zone" and "a mile marker" use them as plain nouns.
const ALWAYS_UNITS = /^(?:percent|percentage|km|mph|kg|knots)$/;

/** The kind of figure a question asks for by naming its unit, given the word before it, or null. */
export function kindAskedInUnit(word: string, previous: string | undefined): MentionKind | null {
  const kind = kindForUnit(word);
  if (!kind) return null;
  return ALWAYS_UNITS.test(word) || previous === 'in' || /(?:s|feet)$/.test(word) ? kind : null;
}

const AUXILIARIES = /^(?:is|are|was|were|am|do|does|did|will|would|can|could|shall|should|may|might|must|has|have|had|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't|wouldn't|can't|couldn't|shouldn't|hasn't|haven't|hadn't)$/;

/** Whether a lowercased word is an auxiliary or modal verb, the first word of a yes-no question. */
export function isAuxiliary(lower: string): boolean {
  return AUXILIARIES.test(lower);
}

// "How far", "how long", "how old": the adjective says what the figure measures.
const MEASURE_ADJECTIVES: Record<string, MentionKind[]> = {
  far: ['distance'],
  close: ['distance'],
  long: ['duration', 'distance'],
  tall: ['distance'],
  high: ['distance', 'number', 'percent', 'money'],
  deep: ['distance'],
  wide: ['distance'],
  // "How big could the fine be?": "up to 4% of annual revenue"; "How large was the rise?": "3.2%".
  big: ['area', 'number', 'distance', 'money', 'weight', 'percent'],
  large: ['area', 'number', 'distance', 'money', 'weight', 'percent'],
  small: ['area', 'number', 'distance', 'money', 'weight', 'percent'],
  heavy: ['weight'],
  fast: ['speed'],
  // "How quickly does it work?": "within three days".
  quickly: ['duration'],
  strong: ['speed', 'number', 'percent'],
  powerful: ['speed', 'number', 'percent'],
  old: ['duration'],
  often: ['frequency'],
  frequently: ['frequency'],
  regularly: ['frequency'],
  hot: ['temperature'],
  cold: ['temperature'],
  warm: ['temperature'],
  cool: ['temperature'],
};

const CATEGORY_PHRASE_WORDS = 4;

// "Which betting company did…" asks for a company, "What price target did…" for a price: of the noun phrase
// after the question word (up to an auxiliary or a function word such as "of" or "per"), the first word that
// names a kind of answer, else its last.
function categoryOfPhrase(phrase: readonly string[]): string {
  const end = phrase.slice(0, CATEGORY_PHRASE_WORDS + 1).findIndex((word, index) => index > 0 && (isAuxiliary(word) || isFunctionWord(word)));
  const nouns = phrase.slice(0, end > 0 ? end : 1);
  return nouns.find((noun) => kindsForCategory(noun).length > 0) ?? nouns.at(-1)!;
}

// Contractions are spelt out before a question is read, so "What's the fee?" reaches here as "What is the fee?".
const COPULAS = /^(?:is|are|was|were|will|would|could|might)$/;
const SUBJECT_DETERMINERS = /^(?:the|its|their|his|her|this|that)$/;

// "What will the new fee be?", "What was the deficit?": a question that only asks what its subject is names the
// kind of answer with that subject, as "What fee…" would. Only a subject that ends the question (or is followed
// by "be") counts: "What is the fee for?" asks a purpose, and a name is asked for by "called" (see CATEGORY_KINDS).
function categoryOfCopulaSubject(lowerWords: readonly string[]): string | null {
  const [, copula = '', determiner = ''] = lowerWords;
  if (!COPULAS.test(copula) || !SUBJECT_DETERMINERS.test(determiner)) return null;
  const subject = lowerWords.slice(3);
  if (subject.at(-1) === 'be') subject.pop();
  const noun = subject.at(-1);
  if (!noun || subject.length > 3 || subject.some((word) => isAuxiliary(word) || isFunctionWord(word))) return null;
  const kinds = kindsForCategory(noun);
  return kinds.length > 0 && !kinds.includes('designation') ? noun : null;
}

/** The question's type from how it opens, with the category noun of "what/which N" questions. */
export function classifyOpening(lowerWords: string[]): { type: QuestionType; category: string | null; kinds: MentionKind[] } {
  const [first = '', second = '', third = ''] = lowerWords;
  const none = { category: null, kinds: [] as MentionKind[] };
  switch (first) {
    case 'who':
    case 'whom':
    case 'whose':
      return { type: 'who', ...none };
    case 'where':
      return { type: 'where', ...none };
    case 'when':
      return { type: 'when', ...none };
    case 'why':
      return { type: 'why', ...none };
    case 'how':
      if (second === 'many') return { type: 'how-many', category: third || null, kinds: [] };
      if (second === 'much') return { type: 'how-much', ...none };
      if (second === 'long' && third === 'ago') return { type: 'when', ...none };
      if (second === 'come') return { type: 'why', ...none };
      if (MEASURE_ADJECTIVES[second]) return { type: 'measure', category: second, kinds: MEASURE_ADJECTIVES[second] };
      return { type: 'how', ...none };
    case 'what':
    case 'which': {
      // "What time…", "Which year…": the noun names the kind of answer, a time, and the answer need not say it.
      if (second === 'time' || second === 'day' || second === 'date' || second === 'year' || second === 'month') {
        return { type: 'when', category: second, kinds: ['time'] };
      }
      // "what kind of weapon", "which type of missile": the category is the noun after "of".
      const subjectCategory = categoryOfCopulaSubject(lowerWords);
      if (subjectCategory) return { type: 'what', category: subjectCategory, kinds: kindsForCategory(subjectCategory) };
      const start = /^(?:kind|kinds|type|types|sort|sorts)$/.test(second) && third === 'of' ? 3 : 1;
      const noun = lowerWords[start];
      if (noun && !isAuxiliary(noun) && !/^(?:about|if|else|happened|happens|the|a|an|he|she|it|they|we|you|i)$/.test(noun)) {
        const category = categoryOfPhrase(lowerWords.slice(start));
        return { type: 'what', category, kinds: kindsForCategory(category) };
      }
      return { type: 'what', ...none };
    }
    default:
      if (isAuxiliary(first)) return { type: 'yes-no', ...none };
      return { type: 'what', ...none };
  }
}
