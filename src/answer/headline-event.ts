import type { Article } from '../corpus/schema.js';
import { passageOf } from '../search/passage.js';
import type { Passage } from '../search/schema.js';
import { isMetaWord, isSoftTerm, SOFT_FACTOR } from './focus-weights.js';
import type { FocusWord, QuestionAnalysis } from './question-analysis.js';
import { words } from './words.js';

/*
 * "What happened?", "Where did it happen?", "When was it?": a question with no word of its own to be about asks
 * about the story's main event, which its headline names and its opening paragraphs tell.
 */

// The lede, and the paragraph after it, where a descriptive lede leaves the place or the name.
const OPENING_PARAGRAPHS = 2;

/** Whether a question has nothing of its own to be about, so it asks about the story's main event. */
export function asksAboutMainEvent(analysis: QuestionAnalysis): boolean {
  return analysis.focus.length === 0 && analysis.type !== 'identity' && analysis.type !== 'quote';
}

/** The question read as about the article's headline event: the headline's words as its focus. */
export function aboutHeadline(analysis: QuestionAnalysis, article: Article): QuestionAnalysis {
  const focus = words(article.title)
    .filter((word) => !word.functionWord && !isMetaWord(word.lower))
    .filter((word, index, all) => all.findIndex((other) => other.term === word.term) === index)
    .map((word): FocusWord => {
      const light = isSoftTerm(word.term);
      return { word, factor: light ? SOFT_FACTOR : 1, namesKind: false, light, borrowed: true };
    });
  return { ...analysis, focus, verb: null, subjectHead: null };
}

/** The article's opening paragraphs as passages, to add to what was retrieved for a question about its main event. */
export function openingPassages(article: Article): Passage[] {
  return article.paragraphs.slice(0, OPENING_PARAGRAPHS).map((paragraph) => passageOf(article, paragraph));
}
