import type { AnalyzedSentence } from './analyzed-paragraph.js';
import { comparedWithAskedVerb } from './compared-figure.js';
import { bestMatch, SAME_NAME } from './focus-match.js';
import { asksAboutEarlierEvent, saidOfEarlierEvent } from './earlier-event.js';
import { fitsPlaceCategory } from './place-category.js';
import { onlyInOpeningReference } from './reference-phrase.js';
import { asksAboutSaying, datesTheSaying } from './speech-time.js';
import { timeAgainstTense } from './tense-agreement.js';
import { timeMarksVerbAt } from './time-aspect.js';
import { CHANGE_TERMS } from './focus-weights.js';
import { EFFECT_MARKER, type Mention } from './mentions.js';
import type { QuestionAnalysis } from './question-analysis.js';
import { term, type Word } from './words.js';
import { isPeopleNoun } from '../language/titles.js';

/**
 * How well the sentence holds a mention of a kind the question asks for that is not just the question's own
 * words said back: 1 for a clear one, less for a weak one (a country's name as a modifier, "U.S. officials",
 * answers "where" less well than "in Lisbon"), 0 for none.
 */
export function freshMentionStrength(analysis: QuestionAnalysis, sentence: AnalyzedSentence): number {
  return strongestFreshMention(analysis, sentence)?.strength ?? 0;
}

/** The sentence's mention that best answers the question's kind (see `freshMentionStrength`), or null. */
export function strongestFreshMention(analysis: QuestionAnalysis, sentence: AnalyzedSentence): { mention: Mention; strength: number } | null {
  const counted = analysis.focus[countedNounIndex(analysis)]?.word;
  const asksNow = ASKS_NOW.test(analysis.text);
  const asksEarlier = asksAboutEarlierEvent(analysis.text);
  const asksSaying = asksAboutSaying(analysis);
  let best: { mention: Mention; strength: number } | null = null;
  const asksLength = analysis.type === 'measure' && analysis.expects.includes('duration');
  const asksChange = analysis.type === 'how-much' && analysis.focus.some((focus) => CHANGE_TERMS.has(focus.word.term));
  for (const mention of sentence.mentions) {
    const kindAsked = analysis.expects.includes(mention.kind) || (asksLength && mention.kind === 'time' && givesEnd(sentence, mention));
    if (!kindAsked || !isFresh(analysis, sentence, mention)) continue;
    if (mention.kind === 'place' && !fitsPlaceCategory(analysis.category, mention.text)) continue;
    if (mention.kind === 'reason' && !explainsQuestion(analysis, sentence, mention)) continue;
    if (mention.kind === 'time' && analysis.type === 'when' && farFromQuestion(analysis, sentence, mention)) continue;
    // A place or day of another event than the one asked about: "their previous encounter in Geneva", "announced
    // Thursday (that) they will meet", "next week" for "did", "Ahead of the summit, aides meet in Vienna".
    if ((mention.kind === 'place' || mention.kind === 'time') && !asksEarlier && saidOfEarlierEvent(sentence.text, mention)) continue;
    if (mention.kind === 'time' && !asksSaying && datesTheSaying(sentence.text, mention)) continue;
    if (timeAgainstTense(analysis.text, mention)) continue;
    if ((mention.kind === 'place' || mention.kind === 'time') && onlyInOpeningReference(analysis, sentence, mention)) continue;
    let strength = mention.kind === 'place' && !afterLocative(sentence.text, mention) ? WEAK_PLACE : 1;
    // "How big is the budget?" wants "$412 million", not the "two" of "the next two budgets"; "What was the
    // score?" wants "112-108", not "38 points".
    if (mention.kind === 'number' && (UNIT_QUESTIONS.has(analysis.type) || analysis.expects.includes('tally') || asksShare(analysis))) {
      strength = BARE_NUMBER_FOR_MEASURE;
    }
    // "How many vehicles…" wants "400,000 vehicles", not the "three" of "three new models"; and a sentence that
    // names the vehicles without a figure before them ("students … voted 5-2 on one of the strictest policies")
    // counts something else.
    if (mention.kind === 'ordinal' && ranksOtherNoun(analysis, sentence, mention)) continue;
    if (mention.kind === 'number' && countsOtherKind(analysis, sentence, mention)) continue;
    if (mention.kind === 'number' && countsPartOfAskedGroup(analysis, sentence, mention)) strength *= PART_OF_THE_GROUP;
    if ((mention.kind === 'number' || mention.kind === 'ordinal') && counted && !countsNoun(sentence, mention, counted)) {
      if (namesUncounted(sentence, counted)) continue;
      if (mention.kind === 'number') strength *= NOT_COUNTING_THE_NOUN;
    }
    if (!nearFocus(analysis, sentence, mention)) strength *= FAR_FROM_FOCUS;
    if (mention.kind === 'money' && !pricesSubject(analysis, sentence, mention)) continue;
    if (UNIT_QUESTIONS.has(analysis.type) && measuresOtherNoun(analysis, sentence, mention)) continue;
    if (asksNow && proposedTarget(sentence, mention)) strength *= PROPOSED_FOR_NOW;
    if (asksChange && givesLevel(sentence, mention)) strength *= LEVEL_FOR_CHANGE;
    if (FIGURE_KINDS.has(mention.kind) && comparedWithAskedVerb(analysis, sentence, mention)) continue;
    if (strength > (best?.strength ?? 0)) best = { mention, strength };
  }
  const purpose = analysis.type === 'why' ? purposeAfterVerb(analysis, sentence) : null;
  if (purpose && PURPOSE > (best?.strength ?? 0)) best = { mention: purpose, strength: PURPOSE };
  return best;
}

