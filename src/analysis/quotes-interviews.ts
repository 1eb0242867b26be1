/**
 * Question-and-answer exchanges ("Q: Is this your best result? A: Probably."): a format news writing uses to
 * print an interview verbatim. The answers are the interviewee's own words, so direct quotations of theirs,
 * though no quotation marks hold them; the questions are the reporters', nobody's quotation. A transcript labels
 * each answer with its speaker's name instead ("STUBBS: We kept going."), in capitals, or as written once an
 * exchange has begun.
 */

// "Q:" or "Question:" opening a paragraph; the answer may follow in the same paragraph once the question ends.
const QUESTION = /^\s*(?:Q|Question)\s*:\s+/;
const ANSWER_OPENING = /^\s*(?:A|Answer)\s*:\s+/;
// "STUBBS:", "ANN STUBBS:", "O'NEILL:": a speaker's name in capitals; "Stubbs:" as written, inside an exchange.
const CAPITALS_LABEL = /^\s*(\p{Lu}[\p{Lu}'’\-]+(?:\s+\p{Lu}[\p{Lu}'’\-]+){0,2})\s*:\s+/u;
const NAME_LABEL = /^\s*(\p{Lu}[\p{L}\p{M}'’\-]+(?:\s+\p{Lu}[\p{L}\p{M}'’\-]+){0,2})\s*:\s+/u;
const EXCHANGE_LABEL = /^(?:Q|A|QUESTION|ANSWER)$/i;
const ANSWER_AFTER_QUESTION = /[?.!]["”’']?\s+(?:A|Answer)\s*:\s+/;

/** An answer of an exchange: where its words start in the paragraph, and the words. */
export interface InterviewAnswer {
  offset: number;
  text: string;
}

/** Whether a paragraph belongs to a question-and-answer exchange: it opens with a question or an answer label. */
export function isExchangeLine(text: string): boolean {
  return QUESTION.test(text) || ANSWER_OPENING.test(text);
}

/**
 * The answer a paragraph of an exchange gives: after "A:" at its start, or after "A:" following the question it
 * opens with. `inExchange` says a question came before, so a lone "A:" is no list item or grade.
 */
export function interviewAnswer(text: string, inExchange: boolean): InterviewAnswer | null {
  const opening = inExchange ? ANSWER_OPENING.exec(text) : null;
  const afterQuestion = QUESTION.test(text) ? ANSWER_AFTER_QUESTION.exec(text) : null;
  const offset = opening ? opening[0].length : afterQuestion ? afterQuestion.index + afterQuestion[0].length : -1;
  if (offset < 0) return null;
  const answer = text.slice(offset).trim();
  return answer === '' ? null : { offset, text: answer };
}

/** An answer labelled with its speaker's name: the label as written, and the words after it. */
export interface LabelledAnswer extends InterviewAnswer {
  label: string;
}

/**
 * The speaker's label and the answer of a transcript's line ("STUBBS: We kept going."), or null. A label as
 * written ("Stubbs:") counts only with `inExchange`, as elsewhere it may head a caption or a list. Whether the
 * label names someone of the story is the caller's to tell.
 */
export function labelledAnswer(text: string, inExchange: boolean): LabelledAnswer | null {
  const label = CAPITALS_LABEL.exec(text) ?? (inExchange ? NAME_LABEL.exec(text) : null);
  if (!label || EXCHANGE_LABEL.test(label[1]!)) return null;
  const answer = text.slice(label[0].length).trim();
  return answer === '' ? null : { label: label[1]!, offset: label[0].length, text: answer };
}
