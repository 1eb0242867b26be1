import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/answer/mention-time.js';
import { timeAgainstTense } from '../../src/answer/tense-agreement.js';
import { answerFromParagraphs } from './passages.js';

function timeIn(sentence: string) {
  const time = findTimes(sentence)[0];
  if (!time) throw new Error(`no time in: ${sentence}`);
  return time;
}

describe('a time the other way from the question\'s tense', () => {
  it('does not answer a question in the past with a time ahead, nor one in the future with a time behind', () => {
    expect(timeAgainstTense('When did the ministers meet?', timeIn('They meet next week.'))).toBe(true);
    expect(timeAgainstTense('When did the ministers meet?', timeIn('They meet tomorrow.'))).toBe(true);
    expect(timeAgainstTense('When will the ministers meet?', timeIn('They met two years ago.'))).toBe(true);
    expect(timeAgainstTense('When will the ministers meet?', timeIn('They met last week.'))).toBe(true);
    expect(timeAgainstTense('When will the ministers meet?', timeIn('They met yesterday.'))).toBe(true);
  });

  it('lets a day or a date that fixes no direction answer either', () => {
    expect(timeAgainstTense('When did the ministers meet?', timeIn('They met on Thursday.'))).toBe(false);
    expect(timeAgainstTense('When will the ministers meet?', timeIn('They meet in May.'))).toBe(false);
    expect(timeAgainstTense('When is the meeting?', timeIn('They met last week.'))).toBe(false);
  });

  it('answers "When did they last meet?" with the earlier meeting, not the talks next week', async () => {
    const talks = [
      'Before the ministers meet again, officials will hold talks next week.',
      'The ministers last met in Geneva in May.',
    ];
    const answer = await answerFromParagraphs(talks, 'When did the ministers meet before?');
    expect(answer.answer).toContain('May');
    expect(answer.answer).not.toContain('next week');
  });
});