// "What share of children have an account?" wants "62 per cent" or "one in five", not the "16" of "under 16".
const SHARE_CATEGORY = /^(?:percentage|percent|share|proportion|fraction)$/;
const asksShare = (analysis: QuestionAnalysis): boolean => analysis.category !== null && SHARE_CATEGORY.test(analysis.category);

// "How much are fees rising?" asks the change ("by 12%"), which a level reached or left ("will rise to £48,200",
// "from £24,500 to £27,440") does not give, though it answers when nothing better does.
const LEVEL_FOR_CHANGE = 0.2;
const BEFORE_LEVEL = /\b(?:to|from)\s+(?:(?:about|around|nearly|almost|roughly|some|just)\s+)?$/i;

function givesLevel(sentence: AnalyzedSentence, mention: Mention): boolean {
  return BEFORE_LEVEL.test(sentence.text.slice(0, mention.start));
}

// "stole more than £1.4m from a children's hospice over seven years to feed a gambling addiction": an infinitive
// some words after the asked verb gives its purpose. Right after the verb it is the verb's object instead
// ("agreed to resume", "wants to leave").
const PURPOSE = 0.7;
const PURPOSE_WORDS = 15;

function purposeAfterVerb(analysis: QuestionAnalysis, sentence: AnalyzedSentence): Mention | null {
  const verb = analysis.verb;
  if (!verb) return null;
  const at = sentence.words.findIndex((word) => bestMatch(verb, [word]) > 0);
  if (at < 0) return null;
  const after = sentence.words.slice(at + 2, at + PURPOSE_WORDS);
  const to = after.findIndex((word, index) => word.lower === 'to' && after[index + 1] !== undefined && !after[index + 1]!.functionWord && !after[index + 1]!.number);
  if (to < 0) return null;
  const [start, end] = [after[to]!.start, after[to + 1]!.end];
  return { kind: 'reason', start, end, text: sentence.text.slice(start, end) };
}

// "Contaminated soil had forced the delay" explains the delay; "previous walkouts led to 1.5 million appointments
// being rescheduled" explains the rescheduling, not the walkouts: after a verb of causing, what is explained follows.
function explainsQuestion(analysis: QuestionAnalysis, sentence: AnalyzedSentence, mention: Mention): boolean {
  if (!EFFECT_MARKER.test(mention.text)) return true;
  const after = sentence.words.filter((word) => word.start >= mention.end);
  return analysis.focus.some((focus) => focus.factor === 1 && bestMatch(focus.word, after) > 0);
}

// "How long will the warning last?" is answered by when it ends: "remains in effect until 6 p.m. Wednesday".
const END_BEFORE = /\b(?:until|till|through|to)\s+(?:the\s+)?$/i;

function givesEnd(sentence: AnalyzedSentence, mention: Mention): boolean {
  return END_BEFORE.test(sentence.text.slice(0, mention.start));
}

// "When did Wayfarer launch?" is not answered by "…not including launch, … which it is expected to reach in 2031":
// a time says when of the words it stands by, and one many words from every word of the question dates something
// else.
const TIME_FROM_QUESTION_WORDS = 12;

