import { describe, expect, it } from 'vitest';
import { asksAboutSaying, datesTheSaying } from '../../src/answer/speech-time.js';
import { analyzeQuestion } from '../../src/answer/question-analysis.js';
import { findTimes } from '../../src/answer/mention-time.js';
import { answerFromParagraphs } from './passages.js';
import { bundledStory } from '../discord/bundled-story.js';

function timeIn(sentence: string, text: string) {
  const time = findTimes(sentence).find((mention) => mention.text === text);
  if (!time) throw new Error(`no time "${text}" in: ${sentence}`);
  return time;
}

const reopening = [
  'The mayor announced Thursday the Elm Street bridge will reopen to traffic, after two years of repairs.',
  'Crews still have to repaint the railings, the city said on Friday.',
];

describe('a day right after a verb of saying dates the saying', () => {
  it('reads "announced Thursday", "said on Friday" and "said late Tuesday" as when the words were said', () => {
    for (const [sentence, day] of [
      ['The mayor announced Thursday the bridge will reopen.', 'Thursday'],
      ['The bridge will reopen, the city said on Friday.', 'Friday'],
      ['"It will reopen," Lee said late Tuesday.', 'Tuesday'],
    ] as const) {
      expect(datesTheSaying(sentence, timeIn(sentence, day)), sentence).toBe(true);
    }
  });

  it('leaves a day after any other verb, or after "continue", to the act itself', () => {
    for (const [sentence, day] of [
      ['The bridge will reopen Thursday.', 'Thursday'],
      ['The hearing will continue Monday.', 'Monday'],
      ['The mayor said the bridge will reopen on Friday.', 'Friday'],
    ] as const) {
      expect(datesTheSaying(sentence, timeIn(sentence, day)), sentence).toBe(false);
    }
  });

  it('knows a question about the saying: "When did the mayor announce it?", "When was the announcement made?"', () => {
    expect(asksAboutSaying(analyzeQuestion('When did the mayor announce the reopening?'))).toBe(true);
    expect(asksAboutSaying(analyzeQuestion('When was the announcement made?'))).toBe(true);
    expect(asksAboutSaying(analyzeQuestion('When will the bridge reopen?'))).toBe(false);
  });

  it('does not answer "When will the bridge reopen?" with the day the reopening was announced', async () => {
    for (const question of ['When will the bridge reopen?', 'When does the bridge reopen?']) {
      expect((await answerFromParagraphs(reopening, question)).answered, question).toBe(false);
    }
  });

  it('answers "When did the mayor announce…?" with that day', async () => {
    for (const question of ['When did the mayor announce the reopening?', 'When was the reopening announced?']) {
      expect((await answerFromParagraphs(reopening, question)).answer, question).toContain('Thursday');
    }
  });

  it('answers with the day of the event when the sentence gives one besides the day of the saying', async () => {
    const dated = ['The mayor announced Thursday the bridge will reopen on March 3.'];
    const answer = await answerFromParagraphs(dated, 'When will the bridge reopen?');
    expect(answer.answer).toContain('March 3');
  });
});

describe('the bundled story: when the leaders will meet', () => {
  it('does not date the planned meeting with the day it was announced, but dates the announcement', async () => {
    const story = await bundledStory();
    for (const question of ['When will they meet?', 'When will Trump and Putin meet?', 'When is the Budapest meeting?']) {
      expect((await story.ask(question)).answer, question).not.toContain('announced Thursday');
    }
    for (const question of ['When did Trump announce the meeting?', 'When was the meeting announced?']) {
      expect((await story.ask(question)).answer, question).toContain('announced Thursday');
    }
  });
});
