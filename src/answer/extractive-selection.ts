import type { Quote } from '../analysis/schema.js';
import type { Passage } from '../search/schema.js';
import type { AnalyzedParagraph, AnalyzedSentence } from './analyzed-paragraph.js';
import { countedNounIndex, countsSomethingElse, freshMentionStrength, tellsEffectsOfQuestion } from './answer-kind.js';
import { timeMarksVerb, toComeMatches } from './time-aspect.js';
import { monthsNamed } from './mention-time.js';
import { verbAgainstTense } from './tense-agreement.js';
import { asksWhatIsHad, givesFigureHad } from './possession.js';
import { spokenBy } from './attribution.js';
import { spellsOut } from './acronyms.js';
import { datelineLength } from '../language/datelines.js';
import { saysNotTold } from '../language/disclosure.js';
import { isTitleQualifier, isTitleWord } from '../language/titles.js';
import { bestMatch, oppositeMatch, SAME_NAME, SAME_WORD, SYNONYM } from './focus-match.js';
import { agreesWithHeadline } from './headline-agreement.js';
import { thisOneMatcher, type ThisOneMatcher } from './other-instance.js';
import { withholdsInAClause, withholdsWhatIsAsked } from './untold.js';
import { creditPronounsWithPreviousSentence, opensOnOtherName, pointsBack } from './sentence-reference.js';
import type { QuestionAnalysis } from './question-analysis.js';
import { words, type Word } from './words.js';

/** What the answerer knows of the whole corpus beyond the retrieved passages. */
export interface CorpusKnowledge {
  /** Whether the corpus uses the word at all (see `TermStatistics`). */
  has(word: Word): boolean;
  /** The other words of the full name of a person the word names ("Maria" for "Whitlock"), or none. */
  otherNames(word: Word): readonly Word[];
}

/** A retrieved paragraph, read into sentences, with its place in the retrieval order. */
export interface RetrievedParagraph {
  passage: Passage;
  rank: number;
  paragraph: AnalyzedParagraph;
  /** The words of the article's title, which says what every paragraph of it is about. */
  title: readonly Word[];
  /** Every distinct word of the whole article; empty when the article is not known. */
  article: readonly Word[];
  /**
   * The words the paragraph's opening sentence points to without naming them: the paragraph before, for an
   * opening "He" or "The 24-year-old"; the name in the next paragraph, for a lede that only describes its
   * subject ("A former finance director…"). Empty otherwise (see `opening-reference.ts`).
   */
  openingRefersTo: readonly Word[];
  /** The quotations of this paragraph with their speakers, when the question asks what someone said. */
  quotes: readonly Quote[];
}

/** One or two adjacent sentences of a paragraph put forward as the answer, with how well they answer. */
export interface Evidence {
  source: RetrievedParagraph;
  sentences: AnalyzedSentence[];
  /** Weighted share of the question's focus found in the sentences or, at half credit, elsewhere in the paragraph. */
  coverage: number;
  /** The same share counting only the sentences themselves. */
  ownCoverage: number;
  /** Whether the sentences hold a new mention of the kind the question asks for (a place for "where"). */
  answersType: boolean;
  score: number;
}

export interface SelectionOptions {
  /** Least coverage of the question's focus for a sentence to count as answering it. */
  minCoverage: number;
  /** Least coverage by the sentence itself, so that the paragraph around it cannot carry it alone. */
  minOwnCoverage: number;
  /** Credit for a focus word found elsewhere in the paragraph, where "he" or "the bill" refer to it. */
  contextCredit: number;
  /** Credit for a focus word found in the article's title: the whole article is about it. */
  titleCredit: number;
  /** Credit for a focus word found elsewhere in the article: "the cost" in one paragraph is the strike's. */
  articleCredit: number;
  /**
   * Look only for sentences that say the answer is not told ("The companies have not said how much it will
   * cost"), which are never an answer themselves (see `saysNotTold`) but tell why there is none.
   */
  untold?: boolean;
}