function farFromQuestion(analysis: QuestionAnalysis, sentence: AnalyzedSentence, mention: Mention): boolean {
  // "The restrictions will stay in place until the reservoir is at least 40% full, or until Nov. 30": "until" says
  // what "end" would, however far the time stands from the question's other words.
  if (analysis.verb && timeMarksVerbAt(analysis.verb, sentence, mention)) return false;
  const mentionAt = sentence.words.findIndex((word) => word.end > mention.start);
  const asked = analysis.focus.filter((focus) => focus.factor === 1);
  const askedAt = sentence.words.flatMap((word, index) => (asked.some((focus) => bestMatch(focus.word, [word]) > 0) ? [index] : []));
  return askedAt.length > 0 && askedAt.every((index) => Math.abs(index - mentionAt) > TIME_FROM_QUESTION_WORDS);
}

/**
 * Whether a sentence tells what the thing asked about caused rather than what caused it: "Previous walkouts by
 * nurses led to 1.5 million appointments being rescheduled" says nothing of why nurses strike.
 */
export function tellsEffectsOfQuestion(analysis: QuestionAnalysis, sentence: AnalyzedSentence): boolean {
  const reasons = sentence.mentions.filter((mention) => mention.kind === 'reason');
  // A cause given as well ("lowered because of the corrosion, which forces buses…") still answers; so does a
  // consequence that is only foreseen ("saying it would force businesses to cut jobs"), which is an argument.
  if (reasons.length === 0 || reasons.some((mention) => !EFFECT_MARKER.test(mention.text))) return false;
  return reasons.every((mention) => TOLD_EFFECT.test(mention.text) && !explainsQuestion(analysis, sentence, mention));
}

const TOLD_EFFECT = /^(?:led|lead|prompted|triggered|sparked|caused)/i;

/** Where the noun a how-many question counts ("vehicles") stands among its focus words, or -1. */
export function countedNounIndex(analysis: QuestionAnalysis): number {
  if (analysis.type !== 'how-many' || analysis.category === null) return -1;
  return analysis.focus.findIndex((focus) => focus.factor === 1 && focus.word.lower === analysis.category);
}

const NOT_COUNTING_THE_NOUN = 0.5;

// "How many people were in the second car?" is not answered by "who was in the third car": an ordinal ranks the
// noun it stands before and counts nothing else, however general the noun the question counts ("people").
function ranksOtherNoun(analysis: QuestionAnalysis, sentence: AnalyzedSentence, mention: Mention): boolean {
  const counted = askedCountNoun(analysis);
  return counted !== undefined && !countsNoun(sentence, mention, counted);
}

// The noun a how-many question counts, however general ("people" as well as "vehicles").
function askedCountNoun(analysis: QuestionAnalysis): Word | undefined {
  if (analysis.type !== 'how-many' || analysis.category === null) return undefined;
  return analysis.focus.find((focus) => focus.word.lower === analysis.category)?.word;
}

// "How many people were in the second car?" is not answered by "Two of the cars rolled onto their sides": a figure
// that plainly counts things ("two of the cars", "a six-car train") counts no people, and one that counts people
// ("three passengers") counts no things. Only a plural noun after "of the", or a noun hyphened to the figure,
// is read as what it counts ("118,000 homes" may stand for the households in them); a noun that may name people
// ("villagers", "protesters") is taken to, to stay on the safe side.
function countsOtherKind(analysis: QuestionAnalysis, sentence: AnalyzedSentence, mention: Mention): boolean {
  const counted = askedCountNoun(analysis);
  const noun = counted && nounCountedBy(sentence, mention);
  return noun !== undefined && mayNamePeople(noun.lower) !== isPeopleNoun(counted!.lower);
}

// "How many were hurt?" asks the total ("injuring 41 others"), which "Nine of the injured were in critical
// condition" is only a part of: a figure before "of the" and a word of the question counts some of the group it
// names. A question that asks for a part itself ("How many of the injured…") is answered by it.
const PART_OF_THE_GROUP = 0.4;
const ASKS_FOR_A_PART = /\bmany\s+of\b/i;

