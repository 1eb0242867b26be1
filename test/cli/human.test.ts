import { describe, expect, it } from 'vitest';
import { runStorybot } from './run-cli.js';

describe('storybot output for people', () => {
  it('prints the answer, then numbered sources with paragraph numbers, snippets and links', async () => {
    const { stdout } = await runStorybot(['ask', 'What is the range of the Tomahawk?']);
    expect(stdout).toMatch(/1,600 kilometers\).*\[1\]/s);
    expect(stdout).toMatch(/Sources\n {2}\[1\] trump-putin-budapest ¶\d+ — /);
    expect(stdout).toMatch(/#:~:text=/);
  });

  it('says plainly when the story does not tell, and lists no sources', async () => {
    const { stdout } = await runStorybot(['ask', 'What is the capital of Australia?']);
    expect(stdout).toMatch(/story doesn.t say/i);
    expect(stdout).not.toMatch(/Sources/);
  });

  it('carries a chat conversation into follow-up questions', async () => {
    const { code, stdout } = await runStorybot(['chat'], 'What did Bessent say about Warsaw?\nWhat else did he say?\n');
    expect(code).toBe(0);
    const [, second] = stdout.split(/\n(?=\S[^\n]*\n\nSources)/);
    expect(second ?? stdout).toMatch(/Boston|Bessent/);
  });

  it('reports what the index holds', async () => {
    const { stdout } = await runStorybot(['index']);
    expect(stdout).toMatch(/^Indexed 1 article\(s\), 20 paragraphs, \d+ distinct terms in \d+ ms\./);
  });
});
