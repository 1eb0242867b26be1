import { describe, expect, it } from 'vitest';
import { asksAboutEarlierEvent, saidOfEarlierEvent } from '../../src/answer/earlier-event.js';
import { answerFromParagraphs } from './passages.js';
import { bundledStory } from '../discord/bundled-story.js';

// The mention of these words in the sentence, as the answerer finds it.
function mentionOf(sentence: string, text: string) {
  const start = sentence.indexOf(text);
  return { kind: 'place' as const, start, end: start + text.length, text };
}

const talks = [
  'The two foreign ministers will meet in Oslo next month to resume talks on the border, the ministry said.',
  'The planned meeting follows their previous encounter in Geneva in May, which ended without a deal.',
];

describe('the place and day of an earlier event', () => {
  it('reads a place or a day after "previous encounter", "earlier round of talks" or "last summit" as that event\'s', () => {
    const sentence = 'The meeting follows their previous encounter in Geneva in May, which ended without a deal.';
    expect(saidOfEarlierEvent(sentence, mentionOf(sentence, 'Geneva'))).toBe(true);
    expect(saidOfEarlierEvent(sentence, mentionOf(sentence, 'May'))).toBe(true);
    const rounds = 'An earlier round of talks in Vienna collapsed. Their last summit, in Lima, was cut short.';
    expect(saidOfEarlierEvent(rounds, mentionOf(rounds, 'Vienna'))).toBe(true);
    expect(saidOfEarlierEvent(rounds, mentionOf(rounds, 'Lima'))).toBe(true);
  });

  it('leaves a day of the calendar ("last week in Oslo"), "prior to talks in Oslo" and "the former site in Leeds" to the sentence\'s own event', () => {
    for (const sentence of ['They met last week in Oslo.', 'Prior to talks in Oslo, the ministers spoke by phone.', 'Homes will be built on the former site in Oslo.']) {
      expect(saidOfEarlierEvent(sentence, mentionOf(sentence, 'Oslo')), sentence).toBe(false);
    }
  });

  it('takes a question in the past tense or with "before", "previously" or "last time" as asking about an earlier event', () => {
    expect(asksAboutEarlierEvent('Where did they meet before?')).toBe(true);
    expect(asksAboutEarlierEvent('Where have they met previously?')).toBe(true);
    expect(asksAboutEarlierEvent('Where was the meeting?')).toBe(true);
    expect(asksAboutEarlierEvent('Where will they meet?')).toBe(false);
    expect(asksAboutEarlierEvent('Where is the meeting?')).toBe(false);
    expect(asksAboutEarlierEvent('Where will the last match be played?')).toBe(false);
  });

  it('does not answer "Where will they meet?" or "Where is the meeting?" with the place of their previous encounter', async () => {
    for (const question of ['Where will they meet?', 'Where is the meeting?', 'Where will the ministers meet?']) {
      const answer = await answerFromParagraphs(talks, question);
      expect(answer.answer, question).toContain('Oslo');
      expect(answer.citations.map((citation) => citation.paragraph), question).toEqual([1]);
    }
  });

  it('answers "Where did they meet before?" and "When did they last meet?" with the earlier encounter', async () => {
    for (const question of ['Where did they meet before?', 'Where did the ministers meet previously?']) {
      expect((await answerFromParagraphs(talks, question)).answer, question).toContain('Geneva');
    }
    expect((await answerFromParagraphs(talks, 'When did they last meet?')).answer).toContain('in May');
  });

  it('abstains on "Where will they meet?" when the only place is the previous encounter\'s', async () => {
    const answer = await answerFromParagraphs([talks[1]!], 'Where will they meet?');
    expect(answer.answered).toBe(false);
  });
});

describe('the bundled story: the planned meeting and the earlier one', () => {
  it('answers where the leaders will meet with the planned meeting\'s city, and where they met before with the earlier encounter\'s', async () => {
    const story = await bundledStory();
    for (const question of ['Where will they meet?', 'Where is the meeting?', 'Where are Trump and Putin meeting?']) {
      const answer = await story.ask(question);
      expect(answer.answer, question).toContain('Budapest');
      expect(answer.answer, question).not.toContain('Alaska');
    }
    for (const question of ['Where did they meet before?', 'Where did Trump and Putin last meet?', 'When did they last meet?']) {
      expect((await story.ask(question)).answer, question).toContain('Alaska');
    }
  });
});
