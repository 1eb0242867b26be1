import { kindsForCategory, type QuestionType } from './question-type.js';
import { synonymsOf } from '../language/synonyms.js';
import { term, type Word } from './words.js';

/*
 * How much each word of a question counts towards its answer. News answers a question in its own words: the
 * light verbs of a question ("take place", "last", "held"), its words for the act of saying and for the answer's
 * kind ("cost", "country") may be missing from the sentence that answers it, and weigh less than its words of
 * substance, which must be there.
 */

// Words a question uses for the story itself or the act of telling, never for what it is about; and verbs that
// only say an event took place ("Where will the talks take place?", "When did it happen?"), which ask nothing of
// it, so the event's own words and the kind of answer decide.
const META_WORDS = new Set([
  'story', 'article', 'report', 'piece', 'text', 'mention', 'mentioned', 'happen', 'happens', 'happened', 'happening',
  'occur', 'occurs', 'occurred', 'occurring',
]);
// Light verbs and verbs of saying: an answer may well use others ("noted", "remarked").
const SOFT_VERBS = [
  'say', 'said', 'says', 'saying', 'tell', 'told', 'state', 'stated', 'claim', 'claimed', 'mean', 'meant', 'describe',
  'described', 'talk', 'talked', 'speak', 'spoke', 'make', 'made', 'get', 'got', 'go', 'went', 'come', 'came', 'take',
  'took', 'give', 'gave', 'put', 'use', 'used', 'include', 'included', 'involve', 'involved', 'plan', 'planned',
  'expect', 'expected', 'respond', 'responded', 'react', 'reacted', 'think', 'thought', 'feel', 'felt', 'stand',
  // Verbs that only say an event took place ("the trial was run", "the event was held", "took part") or was due
  // to or wished ("need to save", "want to leave").
  'run', 'hold', 'held', 'conduct', 'need', 'want',
];
// Words that stay light even as the subject of a question: nouns that point at whatever the story is about ("the
// case", "the project") rather than name it, words for a reaction, and adjectives a story seldom repeats ("the
// final score", "the official figure").
const SOFT_WORDS = [
  'reaction', 'response', 'view', 'position', 'stance', 'comment', 'currently', 'exactly', 'actually', 'specifically',
  'new', 'recent', 'recently', 'latest', 'current', 'part', 'place', 'final', 'overall', 'official', 'exact', 'precise',
  'case', 'incident', 'matter', 'situation', 'project', 'scheme',
];
const SOFT_TERMS = new Set([...SOFT_VERBS, ...SOFT_WORDS].map(term));
const ALWAYS_SOFT_TERMS = new Set(SOFT_WORDS.map(term));
// In "How long will the strike last?" the verb only says the answer is a length of time, as "far" does in "how
// far": "walk out for 48 hours" answers it without "last", and "the last dispute" is no answer for having it.
const DURATION_VERBS = new Set(['last', 'lasted', 'lasts', 'take', 'took', 'taken', 'continue', 'continued', 'remain', 'remained', 'stay', 'stayed', 'endure'].map(term));
// Verbs that only say that someone spoke, not what kind of thing they said ("warn", "predict" do).
const PLAIN_SAYING = new Set(['say', 'said', 'says', 'tell', 'told', 'state', 'stated', 'speak', 'spoke', 'talk', 'talked', 'comment', 'remark', 'add', 'added'].map(term));
// The particle of a phrasal verb ("paid back", "set up") belongs to the verb, and the story may use another
// verb for both ("repaid", "founded").
export const PARTICLES = /^(?:back|up|out|off|down|away|over|along|aside|forward)$/i;
export const CATEGORY_FACTOR = 0.3;
// Attributes a story states without naming them: "will be held in Lisbon" gives a location, "£95m barrier" a cost.
const GENERIC_ATTRIBUTES = new Set(
  ('location place site venue range distance length size cost price value worth date time day year month age ' +
    'height width depth speed weight duration percentage rate share revenue revenues sales profit profits income ' +
    'score result record tally name names')
    .split(' '),
);
const GENERIC_COUNTED = new Set(['people', 'persons']);
// Category nouns that only say "a figure" ("the number of", "how many times"): never in the answer's words.
const EMPTY_CATEGORIES = new Set(['number', 'numbers', 'amount', 'total', 'figure', 'count', 'times', 'kind', 'type', 'sort']);
// In "how much will it cost?" the verb says the answer is money, and the answer need not repeat it. Some of these
// words only name money, and a figure answers them ("cost", "price"); the rest name an act with money ("earn",
// "spend"), which the answer must tell of as well.
export const MONEY_TERMS = new Set(['money', 'cash', 'dollars', 'cost', 'price', 'fine', 'fee', 'fare', 'pay', 'spend', 'worth', 'fund', 'budget', 'earn', 'charge', 'owe', 'invest', 'raise', 'contribute', 'sell', 'buy'].map(term));
export const MONEY_KIND_TERMS = new Set(['money', 'cash', 'dollars', 'cost', 'price', 'fine', 'fee', 'fare', 'worth', 'budget'].map(term));
// Verbs of changing an amount ("raise prices by up to 10%") as well as of an amount changing ("prices rose").
export const CHANGE_TERMS: ReadonlySet<string> = new Set([
  ...synonymsOf(term('rise')),
  ...synonymsOf(term('fall')),
  ...['raise', 'lift', 'boost', 'lower', 'hike'].map(term),
]);
// "far" in "how far": it says what is measured and is never in the answer ("995 miles").
const MEASURE_WORDS = new Set([
  'far', 'close', 'long', 'tall', 'high', 'deep', 'wide', 'big', 'large', 'small', 'heavy', 'fast', 'old', 'often', 'strong',
  'powerful', 'hot', 'cold', 'warm', 'cool', 'frequently', 'regularly', 'quickly',
]);
export const SOFT_FACTOR = 0.35;

