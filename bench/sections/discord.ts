import { runInWorker } from '../support/child.js';
import { ms } from '../support/format.js';
import type { Table } from '../support/table.js';
import type { BurstResult } from './discord-tasks.js';

/** Section 6: bursts of concurrent `/ask` against the Discord protocol double. */
export async function measureDiscord(options: { corpusDir: string; questions: string[]; bursts: number[] }, log: (line: string) => void): Promise<BurstResult[]> {
  log(`discord: bursts of ${options.bursts.join(' and ')} concurrent /ask`);
  return runInWorker<BurstResult[]>('discord:bursts', { ...options, timeoutMs: 60_000 });
}

export function discordTable(rows: readonly BurstResult[]): Table {
  return {
    title: '6. Discord: concurrent `/ask` against the protocol double',
    columns: ['concurrent:', 'ack p50:', 'ack p99:', 'final reply p50:', 'final reply p99:', 'errors:'],
    rows: rows.map((row) => [String(row.concurrent), ms(row.ack.p50), ms(row.ack.p99), ms(row.reply.p50), ms(row.reply.p99), String(row.errors)]),
    notes: [
      'The bot started as `npm start` starts it (`dist/src/main.js`, unmodified discord.js with its default REST settings, extractive',
      'answers on the bundled story), in its own process, against `test/doubles/discord.ts` on 127.0.0.1 in the bench\'s process. The',
      'double dispatches every INTERACTION_CREATE of a burst at once, each from a different user; "ack" is dispatch → the interaction',
      'callback (`deferReply`) arriving, "final reply" dispatch → the last request of the reply. An error is an interaction not',
      'acknowledged, not answered within 60 s, failed, or answered with a 4xx/5xx.',
      'Acknowledgements go first: once richer answers cost 0.8 ms rather than 0.35 ms, the answers to a burst\'s first interactions',
      'held up the acknowledgements of its last (200: p99 296 to 446 ms over four runs, against 197 ms before). The bot now warms the',
      'story before it connects and holds each answer back while other acknowledgements are in flight (`src/discord/acknowledgements.ts`).',
      ...rows.flatMap((row) => row.problems.map((problem) => `Burst of ${row.concurrent}: ${problem}.`)),
    ],
  };
}
