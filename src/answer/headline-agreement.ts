import type { AnalyzedSentence } from './analyzed-paragraph.js';
import { strongestFreshMention } from './answer-kind.js';
import { bestMatch, SAME_NAME } from './focus-match.js';
import type { QuestionAnalysis } from './question-analysis.js';
import { words, type Word } from './words.js';

/*
 * A headline names its story's main event with its place or day: "Mayor Opens New Bridge in Riverton". A story
 * tells of other events of the same kind too (a second meeting, an earlier vote), so of sentences that answer
 * "Where is the meeting?" alike, the one whose place the headline gives is about the event the question means.
 */

/** Whether the question is on the headline's event and a sentence answers it with the headline's own place or day. */
export function agreesWithHeadline(analysis: QuestionAnalysis, title: readonly Word[], sentences: readonly AnalyzedSentence[]): boolean {
  if (analysis.expects.length === 0 || !analysis.focus.some((focus) => focus.factor === 1 && bestMatch(focus.word, title) > 0)) return false;
  return sentences.some((sentence) => {
    const answer = strongestFreshMention(analysis, sentence)?.mention;
    if (!answer || (answer.kind !== 'place' && answer.kind !== 'time')) return false;
    const answerWords = words(answer.text).filter((word) => !word.functionWord);
    return answerWords.length > 0 && answerWords.every((word) => bestMatch(word, title) >= SAME_NAME);
  });
}
