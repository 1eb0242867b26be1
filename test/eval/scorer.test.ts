import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * Runs the evaluation's own scorer (`../shared/eval/score.mjs`) against the built `storybot` CLI, exactly as
 * the evaluation does: `npm test` builds first, so this is the CLI of this very checkout.
 */
function score(kind: 'answers' | 'quotes', gold: string): { status: number | null; lastLine: string } {
  const run = spawnSync('node', ['../shared/eval/score.mjs', kind, gold, '--min', '1'], { encoding: 'utf8', timeout: 60_000 });
  const lines = `${run.stdout}`.trim().split('\n');
  return { status: run.status, lastLine: `${lines.at(-1)}\n${run.stdout}${run.stderr}` };
}

describe("the evaluation's scorer on the storybot CLI", () => {
  it('gets every dev question fully right: answer, cited evidence and both abstentions', () => {
    const { status, lastLine } = score('answers', '../shared/eval/questions.dev.json');
    expect(lastLine).toMatch(/^answers: 14\/14 fully right/);
    expect(status).toBe(0);
  });

  it('finds every seed quotation with its speaker and nothing else (F1 1.000)', () => {
    const { status, lastLine } = score('quotes', '../shared/eval/quotes.seed.json');
    expect(lastLine).toMatch(/^quotes: F1 1\.000;/);
    expect(status).toBe(0);
  });
});