export const DEFAULT_SELECTION: SelectionOptions = {
  minCoverage: 0.6,
  minOwnCoverage: 0.35,
  contextCredit: 0.5,
  titleCredit: 0.4,
  articleCredit: 0.25,
};

// How much the kind of answer weighs next to coverage, and how much longer sentences and lower ranks cost.
const TYPE_BONUS = 0.3;
const RANK_BONUS = 0.04;
const LENGTH_COST = 0.0015;

const PAIR_COST = 0.08;
// A name asked about counts as nearly found in an opening sentence that points to it ("He", "The 24-year-old").
const ANAPHOR_CREDIT = 0.8;
// A quoted sentence that does not say who is speaking ("We have a lot of them.") answers a question poorly,
// but a question about what someone said is best answered in their own words, quoted.
const UNATTRIBUTED_QUOTE_COST = 0.1;
const OWN_WORDS_BONUS = 0.1;
// Question words that stand together in the sentence too ("the council voted") mark the sentence about them.
const PROXIMITY_BONUS = 0.08;
const NEAR_WORDS = 4;

/**
 * The sentences that answer a question, best first: each covers the question's focus (weighted by rarity) and,
 * where the question wants a kind of answer (a place, a day, a figure, a person), holds one that the question
 * did not already name. Only sentences that pass both tests are returned; an empty list means "not answered".
 */
export function selectEvidence(
  analysis: QuestionAnalysis,
  weights: readonly number[],
  paragraphs: readonly RetrievedParagraph[],
  statistics: CorpusKnowledge,
  options: SelectionOptions = DEFAULT_SELECTION,
): Evidence[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (analysis.focus.length === 0 || total <= 0) return [];
  const speaker = analysis.type === 'quote' && analysis.subject ? (contentWords(analysis.subject).at(-1) ?? null) : null;
  const anchors = anchorIndexes(analysis, statistics);
  // "Maria ran a hard campaign" is about Whitlock when the corpus knows her as Maria Whitlock.
  const aliases = analysis.focus.map((focus) => (analysis.names.some((name) => name.includes(focus.word)) ? statistics.otherNames(focus.word) : []));
  const topic = topicIndexes(analysis);
  const askedMonths = monthsNamed(analysis.text);

  const found: Evidence[] = [];
  for (const source of paragraphs) {
    const { sentences } = source.paragraph;
    if (!namesEveryName(analysis, source, aliases)) continue;
    const thisOne = thisOneMatcher(analysis.text, analysis.type === 'yes-no', source.title);
    const matches = sentences.map((sentence) => analysis.focus.map((focus, index) => Math.max(
      matchOutsideNames(analysis, focus.word, sentence, matchOfThisOne(thisOne, focus.word, sentence)),
      toComeMatches(focus.word, sentence) ? SYNONYM : 0,
      // "until Nov. 30" says the question's "end" as plainly as the verb would, and anchors the sentence as it does.
      analysis.type === 'when' && focus.word === analysis.verb && timeMarksVerb(focus.word, sentence) ? SAME_WORD : 0,
      analysis.type === 'yes-no' && focus.word === analysis.verb ? oppositeMatch(focus.word, sentence.words) : 0,
      ...aliases[index]!.map((alias) => Math.min(SAME_NAME, bestMatch(alias, sentence.words))),
    )));
    creditPronounsWithPreviousSentence(analysis, sentences, matches, ANAPHOR_CREDIT);
    if (sentences[0] && source.openingRefersTo.length > 0) {
      analysis.focus.forEach((focus, index) => {
        if (!analysis.names.some((name) => name.includes(focus.word))) return;
        matches[0]![index] = Math.max(matches[0]![index]!, ANAPHOR_CREDIT * bestMatch(focus.word, source.openingRefersTo));
      });
    }
    const background = analysis.focus.map((focus) =>
      Math.max(bestMatch(focus.word, source.title) * options.titleCredit, bestMatch(focus.word, source.article) * options.articleCredit),
    );
    for (const group of candidateGroups(sentences.length)) {
      if (anchors.some((anchor) => group.every((index) => matches[index]![anchor] === 0))) continue;
      if (topic.length > 0 && !topic.some((word) => topicInGroup(analysis, source, group, matches, word))) continue;
      if (datesAnotherMonth(askedMonths, group.map((index) => sentences[index]!), source)) continue;
      // "Where did they meet?" is not answered by "he will meet Lee in Oslo": that meeting is still to come.
      if (analysis.verb && group.every((index) => verbAgainstTense(analysis.text, analysis.verb!, sentences[index]!))) continue;
      const evidence = assess(analysis, weights, total, source, group, matches, background, speaker, anchors, options);
      if (evidence) found.push(evidence);
    }
  }
  return found.sort((a, b) => b.score - a.score);
}

