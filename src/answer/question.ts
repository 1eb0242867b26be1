import { z } from 'zod';

/** The longest question, in characters after clean-up, that storybot takes. */
export const MAX_QUESTION_LENGTH = 500;

export type InvalidQuestionReason = 'empty' | 'too-long' | 'not-text';

/** A question storybot cannot take; its message is written for the person who asked and is safe to show. */
export class InvalidQuestionError extends Error {
  constructor(
    message: string,
    readonly reason: InvalidQuestionReason,
  ) {
    super(message);
    this.name = 'InvalidQuestionError';
  }
}

// Control and invisible formatting characters: pasted text carries them, and they would split or hide words.
// Line breaks and tabs are not dropped but become spaces, so the words on either side stay apart.
const LINE_BREAKS_AND_TABS = /[\n\r\t\v\f\u0085\u2028\u2029]+/g;
const CONTROL_AND_INVISIBLE = /[\p{Cc}\u200B-\u200D\u2060\uFEFF]/gu;

/** A question's text as storybot reads it: control characters removed, line breaks as spaces, trimmed. */
export function cleanQuestion(raw: string): string {
  return raw
    .replace(LINE_BREAKS_AND_TABS, ' ')
    .replace(CONTROL_AND_INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const EMPTY_MESSAGE = 'Please ask a question about the story: the question was empty.';

function tooLongMessage(length: number): string {
  return (
    `That question is ${length.toLocaleString('en-US')} characters long; ` +
    `please ask it in at most ${MAX_QUESTION_LENGTH} characters.`
  );
}

/** A question as it crosses a boundary: any text that, once cleaned, has 1 to 500 characters. */
export const Question = z
  .string({ error: 'Please ask a question as text.' })
  .transform(cleanQuestion)
  .pipe(
    z
      .string()
      .min(1, { error: EMPTY_MESSAGE })
      .max(MAX_QUESTION_LENGTH, { error: (issue) => tooLongMessage(String(issue.input ?? '').length) }),
  );
export type Question = z.infer<typeof Question>;

export type QuestionCheck = { ok: true; question: string } | { ok: false; error: InvalidQuestionError };

/** Cleans and checks a question without throwing: the clean question, or the reason it cannot be asked. */
export function checkQuestion(raw: unknown): QuestionCheck {
  const parsed = Question.safeParse(raw);
  if (parsed.success) return { ok: true, question: parsed.data };
  const issue = parsed.error.issues[0];
  const reason: InvalidQuestionReason =
    issue?.code === 'too_big' ? 'too-long' : issue?.code === 'too_small' ? 'empty' : 'not-text';
  return { ok: false, error: new InvalidQuestionError(issue?.message ?? EMPTY_MESSAGE, reason) };
}

/** The cleaned question; throws an `InvalidQuestionError` with a message fit to show when it cannot be asked. */
export function validateQuestion(raw: unknown): string {
  const check = checkQuestion(raw);
  if (!check.ok) throw check.error;
  return check.question;
}
