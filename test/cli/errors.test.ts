import { afterEach, describe, expect, it } from 'vitest';
import { makeTempCorpus } from '../corpus/temp-corpus.js';
import { runStorybot } from './run-cli.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

describe('storybot command-line errors', () => {
  it('answers an unknown command with usage and exit code 2', async () => {
    const run = await runStorybot(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command 'frobnicate'/);
    expect(run.stderr).toMatch(/storybot --help/);
  });

  it('answers an unknown option or a missing argument with exit code 2', async () => {
    expect((await runStorybot(['ask', '--frob', 'x'])).code).toBe(2);
    expect((await runStorybot(['quote'])).code).toBe(2);
  });

  it('gives help on every command with exit code 0', async () => {
    for (const command of ['ask', 'quote', 'quotes', 'speakers', 'facts', 'summary', 'sources', 'index', 'chat']) {
      const run = await runStorybot([command, '--help']);
      expect(run.code, command).toBe(0);
      expect(run.stdout, command).toMatch(/--corpus/);
    }
  });

  it('refuses an empty or a 10,000-character question with a clear message and exit code 1', async () => {
    const empty = await runStorybot(['ask', '   ']);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/empty/);
    const long = await runStorybot(['ask', 'why?'.repeat(2_500)]);
    expect(long.code).toBe(1);
    expect(long.stderr).toMatch(/10,000 characters.*at most 500/);
  });

  it('answers the good questions of a batch and reports the bad one in place', async () => {
    const run = await runStorybot(['ask', '--json', '-'], `Where will Trump meet Putin?\n${'x'.repeat(10_000)}\nWho is Mark Montgomery?\n`);
    expect(run.code).toBe(1);
    const rows = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(rows.map((row) => row.answered)).toEqual([true, false, true]);
    expect(rows[1].error).toMatch(/at most 500/);
  });

  it('fails clearly on a missing corpus folder and on an empty one', async () => {
    const missing = await runStorybot(['ask', '--corpus', '/nonexistent/storybot', 'Why?']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read the corpus folder .*does not exist/);
    const { dir, cleanup } = makeTempCorpus({ 'empty.txt': '' });
    cleanups.push(cleanup);
    const empty = await runStorybot(['ask', '--corpus', dir, 'Why?']);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/no articles could be loaded/);
    expect(empty.stderr).toMatch(/empty\.txt is empty/);
  });

  it('warns about a bad article by name and still answers from the good ones', async () => {
    const { dir, cleanup } = makeTempCorpus({
      'bridge.txt': 'Bridge Vote\n\nThe council approved the new bridge on Monday by seven votes to two.\n',
      'broken.txt': new Uint8Array([0, 1, 2, 3]),
    });
    cleanups.push(cleanup);
    const run = await runStorybot(['ask', '--corpus', dir, 'When did the council approve the bridge?']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning: broken\.txt looks like a binary file/);
    expect(run.stdout).toMatch(/Monday/);
  });

  it('fails on the bad article with --strict', async () => {
    const { dir, cleanup } = makeTempCorpus({ 'good.txt': 'T\n\nText here.\n', 'bad.txt': '' });
    cleanups.push(cleanup);
    const run = await runStorybot(['sources', '--corpus', dir, '--strict']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/--strict/);
    expect(run.stderr).toMatch(/bad\.txt is empty/);
  });
});
