import { describe, expect, it } from 'vitest';
import { createStory } from '../../src/story.js';

// Questions on the bundled story that once went wrong, asked through the façade as every front end asks them.
const story = createStory({ corpusDir: 'corpus', cacheDir: null });
const ask = async (question: string) => (await story).ask(question);

describe('the bundled story, asked in everyday English', () => {
  it.each(["Where's the meeting going to be?", "Where'll the meeting be?"])(
    'reads the contraction in "%s" and answers with the planned meeting\'s city',
    async (question) => {
      const answer = await ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.answer).toContain('Budapest');
      expect(answer.citations[0]?.paragraph).toBe(2);
    },
  );
});

describe('the bundled story, answered yes or no', () => {
  it('lowers the capital of an opening word the story writes in lower case elsewhere', async () => {
    const answer = await ask('Will Rubio lead the talks?');
    expect(answer.answer).toMatch(/^Yes, prior to/);
  });
});

describe('the bundled story, where it says the answer is not told', () => {
  it.each(['Where will the talks take place?', 'Where will the talks be held?'])(
    'answers "%s" by quoting that the location remains unspecified',
    async (question) => {
      const answer = await ask(question);
      expect(answer.answered).toBe(false);
      expect(answer.citations).toHaveLength(0);
      expect(answer.answer).toContain('the location remains unspecified');
    },
  );
});

describe('the bundled story, asked about the earlier meeting', () => {
  it.each(['Where did the two leaders meet in August?', 'Where were the two leaders in August?'])(
    'answers "%s" with the August encounter, not the meeting to come',
    async (question) => {
      const answer = await ask(question);
      expect(answer.answer).toContain('Alaska');
      expect(answer.citations[0]?.paragraph).toBe(3);
    },
  );
});

describe('the bundled story, asked about a first meeting it never tells of', () => {
  it('does not answer "Where did they first meet?" with a quotation that opens "First, …"', async () => {
    const answer = await ask('Where did they first meet?');
    expect(answer.answered).toBe(false);
    expect(answer.citations).toHaveLength(0);
    expect(answer.answer).toContain('where they first met');
  });
});
