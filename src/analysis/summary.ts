import type { Corpus } from '../corpus/schema.js';
import { analyseArticle, type ArticleAnalysis, type PersonLike } from './article-analysis.js';
import { paragraphCitation, type ArticleSentence } from './article-text.js';
import { numberCitations } from './cited.js';
import { shortenSentence } from './clauses.js';
import { SPEECH_VERB, VIEW_VERB } from '../language/speech-verbs.js';
import { isForwardLooking } from './events.js';
import { findQuantities } from './quantities.js';
import type { Summary } from './schema.js';
import { contentStems, stemOverlap } from './terms.js';

/**
 * An extractive brief: three to six sentences of the corpus, each citing its paragraph, in the order a reader
 * needs them: what happened (each article's lede), who is involved and what they say or want, what is at
 * stake, and what happens next. Sentences are chosen by the signals of news writing: position (the lede and
 * the top of the story), centrality to the words the article keeps returning to, named people and their
 * quotations, and forward-looking verbs.
 */
export interface SummaryOptions {
  /** How many points, 3 to 6. Defaults to one more for every seven paragraphs, from 3. */
  points?: number;
}

interface Candidate {
  sentence: ArticleSentence;
  text: string;
  stems: Set<string>;
  /** General worth as a summary sentence: central and early. */
  worth: number;
  names: boolean;
  speaks: boolean;
  stakes: boolean;
  forward: boolean;
  /** The share of the sentence inside quotation marks, 0 to 1. */
  quotedShare: number;
}

const MIN_POINTS = 3;
const MAX_POINTS = 6;
const MIN_WORDS = 7;
const MAX_WORDS = 40;
// Two points sharing more than this share of their content words say the same thing.
const MAX_OVERLAP = 0.55;
const SAME_PARAGRAPH_PENALTY = 0.25;
const REPETITION_PENALTY = 0.5;
// A brief is told by the reporter: a point that is mostly quotation is worth less, and one is enough.
const QUOTATION_PENALTY = 0.25;
const MOSTLY_QUOTED = 0.5;
const MAX_QUOTED_POINTS = 1;
// Who says or wants what: a verb of speech or of a view ("said", "warned", "wants", "called for").
const SPEAKS = new RegExp(String.raw`\b(?:${SPEECH_VERB}|${VIEW_VERB})\b(?!-)`, 'i');
const STAKES = /\b(?:because|would|could|risk\w*|threat\w*|warn\w*|cost\w*|damage\w*|pressure\w*|consequences?|leverage|crisis|deadline|at stake|in order to)\b/i;

export function summarize(corpus: Corpus, people: PersonLike[] = [], options: SummaryOptions = {}): Summary {
  const analyses = corpus.articles.map((article) => analyseArticle(article, people));
  const paragraphs = corpus.articles.reduce((sum, article) => sum + article.paragraphs.length, 0);
  const wanted = clamp(options.points ?? MIN_POINTS + Math.floor(paragraphs / 7), MIN_POINTS, MAX_POINTS);
  const pool = analyses.flatMap(candidates);

  const chosen: Candidate[] = [];
  const quotedPoints = () => chosen.filter((other) => other.quotedShare > MOSTLY_QUOTED).length;
  const add = (candidate: Candidate | undefined) => {
    if (candidate && candidate.quotedShare > MOSTLY_QUOTED && quotedPoints() >= MAX_QUOTED_POINTS) return false;
    if (candidate && chosen.length < wanted && !chosen.some((other) => stemOverlap(other.stems, candidate.stems) > MAX_OVERLAP)) {
      chosen.push(candidate);
      return true;
    }
    return false;
  };
  // A brief should range over the story: each point already taken from a paragraph makes its others worth less.
  // and so does saying again what a point already says.
  const worth = (candidate: Candidate) =>
    candidate.worth -
    QUOTATION_PENALTY * candidate.quotedShare -
    SAME_PARAGRAPH_PENALTY * chosen.filter((other) => other.sentence.paragraph === candidate.sentence.paragraph).length -
    REPETITION_PENALTY * Math.max(0, ...chosen.map((other) => stemOverlap(other.stems, candidate.stems)));
  const best = (pick: (candidate: Candidate) => boolean) =>
    pool
      .filter(
        (candidate) =>
          pick(candidate) &&
          !chosen.includes(candidate) &&
          !(candidate.quotedShare > MOSTLY_QUOTED && quotedPoints() >= MAX_QUOTED_POINTS) &&
          !chosen.some((other) => stemOverlap(other.stems, candidate.stems) > MAX_OVERLAP),
      )
      .sort((a, b) => worth(b) - worth(a))[0];

  // What happened: the lede of each article, most central articles first, leaving room for the rest.
  for (const lede of ledes(analyses, pool).slice(0, Math.max(1, wanted - 2))) add(lede);
  // What comes next goes last; its place is kept when the story looks ahead at all.
  const looksAhead = best((candidate) => candidate.forward) !== undefined;
  const slotsBeforeNext = wanted - (looksAhead ? 1 : 0);
  const fill = (candidate: Candidate | undefined) => chosen.length < slotsBeforeNext && add(candidate);
  fill(best((candidate) => candidate.names && candidate.speaks && !candidate.forward));
  fill(best((candidate) => candidate.stakes && !candidate.forward));
  while (chosen.length < slotsBeforeNext) {
    if (!fill(best((candidate) => !candidate.forward))) break;
  }
  add(best((candidate) => candidate.forward));
  // A short corpus may not have enough distinct sentences for the minimum; take what is left in order.
  for (const candidate of pool) if (chosen.length < MIN_POINTS) add(candidate);

  return {
    mode: 'extractive',
    points: numberCitations(
      inReadingOrder(chosen, analyses.length).map((candidate) => ({
        text: candidate.text,
        citations: [paragraphCitation(candidate.sentence.article, candidate.sentence.paragraph)],
      })),
    ),
  };
}

