import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempCorpus } from '../corpus/temp-corpus.js';

// The built CLI as a shell runs it (`npm test` builds first), its output read through a pipe.
function storybot(args: string[], input = '') {
  return spawnSync(process.execPath, ['dist/src/cli/main.js', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, CACHE_DIR: '', LLM: 'off', LOG_LEVEL: 'silent' },
    maxBuffer: 64 << 20,
  });
}

describe('the storybot process', () => {
  const article = readFileSync('test/fixtures/articles/harbour-strike.txt', 'utf8');
  const copies = 100;
  const big = makeTempCorpus(Object.fromEntries(Array.from({ length: copies }, (_, i) => [`strike-${i}.txt`, article])));
  afterAll(big.cleanup);

  it('writes the whole of a --json output larger than a pipe holds before it exits, however slowly it is read', () => {
    // A reader that starts a second late: the 64 KB pipe fills and the rest of the output waits in the process.
    const run = spawnSync('sh', ['-c', `"${process.execPath}" dist/src/cli/main.js quotes --json --corpus "${big.dir}" | (sleep 1; cat)`], {
      encoding: 'utf8',
      env: { ...process.env, CACHE_DIR: '', LLM: 'off', LOG_LEVEL: 'silent' },
      maxBuffer: 64 << 20,
    });
    expect(run.stdout.length).toBeGreaterThan(64 * 1024);
    expect(JSON.parse(run.stdout)).toHaveLength(copies * 12);
  });

  it('answers each line of standard input with one JSON line', () => {
    const run = storybot(['ask', '--json', '-'], 'Where will Trump meet Putin?\nWho is Mark Montgomery?\n');
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n').map((line) => JSON.parse(line).answered)).toEqual([true, true]);
  });

  it('exits 2 on a usage error and 1 on an empty question', () => {
    expect(storybot(['frobnicate']).status).toBe(2);
    expect(storybot(['ask', '']).status).toBe(1);
  });
});