/** Whether a word only says the story told or an event took place ("story", "happen"): never part of the focus. */
export function isMetaWord(lower: string): boolean {
  return META_WORDS.has(lower);
}

// "take place" says no more than "happen": "Where will the summit take place?" asks where the summit is, and a
// story that never writes "take place" ("will meet in Lisbon") answers it. So does "be held" of an event ("Where
// will the talks be held?"); "was held" stays, as it also tells of a person detained.
const TAKE = /^(?:take|takes|took|taken|taking)$/;
const BE_UNINFLECTED = /^(?:be|being|been)$/;

/** The words of "take place" or "be held" in a question, which only say an event happens and are never part of the focus. */
export function occurrencePhrase(questionWords: readonly Word[]): Word[] {
  return questionWords.flatMap((word, index) => {
    const next = questionWords[index + 1];
    if (TAKE.test(word.lower) && next?.lower === 'place') return [word, next];
    return BE_UNINFLECTED.test(word.lower) && next?.lower === 'held' ? [next] : [];
  });
}

/** Whether a word only says someone spoke ("say", "told"), which a "What did X say?" answer need not repeat. */
export function isPlainSaying(word: Word): boolean {
  return PLAIN_SAYING.has(word.term);
}

/** Whether a word is light: a verb of saying or doing, or a word that points at the story's matter. */
export function isSoftTerm(termValue: string): boolean {
  return SOFT_TERMS.has(termValue);
}

/** What decides how much a word of a question counts, besides the word itself. */
export interface FocusContext {
  category: string | null;
  type: QuestionType;
  isAttribute: boolean;
  /** The terms of the question's subject ("talks" in "Where will talks take place?"). */
  subject: ReadonlySet<string>;
  /** A how-long question, whose verb ("last", "take") only names the kind of answer. */
  asksDuration: boolean;
}

/**
 * How much a word of a question counts towards its answer: 1 for a word of substance, less for a light word or one
 * that names the answer's kind, 0 for one that only says what is measured ("far", or "last" in a how-long question).
 */
export function focusFactor(word: Word, { category, type, isAttribute, subject, asksDuration }: FocusContext): number {
  if (category === null || word.lower !== category) {
    if (asksDuration && DURATION_VERBS.has(word.term)) return 0;
    if (!SOFT_TERMS.has(word.term)) return 1;
    return subject.has(word.term) && !ALWAYS_SOFT_TERMS.has(word.term) ? 1 : SOFT_FACTOR;
  }
  if (MEASURE_WORDS.has(word.lower) || EMPTY_CATEGORIES.has(word.lower)) return 0;
  // The counted noun ("how many workers") and an attribute that is only "a number" ("the population of")
  // stand next to the figure in the answer; so does a specific attribute ("the capital of X": a city named
  // in a story about X is not its capital). A category such as "country" or "weapons", or a generic attribute
  // ("the location of", "the cost of"), seldom does.
  const kinds = kindsForCategory(word.lower);
  // "How many people are without power?" is answered by "118,000 homes and businesses": "people" only says that
  // the figure counts someone.
  if (type === 'how-many' && GENERIC_COUNTED.has(word.lower)) return CATEGORY_FACTOR;
  if (type === 'how-many' || (kinds.length > 0 && kinds.every((kind) => kind === 'number'))) return 1;
  if (isAttribute && !GENERIC_ATTRIBUTES.has(word.lower)) return 1;
  return CATEGORY_FACTOR;
}
