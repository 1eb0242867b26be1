import type { AnalyzedSentence } from './analyzed-paragraph.js';
import { bestMatch, SAME_NAME } from './focus-match.js';
import type { Mention } from './mentions.js';
import type { QuestionAnalysis } from './question-analysis.js';

/**
 * How well the sentence holds a mention of a kind the question asks for that is not just the question's own
 * words said back: 1 for a clear one, less for a weak one (a country's name as a modifier, "U.S. officials",
 * answers "where" less well than "in Budapest"), 0 for none.
 */
export function freshMentionStrength(analysis: QuestionAnalysis, sentence: AnalyzedSentence): number {
  let best = 0;
  for (const mention of sentence.mentions) {
    if (!analysis.expects.includes(mention.kind) || !isFresh(analysis, sentence, mention)) continue;
    let strength = mention.kind === 'place' && !afterLocative(sentence.text, mention) ? WEAK_PLACE : 1;
    // "How big is the budget?" wants "$412 million", not the "two" of "the next two budgets".
    if (mention.kind === 'number' && UNIT_QUESTIONS.has(analysis.type)) strength = BARE_NUMBER_FOR_MEASURE;
    if (!nearFocus(analysis, sentence, mention)) strength *= FAR_FROM_FOCUS;
    best = Math.max(best, strength);
  }
  return best;
}

const WEAK_PLACE = 0.5;
const UNIT_QUESTIONS = new Set(['measure', 'how-much']);
const BARE_NUMBER_FOR_MEASURE = 0.4;
// A figure or a day far from every question word in a long sentence is likely the answer to something else:
// in "the Tomahawk, with a range of 995 miles, … the ERAM (460 km)", 460 km stands by "ERAM".
const FAR_FROM_FOCUS = 0.6;
const NEAR_MENTION_WORDS = 6;

function nearFocus(analysis: QuestionAnalysis, sentence: AnalyzedSentence, mention: Mention): boolean {
  const mentionAt = sentence.words.findIndex((word) => word.end > mention.start);
  const mentionEnd = sentence.words.findLastIndex((word) => word.start < mention.end);
  return sentence.words.some((word, position) => {
    const distance = position < mentionAt ? mentionAt - position : position - mentionEnd;
    return distance > 0 && distance <= NEAR_MENTION_WORDS && analysis.focus.some((focus) => focus.factor === 1 && bestMatch(focus.word, [word]) > 0);
  });
}

function afterLocative(text: string, mention: Mention): boolean {
  return /\b(?:in|at|near|outside|inside|to|from|into|across|around|toward|towards|throughout)\s+(?:the\s+)?$/i.test(text.slice(0, mention.start));
}

function isFresh(analysis: QuestionAnalysis, sentence: AnalyzedSentence, mention: Mention): boolean {
  const inside = sentence.words.filter((word) => word.start >= mention.start && word.end <= mention.end && !word.functionWord);
  if (inside.length === 0) return true;
  return inside.some((word) => !analysis.focus.some((focus) => bestMatch(focus.word, [word]) >= SAME_NAME));
}
