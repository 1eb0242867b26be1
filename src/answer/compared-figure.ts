import type { AnalyzedSentence } from './analyzed-paragraph.js';
import { bestMatch, SYNONYM } from './focus-match.js';
import type { Mention } from './mentions.js';
import type { QuestionAnalysis } from './question-analysis.js';

/*
 * A figure set against what the question's verb gave is not that figure: "How many jobs did economists expect?" is
 * not answered by "303,000 jobs, far more than economists had expected", though it is by "more than the 200,000
 * economists had expected", where the figure stands in the comparison itself.
 */

// How far before the verb "than" may stand: "than economists had expected", "than most analysts had forecast".
const THAN_REACH = 4;

/** Whether the mention comes before a "than" whose clause holds the question's verb. */
export function comparedWithAskedVerb(analysis: QuestionAnalysis, sentence: AnalyzedSentence, mention: Mention): boolean {
  const verb = analysis.verb;
  if (!verb) return false;
  return sentence.words.some((word, index) => {
    if (word.start < mention.end || bestMatch(verb, [word]) < SYNONYM) return false;
    const than = sentence.words.slice(Math.max(0, index - THAN_REACH), index).find((before) => before.lower === 'than');
    return than !== undefined && than.start >= mention.end;
  });
}
