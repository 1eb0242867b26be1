import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStory } from '../src/story.js';

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
