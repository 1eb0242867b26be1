import { describe, expect, it } from 'vitest';
import { checkQuestion, cleanQuestion, InvalidQuestionError, MAX_QUESTION_LENGTH, Question, validateQuestion } from '../../src/answer/question.js';

describe('question validation', () => {
  it('accepts a question and trims it', () => {
    expect(validateQuestion('  Where will they meet?  ')).toBe('Where will they meet?');
  });

  it('turns line breaks and tabs into spaces and removes control characters', () => {
    expect(cleanQuestion('Where\nwill\tthey\u0007 meet\u200B?')).toBe('Where will they meet?');
  });

  it('rejects an empty question with a polite message', () => {
    const check = checkQuestion('   \n ');
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.error).toBeInstanceOf(InvalidQuestionError);
    expect(check.error.reason).toBe('empty');
    expect(check.error.message).toMatch(/^Please ask a question/);
  });

  it('rejects a 10,000-character question and says how long it was and the limit', () => {
    expect(() => validateQuestion('x'.repeat(10_000))).toThrowError(/10,000 characters.*at most 500/);
    const check = checkQuestion('x'.repeat(10_000));
    expect(!check.ok && check.error.reason).toBe('too-long');
  });

  it('takes exactly 500 characters but not 501', () => {
    expect(checkQuestion('a'.repeat(MAX_QUESTION_LENGTH)).ok).toBe(true);
    expect(checkQuestion('a'.repeat(MAX_QUESTION_LENGTH + 1)).ok).toBe(false);
  });

  it('counts the length after clean-up, so padding does not make a question too long', () => {
    expect(checkQuestion(`${' '.repeat(2_000)}Who?${'\n'.repeat(2_000)}`)).toEqual({ ok: true, question: 'Who?' });
  });

  it('rejects something that is not text without throwing', () => {
    const check = checkQuestion(42);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.error.reason).toBe('not-text');
  });

  it('is a zod schema whose output is the cleaned question', () => {
    expect(Question.parse(' Why?\n')).toBe('Why?');
  });
});
