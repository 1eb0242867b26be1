import { describe, expect, it } from 'vitest';
import { answerFromParagraphs } from './passages.js';
import { bundledStory } from '../discord/bundled-story.js';

describe('a place or day said of another event than the one asked about', () => {
  it('does not take a place or day in the news after an opening "Ahead of the summit," for the summit\'s', async () => {
    const ahead = ['Ahead of the Lopez-Okafor summit, aides will hold talks in Vienna next week.'];
    expect((await answerFromParagraphs(ahead, 'When will Lopez and Okafor meet?')).answered).toBe(false);
    expect((await answerFromParagraphs(ahead, 'Where will Lopez and Okafor meet?')).answered).toBe(false);
    expect((await answerFromParagraphs(ahead, 'Where will the aides hold talks?')).answer).toContain('Vienna');
  });

  it('does not answer for a meeting of two people with one "with" a third', async () => {
    const meetings = ['Lopez has long sought talks with Mendes. Mendes will hold a meeting with Okafor on Friday.'];
    expect((await answerFromParagraphs(meetings, 'When will Mendes and Lopez meet?')).answered).toBe(false);
    expect((await answerFromParagraphs(meetings, 'When will Mendes and Okafor meet?')).answer).toContain('Friday');
    expect((await answerFromParagraphs(meetings, 'When will Mendes meet?')).answer).toContain('Friday');
  });

  it('reads a question that names no one as about the event the headline says it is "with", not a meeting with someone else', async () => {
    const visit = [
      'Mendes said on Monday he will meet with Lopez in Lisbon to settle the fishing dispute.',
      "Tuesday's meeting with Okafor will be their second encounter this year.",
    ];
    const headline = 'Mendes to Meet with Lopez in Lisbon';
    for (const question of ['When will they meet?', 'When is the meeting?', 'When will the Lisbon meeting happen?']) {
      expect((await answerFromParagraphs(visit, question, headline)).answered, question).toBe(false);
    }
    expect((await answerFromParagraphs(visit, 'When will they meet?', 'Mendes to Meet with Okafor')).answer).toContain('Tuesday');
    expect((await answerFromParagraphs(visit, 'When will Mendes meet Okafor?', headline)).answer).toContain('Tuesday');
  });
});

describe('the bundled story: when the leaders meet', () => {
  it('does not say when the planned meeting is, since the story does not, and still dates the other meeting when asked', async () => {
    const story = await bundledStory();
    for (const question of ['When will they meet?', 'When is the meeting?', 'When will Trump and Putin meet?', 'When will the Budapest meeting happen?']) {
      const answer = await story.ask(question);
      expect(answer.answered, `${question} -> ${answer.answer}`).toBe(false);
      expect(answer.citations, question).toEqual([]);
    }
    expect((await story.ask('When will Trump meet Zelensky?')).answer).toContain('Friday');
  });
});