// Between the lede and what comes next, a single article's points follow the story's own order.
function inReadingOrder(chosen: Candidate[], articles: number): Candidate[] {
  if (articles > 1 || chosen.length < 3) return chosen;
  const [lede, ...rest] = chosen;
  const last = rest.at(-1)!;
  const middle = (last.forward ? rest.slice(0, -1) : rest).sort((a, b) => a.sentence.index - b.sentence.index);
  return [lede!, ...middle, ...(last.forward ? [last] : [])];
}

// A sentence that starts or ends inside a quotation running on from or into another sentence is a fragment.
function isQuotationFragment(sentence: ArticleSentence): boolean {
  const { text, quoted } = sentence;
  const opensMidQuote = quoted.some((q) => q.start === 0 && !/^["“‘'«]/u.test(text));
  const runsOn = quoted.some((q) => q.end >= text.length && !/["”’'»]\W*$/u.test(text));
  return opensMidQuote || runsOn;
}

function quotedShareOf(sentence: ArticleSentence): number {
  const inside = sentence.quoted.reduce((sum, q) => sum + (q.end - q.start), 0);
  return sentence.text.length === 0 ? 0 : inside / sentence.text.length;
}

// The reporter's words of a sentence: quotations left out.
function unquoted(sentence: ArticleSentence): string {
  let text = '';
  let at = 0;
  for (const q of sentence.quoted) {
    text += sentence.text.slice(at, q.start);
    at = q.end;
  }
  return text + sentence.text.slice(at);
}

function candidates(analysis: ArticleAnalysis): Candidate[] {
  return analysis.sentences
    .filter((sentence) => sentence.text.split(/\s+/).length >= MIN_WORDS && !/\?["”’]?$/.test(sentence.text) && !isQuotationFragment(sentence))
    .map((sentence) => {
      const text = shortenSentence(sentence.text, sentence.quoted, MAX_WORDS);
      const nouns = analysis.nouns[sentence.index] ?? [];
      return {
        sentence,
        text,
        stems: new Set(contentStems(text)),
        worth: 0.6 * (analysis.centrality[sentence.index] ?? 0) + 0.4 * (analysis.prominence[sentence.index] ?? 0),
        names: nouns.some((noun) => analysis.personNames.has(noun.text)) || (analysis.personNames.size === 0 && nouns.length > 0),
        speaks: SPEAKS.test(sentence.text) || sentence.quoted.length > 0,
        stakes: STAKES.test(sentence.text) || findQuantities(sentence.text).length > 0,
        forward: isForwardLooking(unquoted(sentence)),
        quotedShare: quotedShareOf(sentence),
      };
    });
}

// An article's lede is its first full sentence; articles come in order of how central their ledes are.
function ledes(analyses: ArticleAnalysis[], pool: Candidate[]): Candidate[] {
  const corpusStems = new Map<string, number>();
  for (const candidate of pool) for (const stem of candidate.stems) corpusStems.set(stem, (corpusStems.get(stem) ?? 0) + 1);
  const ledeOf = (analysis: ArticleAnalysis) => pool.find((candidate) => candidate.sentence.article === analysis.article);
  const centralityInCorpus = (candidate: Candidate) =>
    [...candidate.stems].reduce((sum, stem) => sum + Math.log1p((corpusStems.get(stem) ?? 1) - 1), 0) / Math.sqrt(candidate.stems.size + 4);
  return analyses
    .map(ledeOf)
    .filter((candidate): candidate is Candidate => candidate !== undefined)
    .sort((a, b) => centralityInCorpus(b) - centralityInCorpus(a));
}


function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
