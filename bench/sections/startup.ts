import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { devQuestions } from '../questions.js';
import { ms } from '../support/format.js';
import { median } from '../support/stats.js';
import type { Table } from '../support/table.js';

/**
 * Section 4: `storybot ask "…"` from a shell, wall clock from spawn to exit, on the bundled corpus. Cold: a
 * fresh CACHE_DIR, so the index is built (and saved); warm: the saved index is there.
 */
export interface StartupRow {
  command: string;
  state: 'cold' | 'warm';
  runs: number[];
}

export interface StartupOptions {
  coldRuns: number;
  warmRuns: number;
}

const LAUNCHERS: { name: string; argv: string[] }[] = [
  { name: 'npx storybot ask', argv: ['npx', 'storybot', 'ask'] },
  { name: 'node dist/src/cli/main.js ask', argv: [process.execPath, 'dist/src/cli/main.js', 'ask'] },
];

export async function measureStartup(options: StartupOptions, log: (line: string) => void): Promise<StartupRow[]> {
  const question = (await devQuestions())[0]!.q;
  // npx may set up its link to this package on first use; that is installation, not start-up.
  run(['npx', 'storybot', '--help'], await mkdtemp(join(tmpdir(), 'storybot-bench-cache-')));
  const rows: StartupRow[] = [];
  for (const launcher of LAUNCHERS) {
    const argv = [...launcher.argv, question];
    log(`startup: ${launcher.name}, cold`);
    const cold: number[] = [];
    for (let i = 0; i < options.coldRuns; i++) {
      const cacheDir = await mkdtemp(join(tmpdir(), 'storybot-bench-cache-'));
      cold.push(run(argv, cacheDir));
      await rm(cacheDir, { recursive: true, force: true });
    }
    log(`startup: ${launcher.name}, warm`);
    const cacheDir = await mkdtemp(join(tmpdir(), 'storybot-bench-cache-'));
    run(argv, cacheDir); // saves the index
    const warm = Array.from({ length: options.warmRuns }, () => run(argv, cacheDir));
    await rm(cacheDir, { recursive: true, force: true });
    rows.push({ command: launcher.name, state: 'cold', runs: cold }, { command: launcher.name, state: 'warm', runs: warm });
  }
  return rows;
}

/** Milliseconds from spawn to exit; a failed run is an error, never a figure. */
function run(argv: string[], cacheDir: string): number {
  const started = performance.now();
  const result = spawnSync(argv[0]!, argv.slice(1), {
    env: { ...process.env, CACHE_DIR: cacheDir, LLM: 'off', LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`${argv.join(' ')} exited with ${result.status ?? result.signal}: ${result.stderr || result.error?.message}`);
  return elapsed;
}

export function startupTable(rows: readonly StartupRow[]): Table {
  return {
    title: '4. Start-up: one question from the shell, bundled story',
    columns: ['command', 'saved index', 'runs:', 'median:', 'min:', 'max:'],
    rows: rows.map((row) => [
      `\`${row.command} "…"\``,
      row.state === 'cold' ? 'none (fresh CACHE_DIR)' : 'present',
      String(row.runs.length),
      ms(median(row.runs)),
      ms(Math.min(...row.runs)),
      ms(Math.max(...row.runs)),
    ]),
    notes: [
      'Wall clock from spawn to exit, with `LLM=off`. `npx` itself (resolving the package and its bin) costs the difference between the two',
      'commands; the bundled story is small, so "cold" and "warm" differ by little more than building its index.',
    ],
  };
}
