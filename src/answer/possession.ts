import type { AnalyzedSentence } from './analyzed-paragraph.js';
import { strongestFreshMention } from './answer-kind.js';
import type { QuestionAnalysis } from './question-analysis.js';
import { questionParts } from './question-restatement.js';

/*
 * "How many customers does BrightPay have?" asks what the company has, which news gives with "has" or "with"
 * before the figure ("has about 11 million customers", "a jet with 190 seats"), not a figure another verb governs
 * ("hackers stole the data of 4.3 million customers").
 */

const HAVE = /^(?:have|has|had)$/i;
// "has about 11 million", "with more than 190": the words that may stand between the verb and its figure.
const POSSESSED_FIGURE = /\b(?:has|have|had|having|with)\s+(?:(?:about|around|roughly|nearly|almost|some|over|under|more than|fewer than|less than|just over|just under|up to)\s+)?$/i;

// Asked of every candidate sentence, so each question is parsed once.
const asksHad = new WeakMap<QuestionAnalysis, boolean>();

/** Whether a how-many question asks what its subject has: "How many seats does the plane have?". */
export function asksWhatIsHad(analysis: QuestionAnalysis): boolean {
  if (analysis.type !== 'how-many') return false;
  let asks = asksHad.get(analysis);
  if (asks === undefined) {
    const verb = questionParts(analysis.text)?.verb;
    asks = verb !== undefined && verb !== null && HAVE.test(verb);
    asksHad.set(analysis, asks);
  }
  return asks;
}

/** Whether the figure that answers the question in this sentence is one something has ("has 11 million customers"). */
export function givesFigureHad(analysis: QuestionAnalysis, sentence: AnalyzedSentence): boolean {
  const figure = strongestFreshMention(analysis, sentence)?.mention;
  return figure !== undefined && POSSESSED_FIGURE.test(sentence.text.slice(0, figure.start));
}
