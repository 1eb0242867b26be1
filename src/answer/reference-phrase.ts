import type { AnalyzedSentence } from './analyzed-paragraph.js';
import { bestMatch } from './focus-match.js';
import type { Mention } from './mentions.js';
import type { FocusWord, QuestionAnalysis } from './question-analysis.js';

/*
 * A sentence may open on another event only to place its own in time: "Ahead of the summit, officials will hold
 * talks in Vienna next week", "After the vote, the council met in Leeds". The place and day after the comma are
 * the talks' and the council's, not the summit's or the vote's.
 */

const OPENING_REFERENCE = /^(?:prior to|before|ahead of|after|following|in the run-up to|pending)\b[^,;]{1,80},/i;

/**
 * Whether the question's words (the names it has in the sentence, else its other words of substance) are best found
 * in a sentence's opening reference to another event, and the mention stands outside it, in the sentence's own news.
 */
export function onlyInOpeningReference(analysis: QuestionAnalysis, sentence: AnalyzedSentence, mention: Mention): boolean {
  const opening = OPENING_REFERENCE.exec(sentence.text);
  if (!opening || mention.start < opening[0].length) return false;
  const isName = (focus: FocusWord) => analysis.names.some((name) => name.includes(focus.word));
  const named = analysis.focus.filter((focus) => isName(focus) && bestMatch(focus.word, sentence.words) > 0);
  const asked = named.length > 0 ? named : analysis.focus.filter((focus) => focus.factor === 1 && !isName(focus));
  if (!asked.some((focus) => bestMatch(focus.word, sentence.words) > 0)) return false;
  const inOpening = sentence.words.filter((word) => word.end <= opening[0].length);
  return asked.every((focus) => {
    const best = bestMatch(focus.word, sentence.words);
    return best === 0 || bestMatch(focus.word, inOpening) === best;
  });
}