function countsPartOfAskedGroup(analysis: QuestionAnalysis, sentence: AnalyzedSentence, mention: Mention): boolean {
  if (analysis.type !== 'how-many' || ASKS_FOR_A_PART.test(analysis.text)) return false;
  const after = sentence.words.filter((word) => word.start >= mention.end).slice(0, 3);
  if (after[0]?.lower !== 'of' || !PARTITIVE_DETERMINERS.has(after[1]?.lower ?? '') || !after[2]) return false;
  return analysis.focus.some((focus) => bestMatch(focus.word, [after[2]!]) > 0);
}

const PARTITIVE_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'those', 'these']);
const PERSON_ENDING = /(?:ers|ors|ists|ians|ants|ents|ees|ites)$/;

function nounCountedBy(sentence: AnalyzedSentence, mention: Mention): Word | undefined {
  const after = sentence.words.filter((word) => word.start >= mention.end).slice(0, 3);
  let at = 0;
  if (after[0]?.lower === 'of') at = PARTITIVE_DETERMINERS.has(after[1]?.lower ?? '') ? 2 : 1;
  const noun = after[at];
  if (!noun || noun.functionWord || noun.number || noun.capitalized) return undefined;
  // "a six-car train" counts cars as surely as "six cars" does.
  const hyphenated = at === 0 && sentence.text.slice(mention.end, noun.start) === '-';
  return hyphenated || (at > 0 && /[^s]s$/.test(noun.lower)) ? noun : undefined;
}

function mayNamePeople(lower: string): boolean {
  return isPeopleNoun(lower) || PERSON_ENDING.test(lower);
}