// The sentence itself must hold the question's main verb when the corpus uses it at all: a paragraph cannot
// answer "Who designed the bridge?" with one sentence on the bridge and another on its design. Nouns may be
// found around the sentence instead ("the quarter" of an article about the third quarter). A how-many question
// is anchored by what it counts instead: "How many vehicles can the plant supply?" is answered by "cells for
// 400,000 vehicles", whatever the verb, and not by "supply batteries for three new models".
// A yes-no question is also anchored by its subject, unless a name (which binds its paragraph, and which "he" or
// "the company" may stand for): "Were passwords stolen?" is not answered by "hackers had stolen the names".
function anchorIndexes(analysis: QuestionAnalysis, statistics: CorpusKnowledge): number[] {
  return [...verbOrCountAnchors(analysis, statistics), ...rankAnchors(analysis)];
}

// "How many people were in the second car?" asks about one of several, which a sentence on them all ("Two of the
// cars rolled onto their sides") does not answer: a rank before a noun binds as a name does. "First" is left
// out, as it is as often an adverb of time ("when did they first meet").
const RANK_BEFORE_NOUN = /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:nd|rd|th))$/;

function rankAnchors(analysis: QuestionAnalysis): number[] {
  return analysis.focus.flatMap((focus, index) => {
    const next = analysis.focus[index + 1]?.word;
    const beforeNoun = next !== undefined && /^\s+$/.test(analysis.text.slice(focus.word.end, next.start));
    return RANK_BEFORE_NOUN.test(focus.word.lower) && beforeNoun ? [index] : [];
  });
}

function verbOrCountAnchors(analysis: QuestionAnalysis, statistics: CorpusKnowledge): number[] {
  const counted = countedNounIndex(analysis);
  if (counted >= 0 && statistics.has(analysis.focus[counted]!.word)) return [counted];
  const anchoring = (word: Word | null) =>
    analysis.focus.findIndex((focus) => focus.word === word && focus.factor === 1 && statistics.has(focus.word));
  const subject = analysis.subjectHead && !isNamed(analysis, analysis.subjectHead) ? analysis.subjectHead : null;
  const anchors = [anchoring(analysis.verb), analysis.type === 'yes-no' ? anchoring(subject) : -1];
  return anchors.filter((index) => index >= 0);
}

// What a speaker spoke about must be in the quoted sentence itself, not only near it: "What did Lee say about
// Boston?" wants the sentence with Boston in it, which may be the second of a quotation that names Lee first.
function topicIndexes(analysis: QuestionAnalysis): number[] {
  if (analysis.type !== 'quote' || !analysis.topic) return [];
  const topicWords = new Set(words(analysis.topic).map((word) => word.term));
  return analysis.focus.flatMap((focus, index) => (focus.factor === 1 && topicWords.has(focus.word.term) ? [index] : []));
}

// "What did the coach say about Adeyemi?" is answered by "He is 19 and he plays like…" in a story whose title is
// about Adeyemi: a pronoun in the quotation stands for the person the whole story is about.
const THIRD_PERSON = /^(?:he|she|him|her|his|hers)$/;

