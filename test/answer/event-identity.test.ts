import { describe, expect, it } from 'vitest';
import { answerFromParagraphs } from './passages.js';
import { bundledStory } from '../discord/bundled-story.js';

describe('which event a question means', () => {
  it('answers "Where will the summit take place?" from where the leaders will meet: "take place" says only that it happens', async () => {
    const summit = ['The two leaders will meet in Lisbon to discuss the fishing dispute, officials said.'];
    for (const question of ['Where will the summit take place?', 'Where is the summit?', 'Where will the talks take place?']) {
      expect((await answerFromParagraphs(summit, question)).answer, question).toContain('Lisbon');
    }
  });

  it('prefers the meeting whose place the headline gives over another meeting the story tells of', async () => {
    const story = ['Prime Minister Ana Ruiz will meet with Chinese Premier Li Wen Zhao in Singapore.', 'Ruiz has a meeting with Foreign Minister Taro Ito in Tokyo.'];
    const headline = 'Prime Minister to Meet Chinese Premier in Singapore';
    expect((await answerFromParagraphs(story, 'Where is the meeting?', headline)).answer).toContain('Singapore');
    const elsewhere = 'Prime Minister to Meet Japanese Minister in Tokyo';
    expect((await answerFromParagraphs(story, 'Where is the meeting?', elsewhere)).answer).toContain('Tokyo');
  });
});

describe('the bundled story: the summit', () => {
  it('answers where the summit will take place with the planned meeting\'s city', async () => {
    const story = await bundledStory();
    for (const question of ['Where will the summit take place?', 'Where is the summit?', 'Where will the summit be held?', 'Where will the meeting take place?']) {
      const answer = await story.ask(question);
      expect(answer.answer, question).toContain('Budapest');
    }
  });
});