// "cap the number of cruise ships allowed to dock at four": a noun after "the number of" is counted by a figure
// elsewhere in the sentence.
const COUNT_OF_BEFORE = /\b(?:number|numbers|total|count)\s+of\s+(?:[\w'\u2019-]+\s+){0,2}$/i;

/**
 * Whether sentences that answer together name what a how-many question counts without a figure for it anywhere:
 * "Farmers have seen little of the gain. Ghana sets the price paid to growers once a year" counts no farmers.
 */
export function countsSomethingElse(analysis: QuestionAnalysis, sentences: readonly AnalyzedSentence[]): boolean {
  const counted = analysis.focus[countedNounIndex(analysis)]?.word;
  if (!counted || !sentences.some((sentence) => namesUncounted(sentence, counted))) return false;
  return !sentences.some((sentence) =>
    sentence.mentions.some((mention) => (mention.kind === 'number' || mention.kind === 'ordinal') && countsNoun(sentence, mention, counted)),
  );
}

// Whether the sentence names what the question counts ("farmers", or "growers") without a figure for it.
function namesUncounted(sentence: AnalyzedSentence, counted: Word): boolean {
  const counts = sentence.mentions.filter((mention) => (mention.kind === 'number' || mention.kind === 'ordinal') && countsNoun(sentence, mention, counted));
  return counts.length === 0 && sentence.words.some((word) => bestMatch(counted, [word]) > 0 && !COUNT_OF_BEFORE.test(sentence.text.slice(0, word.start)));
}
// "400,000 vehicles", "2,500 new jobs", "22 of the fishermen": the counted noun within a few words after.
const COUNTED_NOUN_WORDS = 3;

function countsNoun(sentence: AnalyzedSentence, mention: Mention, noun: Word): boolean {
  const after = sentence.words.filter((word) => word.start >= mention.end);
  return bestMatch(noun, after.slice(0, COUNTED_NOUN_WORDS)) > 0 || bestMatch(noun, countedList(after)) > 0;
}

// "10,000 drivers, signallers and station staff": the nouns a figure counts may run on in a list, joined by commas
// and "and" or "or", up to the first other small word ("had", "of").
const COUNTED_LIST_WORDS = 6;

function countedList(after: readonly Word[]): Word[] {
  const list = after.slice(0, COUNTED_LIST_WORDS);
  const end = list.findIndex((word) => word.functionWord && word.lower !== 'and' && word.lower !== 'or');
  return end < 0 ? list : list.slice(0, end);
}

// "How much is the minimum wage now?" wants "has been stuck at $7.25", not the $15 a bill would raise it to: a
// figure after "to" in a change yet to come ("voted to raise the wage to $15", "would cut it to 5%").
const ASKS_NOW = /\b(?:now|currently|current|today|at present|presently)\b/i;
const PROPOSED_CHANGE =
  /\b(?:to|will|would|could|should|plans? to|aims? to|proposes? to)\s+(?:\w+\s+)?(?:raise|increase|lift|boost|cut|lower|reduce|bring|take|push)\b[^.;]{0,80}\bto\s+$/i;
const PROPOSED_FOR_NOW = 0.5;

function proposedTarget(sentence: AnalyzedSentence, mention: Mention): boolean {
  return PROPOSED_CHANGE.test(sentence.text.slice(0, mention.start));
}

const WEAK_PLACE = 0.5;
const UNIT_QUESTIONS = new Set(['measure', 'how-much']);
const FIGURE_KINDS: ReadonlySet<Mention['kind']> = new Set(['number', 'money', 'percent', 'distance', 'area', 'weight', 'speed', 'temperature', 'duration']);
const BARE_NUMBER_FOR_MEASURE = 0.4;
// A figure or a day far from every question word in a long sentence is likely the answer to something else:
// in "the ferry, with a range of 40 miles, … the barge (12 km)", 12 km stands by "barge".
const FAR_FROM_FOCUS = 0.6;
const NEAR_MENTION_WORDS = 6;

function nearFocus(analysis: QuestionAnalysis, sentence: AnalyzedSentence, mention: Mention): boolean {
  // A word that names the answer's kind counts in another form: "prices that start at $4,200" for "cost".
  return wordsNear(sentence, mention, (word) => analysis.focus.some((focus) => (focus.factor === 1 || focus.namesKind) && bestMatch(focus.word, [word]) > 0));
}

/** Whether a word within a few words of the mention, before or after it, is one of those sought. */
function wordsNear(sentence: AnalyzedSentence, mention: Mention, sought: (word: Word) => boolean): boolean {
  const mentionAt = sentence.words.findIndex((word) => word.end > mention.start);
  const mentionEnd = sentence.words.findLastIndex((word) => word.start < mention.end);
  return sentence.words.some((word, position) => {
    const distance = position < mentionAt ? mentionAt - position : position - mentionEnd;
    return distance > 0 && distance <= NEAR_MENTION_WORDS && sought(word);
  });
}

const VALUE_WORDS: ReadonlySet<string> = new Set(['worth', 'value', 'cost', 'price'].map(term));
// "a two-hour set", "a five-day strike", "the 11.5-kilometre line": a figure written as an adjective measures the
// noun after it, so "How long will the festival last?" is not answered by "closed the festival with a two-hour set".
const UNIT_ADJECTIVE = /-(?:second|minute|hour|day|week|month|year|decade|met(?:er|re)|kilomet(?:er|re)|mile|foot|inch|ton|tonne)$/i;
const MEASURED_NOUN_WORDS = 4;

function measuresOtherNoun(analysis: QuestionAnalysis, sentence: AnalyzedSentence, mention: Mention): boolean {
  if (!UNIT_ADJECTIVE.test(mention.text)) return false;
  const after = sentence.words.filter((word) => word.start >= mention.end).slice(0, MEASURED_NOUN_WORDS);
  return !analysis.focus.some((focus) => focus.factor === 1 && bestMatch(focus.word, after) > 0);
}

// "How much is the towing contract worth?" is not answered by "taking $180,000 in bribes from a towing company in
// exchange for steering the city's towing contract": a price stands by what it prices, or by the word for it.
function pricesSubject(analysis: QuestionAnalysis, sentence: AnalyzedSentence, mention: Mention): boolean {
  const kindWords = analysis.focus.filter((focus) => focus.namesKind && VALUE_WORDS.has(focus.word.term)).map((focus) => focus.word);
  const head = analysis.subjectHead;
  if (kindWords.length === 0 || head === null || head.capitalized) return true;
  const priced = [head, ...kindWords];
  return wordsNear(sentence, mention, (word) => priced.some((asked) => bestMatch(asked, [word]) > 0));
}

function afterLocative(text: string, mention: Mention): boolean {
  return /\b(?:in|at|on|near|outside|inside|to|from|into|across|around|toward|towards|throughout)\s+(?:the\s+)?$/i.test(text.slice(0, mention.start));
}

function isFresh(analysis: QuestionAnalysis, sentence: AnalyzedSentence, mention: Mention): boolean {
  const inside = sentence.words.filter((word) => word.start >= mention.start && word.end <= mention.end && !word.functionWord);
  if (inside.length === 0) return true;
  return inside.some((word) => !analysis.focus.some((focus) => !focus.borrowed && bestMatch(focus.word, [word]) >= SAME_NAME));
}