function topicInGroup(analysis: QuestionAnalysis, source: RetrievedParagraph, group: number[], matches: number[][], topicIndex: number): boolean {
  if (group.some((index) => matches[index]![topicIndex]! > 0)) return true;
  const word = analysis.focus[topicIndex]!.word;
  if (!isNamed(analysis, word) || bestMatch(word, source.title) < SAME_NAME) return false;
  return group.some((index) => source.paragraph.sentences[index]!.words.some((candidate) => THIRD_PERSON.test(candidate.lower)));
}

// A paragraph that never names someone or something the question names (or a year it asks about), and whose
// article's title does not either (nor what its opening points to, "He" or "The 24-year-old", nor the speaker of
// one of its quotations, "the former governor said"), is about something else.
function namesEveryName(analysis: QuestionAnalysis, source: RetrievedParagraph, aliases: ReadonlyArray<readonly Word[]>): boolean {
  const named = (nameWord: Word) =>
    bestMatch(nameWord, source.title) >= SAME_NAME ||
    bestMatch(nameWord, source.openingRefersTo) >= SAME_NAME ||
    source.quotes.some((quote) => bestMatch(nameWord, words(quote.speaker)) >= SAME_NAME) ||
    source.paragraph.sentences.some((sentence) => matchIn(nameWord, sentence) >= SAME_NAME);
  const aliasesOf = (nameWord: Word) => aliases[analysis.focus.findIndex((focus) => focus.word === nameWord)] ?? [];
  const years = analysis.focus.filter((focus) => YEAR.test(focus.word.text)).map((focus) => focus.word);
  return analysis.names.every((name) => name.some((nameWord) => named(nameWord) || aliasesOf(nameWord).some(named))) && years.every(named);
}

// A year the question names is as binding as a name: "How many seats did the Liberals win in 2021?" is not
// answered by a paragraph about this year's seats.
const YEAR = /^(?:1[5-9]|20)\d\d$/;

// A month the question names binds against another: "How many jobs were added in April?" is not answered by
// "Employers added 303,000 jobs in March", nor by a sentence of a story whose title dates it in March. The sentences
// are dated by the months they name, or else by their paragraph's, or else by the title's; a story that names no
// month may still answer.
function datesAnotherMonth(askedMonths: ReadonlySet<number>, sentences: readonly AnalyzedSentence[], source: RetrievedParagraph): boolean {
  if (askedMonths.size === 0) return false;
  const monthsOf = (texts: readonly string[]) => new Set(texts.flatMap((text) => [...monthsNamed(text)]));
  const candidates = [
    () => monthsOf(sentences.map((sentence) => sentence.text)),
    () => monthsOf(source.paragraph.sentences.map((sentence) => sentence.text)),
    () => monthsOf([source.title.map((word) => word.text).join(' ')]),
  ];
  for (const candidate of candidates) {
    const named = candidate();
    if (named.size > 0) return ![...askedMonths].some((month) => named.has(month));
  }
  return false;
}

// Two sentences answer together when one holds the kind of answer the question wants (and its verb, if it has
// one), the other lacks it, and both are on the question (share a word of it): "Who said 'we have a lot of
// them'?" wants the quotation and the sentence before it that names the speaker. A quotation question may always
// take the next sentence, where a quotation goes on. Otherwise one sentence answers alone.
function pairEarnsBothSentences(
  analysis: QuestionAnalysis,
  group: number[],
  matches: number[][],
  sentences: AnalyzedSentence[],
  anchors: number[],
): boolean {
  if (analysis.type === 'quote') return true;
  if (analysis.expects.length === 0) return false;
  const typed = [0, 1].filter((position) => freshMentionStrength(analysis, sentences[position]!) > 0);
  if (typed.length !== 1) return false;
  const withType = group[typed[0]!]!;
  const other = group[1 - typed[0]!]!;
  // "Whitfield voted against the ban. Whitfield said parents had told her they worried…": a cause may follow the
  // sentence that holds the question's verb.
  const causeAfterAct = analysis.type === 'why' && withType > other && anchors.every((anchor) => matches[other]![anchor]! > 0);
  if (!causeAfterAct && anchors.some((anchor) => matches[withType]![anchor] === 0)) return false;
  // "The Liberals won 44.6 per cent… The Progressive Conservatives finished second with 27 seats": a second
  // sentence about someone the question does not name answers for them, not for the first sentence's subject.
  if (withType > other && opensOnOtherName(analysis, sentences[typed[0]!]!)) return false;
  // The question's own verb counts even when it is a light one: "he took about $47,000" is on "How much did the
  // robber take?".
  const onQuestion = (sentence: number) =>
    analysis.focus.some(
      (focus, index) => (focus.factor === 1 || focus.namesKind || focus.word === analysis.verb) && matches[sentence]![index]! > 0,
    );
  return (onQuestion(withType) || (withType > other && pointsBack(sentences[typed[0]!]!))) && onQuestion(other);
}


