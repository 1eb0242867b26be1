/**
 * How news says that something is not known or not told: "The victim's name has not been released", "The companies
 * have not said how much it will cost", "Police declined to comment", "It was unclear why", "the location remains
 * unspecified", "No date has been set". General English.
 */

const TOLD = '(?:said|disclosed|released|revealed|announced|identified|named|made public|confirmed|specified|given|known|determined|established)';
const TELL = '(?:say|disclose|reveal|specify|give|confirm|identify|name|comment|discuss)';
// Words for something not yet told or settled, and verbs for settling it.
const UNTOLD_ADJECTIVES = '(?:unspecified|undisclosed|unannounced|undecided|unconfirmed|unnamed|unidentified|unresolved|unsettled|uncertain)';
const SETTLED = '(?:set|fixed|decided|agreed|scheduled|chosen|finali[sz]ed|determined)';
const NOT_TOLD = new RegExp(
  [
    String.raw`\b(?:has|have|had|was|were|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?${TOLD}\b`,
    String.raw`\b(?:hasn|haven|hadn|wasn|weren|isn|aren)['\u2019]t\s+(?:yet\s+)?(?:been\s+)?${TOLD}\b`,
    String.raw`\b(?:did|do|does|would|could|will)\s+not\s+${TELL}\b`,
    String.raw`\b(?:didn|don|doesn|wouldn|couldn|won)['\u2019]t\s+${TELL}\b`,
    String.raw`\b(?:declined|refused)\s+to\s+${TELL}\b`,
    String.raw`\b(?:is|was|are|were|remains|remained)\s+(?:not\s+(?:yet\s+)?(?:known|clear)|unknown|unclear)\b`,
    // "The location remains unspecified", "The price was not disclosed", "The date is still to be decided".
    String.raw`\b(?:is|was|are|were|remains|remained)\s+(?:still\s+|as\s+yet\s+)?(?:${UNTOLD_ADJECTIVES}|(?:yet\s+|still\s+)?to\s+be\s+(?:${SETTLED}|${TOLD}))\b`,
    // "No date has been set", "no venue was announced".
    String.raw`\bno\s+(?:\w+\s+)?\w+\s+(?:has|have|had|was|were|is|are)\s+(?:yet\s+)?(?:been\s+)?(?:${SETTLED}|${TOLD})\b`,
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

// Where a clause begins: after a comma, semicolon, colon or dash, or at a conjunction that opens one.
const CLAUSE_START = /[,;:\u2014\u2013]|\s-\s|\b(?:though|although|but|while|whereas|and)\b/gi;

/**
 * The clause of a sentence, main or not, that says something is not told, or null when none does: "though the
 * location remains unspecified" in "Officials will hold talks next week, though the location remains
 * unspecified."
 */
export function notToldClause(sentence: string): string | null {
  const match = NOT_TOLD.exec(sentence);
  if (!match) return null;
  const before = sentence.slice(0, match.index);
  const starts = [...before.matchAll(CLAUSE_START)].map((start) => start.index);
  const start = starts.at(-1) ?? 0;
  const end = sentence.slice(match.index).search(/[,;:\u2014\u2013]/);
  return sentence.slice(start, end < 0 ? sentence.length : match.index + end).replace(/^[\s,;:\u2014\u2013-]+/, '').trim();
}
