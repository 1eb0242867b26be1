import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/answer/mention-time.js';
import { analyzeQuestion } from '../../src/answer/question-analysis.js';
import { timeAgainstTense, verbAgainstTense } from '../../src/answer/tense-agreement.js';
import { words } from '../../src/answer/words.js';
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

describe('an event still to come, for a question asked in the past', () => {
  const sentence = (text: string) => ({ text, words: words(text) });
  const meet = analyzeQuestion('Where did the ministers meet?').verb!;

  it('reads "will meet", "plans to meet" and "is expected to meet" as not yet happened', () => {
    expect(verbAgainstTense('Where did the ministers meet?', meet, sentence('The ministers will meet in Oslo.'))).toBe(true);
    expect(verbAgainstTense('Where did the ministers meet?', meet, sentence('He announced plans to meet them in Oslo.'))).toBe(true);
    expect(verbAgainstTense('Where did the ministers meet?', meet, sentence('They are expected to meet in Oslo.'))).toBe(true);
  });

  it('lets a past event, a sentence without the verb, or a question in the future through', () => {
    expect(verbAgainstTense('Where did the ministers meet?', meet, sentence('The ministers met in Vienna.'))).toBe(false);
    expect(verbAgainstTense('Where did the ministers meet?', meet, sentence('The treaty was signed in Vienna.'))).toBe(false);
    expect(verbAgainstTense('Where will the ministers meet?', meet, sentence('The ministers will meet in Oslo.'))).toBe(false);
  });

  it('answers "Where did they meet in March?" with the earlier encounter, not the meeting to come', async () => {
    const ministers = [
      'The two ministers will meet in Oslo next month to sign the treaty, officials said.',
      'This meeting follows their previous encounter in Vienna in March, which ended without a deal.',
    ];
    const inMarch = await answerFromParagraphs(ministers, 'Where did the two ministers meet in March?');
    expect(inMarch.answer).toContain('Vienna');
    expect(inMarch.citations[0]).toMatchObject({ paragraph: 2 });
    expect((await answerFromParagraphs(ministers, 'Where did the ministers meet?')).answer).not.toContain('Oslo');
    expect((await answerFromParagraphs(ministers, 'Where will the ministers meet?')).answer).toContain('Oslo');
  });
});