// Each sentence alone, and each sentence with the next: a question's answer may straddle two ("…," he said.
// "…"), or the kind of answer may sit in the sentence after the one that matches.
function candidateGroups(count: number): number[][] {
  const groups: number[][] = [];
  for (let index = 0; index < count; index++) {
    groups.push([index]);
    if (index + 1 < count) groups.push([index, index + 1]);
  }
  return groups;
}

function assess(
  analysis: QuestionAnalysis,
  weights: readonly number[],
  total: number,
  source: RetrievedParagraph,
  group: number[],
  matches: number[][],
  background: number[],
  speaker: Word | null,
  anchors: number[],
  options: SelectionOptions,
): Evidence | null {
  let covered = 0;
  let ownCovered = 0;
  const sentences = group.map((index) => source.paragraph.sentences[index]!);
  // "$9,000" answers "cost" in "How much will the drug cost?", "Michigan" answers "states" in "Which states lost
  // the bid?", where the sentence is on the question by another of its words ("bid"): "Which bank did Lee use?"
  // is not answered by any organisation in a sentence that names Lee.
  const onOtherWords = analysis.focus.some(
    (focus, index) => focus.factor === 1 && !isNamed(analysis, focus.word) && group.some((sentence) => matches[sentence]![index]! > 0),
  );
  const answersKind = onOtherWords && sentences.some((sentence) => sentence.mentions.some((mention) => analysis.expects.includes(mention.kind)));
  analysis.focus.forEach((focus, focusIndex) => {
    const lexical = Math.max(...group.map((index) => matches[index]![focusIndex]!));
    const marksTime = analysis.type === 'when' && sentences.some((sentence) => timeMarksVerb(focus.word, sentence));
    const own = Math.max(lexical, focus.namesKind && answersKind ? SAME_WORD : 0, marksTime ? SAME_WORD : 0);
    const elsewhere = Math.max(0, ...matches.map((row, index) => (group.includes(index) ? 0 : row[focusIndex]!)));
    const weight = weights[focusIndex]!;
    ownCovered += weight * own;
    covered += weight * Math.max(own, elsewhere * options.contextCredit, background[focusIndex]!);
  });
  const coverage = covered / total;
  const ownCoverage = ownCovered / total;
  if (coverage < options.minCoverage || ownCoverage < options.minOwnCoverage) return null;
  if (missesAgentsAct(analysis, group, matches)) return null;

  // "Has the victim been named?" is answered by "The victim's name has not been released", and so is what someone
  // said by their declining to comment; any other question is not. A clause that withholds just what is asked
  // ("…next week, though the location remains unspecified" for "where") makes its sentence say so too.
  const untold =
    analysis.type !== 'yes-no' &&
    analysis.type !== 'quote' &&
    sentences.every((sentence) => saysNotTold(sentence.text) || withholdsInAClause(analysis.type, sentence));
  if (untold !== (options.untold ?? false)) return null;
  if (untold) {
    if (!withholdsWhatIsAsked(analysis.type, sentences)) return null;
    return { source, sentences, coverage, ownCoverage, answersType: false, score: coverage + 0.5 * ownCoverage };
  }
  if (analysis.type === 'quote' && !spokenBy(speaker, sentences, source.paragraph, source.quotes)) return null;
  if (analysis.type === 'why' && sentences.some((sentence) => tellsEffectsOfQuestion(analysis, sentence))) return null;
  const typeStrength = analysis.expects.length === 0 ? 1 : Math.max(...sentences.map((sentence) => freshMentionStrength(analysis, sentence)));
  const answersType = typeStrength > 0;
  if (!answersType) return null;
  if (group.length === 2 && !pairEarnsBothSentences(analysis, group, matches, sentences, anchors)) return null;
  if (group.length === 2 && countsSomethingElse(analysis, sentences)) return null;

  const length = sentences.reduce((sum, sentence) => sum + sentence.words.length, 0);
  const score =
    coverage +
    0.5 * ownCoverage +
    (analysis.expects.length > 0 ? TYPE_BONUS * typeStrength : 0) +
    RANK_BONUS / (source.rank + 1) +
    PROXIMITY_BONUS * proximity(analysis, sentences) +
    (opensOnQuestion(analysis, sentences[0]!) ? SUBJECT_BONUS : 0) +
    (agreesWithHeadline(analysis, source.title, sentences) ? HEADLINE_BONUS : 0) +
    (asksWhatIsHad(analysis) && sentences.some((sentence) => givesFigureHad(analysis, sentence)) ? POSSESSION_BONUS : 0) -
    (datesAnotherTime(analysis, sentences) ? ANOTHER_TIME_COST : 0) -
    (addsToEarlierFact(analysis, sentences) ? ALSO_COST : 0) -
    LENGTH_COST * length -
    (group.length === 2 ? PAIR_COST : 0) -
    (analysis.type !== 'quote' && sentences.every((sentence) => sentence.quoted && !sentence.reportsSpeech) ? UNATTRIBUTED_QUOTE_COST : 0) +
    (analysis.type === 'quote' && sentences.some((sentence) => sentence.quoted) ? OWN_WORDS_BONUS : 0);
  return { source, sentences, coverage, ownCoverage, answersType, score };
}

