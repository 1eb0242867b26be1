import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { createStory } from '../src/story.js';
import { OpenAiDouble } from './doubles/openai.js';

function folderWith(article: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'storybot-story-'));
  copyFileSync(join('test/fixtures/articles', article), join(dir, article));
  return dir;
}

describe('createStory', () => {
  it('answers what a person said when the story names them after their organisation and role ("said Aslef general secretary …")', async () => {
    const story = await createStory({ corpusDir: folderWith('aslef-rail-strike.md'), cacheDir: null });
    const answer = await story.ask('What did Mick Whelan say?');
    expect(answer.answered, answer.answer).toBe(true);
    expect(answer.answer).toContain('We did not want to be here');
    expect(answer.citations.map((citation) => citation.paragraph)).toEqual([3]);
  });
});

describe('warming a story up before it serves', () => {
  it('readies the analyses without asking the LLM, and answers the same afterwards', async () => {
    const llm = await OpenAiDouble.start();
    try {
      const config = parseConfig({ LLM: 'on', OPENAI_BASE_URL: llm.baseURL, OPENAI_MODEL: 'tiny-model' });
      const story = await createStory({ corpusDir: folderWith('aslef-rail-strike.md'), cacheDir: null, llm: config.llm });
      expect(await story.warmUp()).toBeGreaterThan(0);
      expect(llm.requests).toHaveLength(0);
      expect((await story.speakers()).map((speaker) => speaker.name)).toContain('Mick Whelan');
    } finally {
      await llm.close();
    }
  });
});
