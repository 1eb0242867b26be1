import { z } from 'zod';

export const MAX_QUESTION_LENGTH = 500;

/**
 * A question as users may ask it: control characters removed (line breaks and tabs become spaces), trimmed,
 * and 1 to 500 characters long.
 */
export const Question = z
  .string()
  .transform((text) => text.replace(/[\t\n\r]/g, ' ').replace(/\p{Cc}/gu, '').trim())
  .pipe(
    z
      .string()
      .min(1, { message: 'Please ask a question: the message was empty.' })
      .max(MAX_QUESTION_LENGTH, { message: `Please keep your question under ${MAX_QUESTION_LENGTH} characters.` }),
  );

export type QuestionCheck = { ok: true; question: string } | { ok: false; problem: string };

export function checkQuestion(raw: string): QuestionCheck {
  const parsed = Question.safeParse(raw);
  return parsed.success ? { ok: true, question: parsed.data } : { ok: false, problem: parsed.error.issues[0]!.message };
}