// "Who will buy the studio?" asks who does an act: "the company will close its studio" names who does another,
// and no sentence without the act (or a word for it) can say who does it.
function missesAgentsAct(analysis: QuestionAnalysis, group: number[], matches: number[][]): boolean {
  if (analysis.type !== 'who' || !analysis.verb) return false;
  const verbIndex = analysis.focus.findIndex((focus) => focus.word === analysis.verb && focus.factor === 1);
  return verbIndex >= 0 && group.every((sentence) => matches[sentence]![verbIndex] === 0);
}

// "How many customers does the company have?": "has about 11 million customers" before "stole the data of 4.3
// million customers" (see `possession.ts`).
const POSSESSION_BONUS = 0.15;

// "Talks are scheduled for Saturday" is about the talks; "drivers will walk out next week after talks over pay
// collapsed" is about the drivers: a sentence that opens on a word of the question has it for its subject.
const SUBJECT_BONUS = 0.05;
const SUBJECT_WORDS = 3;

function opensOnQuestion(analysis: QuestionAnalysis, sentence: AnalyzedSentence): boolean {
  if (analysis.type === 'quote') return false;
  const start = sentence.index === 0 ? datelineLength(sentence.text) : 0;
  const opening = sentence.words.filter((word) => word.start >= start && !word.functionWord).slice(0, SUBJECT_WORDS);
  return analysis.focus.some((focus) => focus.factor === 1 && focus.word !== analysis.verb && bestMatch(focus.word, opening) > 0);
}

// The place or day the headline gives its event (see `headline-agreement.ts`).
const HEADLINE_BONUS = 0.05;

// "A magnitude 8.8 earthquake in 2010 killed more than 500 people" is the background of a story about this week's
// earthquake: a sentence dated by a year answers a question that names none less well than the news itself.
const ANOTHER_TIME_COST = 0.08;
const DATED_BY_YEAR = /\b(?:in|since|of|during) (?:1[5-9]|20)\d\d\b/i;

