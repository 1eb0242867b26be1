import { describe, expect, it } from 'vitest';
import { answerFromParagraphs } from './passages.js';

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
});
