/**
 * How news says that something is not known or not told: "The victim's name has not been released", "The companies
 * have not said how much it will cost", "Police declined to comment", "It was unclear why". General English.
 */

const TOLD = '(?:said|disclosed|released|revealed|announced|identified|named|made public|confirmed|specified|given|known|determined|established)';
const TELL = '(?:say|disclose|reveal|specify|give|confirm|identify|name|comment|discuss)';
const NOT_TOLD = new RegExp(
  [
    String.raw`\b(?:has|have|had|was|were|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?${TOLD}\b`,
    String.raw`\b(?:hasn|haven|hadn|wasn|weren|isn|aren)['\u2019]t\s+(?:yet\s+)?(?:been\s+)?${TOLD}\b`,
    String.raw`\b(?:did|do|does|would|could|will)\s+not\s+${TELL}\b`,
    String.raw`\b(?:didn|don|doesn|wouldn|couldn|won)['\u2019]t\s+${TELL}\b`,
    String.raw`\b(?:declined|refused)\s+to\s+${TELL}\b`,
    String.raw`\b(?:is|was|are|were|remains|remained)\s+(?:not\s+(?:yet\s+)?(?:known|clear)|unknown|unclear)\b`,
  ].join('|'),
  'i',
);

/**
 * Whether a sentence says, in its main clause, that something is not known or not told: "The victim's name has
 * not been released." A clause set off by commas ("Price, whose lawyer declined to comment, was charged…") does
 * not make the sentence one.
 */
export function saysNotTold(sentence: string): boolean {
  const match = NOT_TOLD.exec(sentence);
  return match !== null && !sentence.slice(0, match.index).includes(',');
}