function datesAnotherTime(analysis: QuestionAnalysis, sentences: readonly AnalyzedSentence[]): boolean {
  if (analysis.type === 'when' || analysis.focus.some((focus) => YEAR.test(focus.word.text))) return false;
  return sentences.every((sentence) => DATED_BY_YEAR.test(sentence.text));
}

// "Price was also charged with aggravated assault" adds to what the story told first ("charged with attempted
// murder"): of sentences that answer alike, the one that does not say "also" gives the main fact.
const ALSO_COST = 0.05;
const ALSO = /\balso\b/i;

function addsToEarlierFact(analysis: QuestionAnalysis, sentences: readonly AnalyzedSentence[]): boolean {
  return !ALSO.test(analysis.text) && sentences.every((sentence) => ALSO.test(sentence.text));
}

// The share of neighbouring pairs of question words that are also near each other in one of the sentences.
function proximity(analysis: QuestionAnalysis, sentences: AnalyzedSentence[]): number {
  const focus = analysis.focus.filter((word) => word.factor === 1);
  if (focus.length < 2) return 0;
  let near = 0;
  for (let index = 0; index + 1 < focus.length; index++) {
    const [left, right] = [focus[index]!.word, focus[index + 1]!.word];
    // In the question's order ("council … voted"), or right next to each other ("Duarte-Okafor").
    const isNear = sentences.some((sentence) => {
      const at = (word: Word) => sentence.words.flatMap((candidate, position) => (bestMatch(word, [candidate]) > 0 ? [position] : []));
      const rights = at(right);
      return at(left).some((position) =>
        rights.some((other) => (other > position && other - position <= NEAR_WORDS) || position - other === 1),
      );
    });
    if (isNear) near += 1;
  }
  return near / (focus.length - 1);
}

function contentWords(text: string): Word[] {
  return words(text).filter((word) => !word.functionWord);
}

// A word of the question in a sentence, an acronym also in its spelled-out form ("FDA", "Food and Drug
// Administration").
function matchIn(focus: Word, sentence: Pick<AnalyzedSentence, 'words'>): number {
  const match = bestMatch(focus, sentence.words);
  return match === 0 && spellsOut(focus, sentence.words) ? SAME_NAME : match;
}

// The same, where a word the sentence says of another of its kind ("an earlier treatment", "Tunely's chief
// executive") does not count (see `other-instance.ts`).
function matchOfThisOne(thisOne: ThisOneMatcher, focus: Word, sentence: Pick<AnalyzedSentence, 'text' | 'words'>): number {
  const match = thisOne(focus, sentence.text, sentence.words);
  return match === 0 && spellsOut(focus, sentence.words) ? SAME_NAME : match;
}

// "What severance do workers get?" is not on "The Game Workers Alliance said …": a common noun of the question met
// only as a word that qualifies a name ("Workers" before "Alliance") names something else, though the name's own
// head ("City Council" for "the council") and a title ("Mayor Daniel Ruiz") still count in full.
const NAME_QUALIFIER_MATCH = 0.4;

function matchOutsideNames(analysis: QuestionAnalysis, focus: Word, sentence: Pick<AnalyzedSentence, 'words'>, match: number): number {
  if (match === 0 || focus.capitalized || isNamed(analysis, focus)) return match;
  const all = sentence.words;
  const qualifiesName = (word: Word, at: number) => {
    const next = all[at + 1];
    return at > 0 && word.capitalized && !word.acronym && next !== undefined && next.capitalized && next.start - word.end <= 1 &&
      !isTitleWord(word.lower) && !isTitleQualifier(word.lower);
  };
  const plain = all.filter((word, at) => !qualifiesName(word, at));
  return plain.length === all.length || bestMatch(focus, plain) > 0 ? match : match * NAME_QUALIFIER_MATCH;
}

function isNamed(analysis: QuestionAnalysis, word: Word): boolean {
  return analysis.names.some((name) => name.includes(word));
}
