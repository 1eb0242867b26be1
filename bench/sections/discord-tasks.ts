import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { APIUser } from 'discord.js';
import { BOT_TOKEN, DiscordDouble, Ids, type InteractionRecord } from '../../test/doubles/discord.js';
import { distribution, type Distribution } from '../support/stats.js';

/**
 * The worker side of the Discord section: the protocol double in this process, and the bot in its own, started
 * as `npm start` starts it (`dist/src/main.js` with DISCORD_TOKEN and DISCORD_API_BASE pointing at the double;
 * discord.js unmodified with its default REST settings; the extractive answerer). The bot's work then cannot
 * delay the double's clock, as Discord's servers are not slowed by the bot either.
 */

const BOT_MAIN = fileURLToPath(new URL('../../src/main.js', import.meta.url));

export interface DiscordInput {
  corpusDir: string;
  questions: string[];
  bursts: number[];
  /** How long a burst may take before its unfinished interactions count as errors. */
  timeoutMs: number;
}

export interface BurstResult {
  concurrent: number;
  /** From the double dispatching INTERACTION_CREATE to the bot's interaction callback reaching it. */
  ack: Distribution;
  /** From dispatch to the last request of the interaction's reply (its final edit or follow-up). */
  reply: Distribution;
  errors: number;
  /** What went wrong, for the first few errors. */
  problems: string[];
}

interface CommandLog {
  interaction?: string;
  msg?: string;
  outcome?: string;
}

export async function discordTask({ corpusDir, questions, bursts, timeoutMs }: DiscordInput): Promise<BurstResult[]> {
  const double = await DiscordDouble.start();
  const cacheDir = await mkdtemp(join(tmpdir(), 'storybot-bench-discord-'));
  const outcomes = new Outcomes();
  const bot = startBotProcess(double, corpusDir, cacheDir, outcomes);
  try {
    await Promise.race([double.waitForSession(timeoutMs), bot.exited]);
    await runBurst(double, outcomes, [questions[0]!], 0, timeoutMs); // warm-up: the first /ask loads what it needs
    const results: BurstResult[] = [];
    for (const [i, concurrent] of bursts.entries()) {
      const asked = Array.from({ length: concurrent }, (_, n) => questions[n % questions.length]!);
      results.push(await runBurst(double, outcomes, asked, (i + 1) * 10_000, timeoutMs));
    }
    return results;
  } finally {
    await bot.stop();
    await double.close();
    await rm(cacheDir, { recursive: true, force: true });
  }
}

/** `npm start` with the double as Discord: its log lines (JSON on standard error) say when each reply is done. */
function startBotProcess(double: DiscordDouble, corpusDir: string, cacheDir: string, outcomes: Outcomes) {
  const child: ChildProcess = spawn(process.execPath, [BOT_MAIN], {
    env: {
      ...process.env,
      DISCORD_TOKEN: BOT_TOKEN,
      DISCORD_CLIENT_ID: Ids.application,
      DISCORD_API_BASE: double.apiBase,
      CORPUS_DIR: corpusDir,
      CACHE_DIR: cacheDir,
      LLM: 'off',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  createInterface({ input: child.stderr! }).on('line', (line) => outcomes.add(line));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code, signal) => reject(new Error(`the bot exited (${signal ?? `code ${code}`}): ${outcomes.lastLines()}`))),
  );
  exited.catch(() => undefined);
  return {
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await gone;
    },
  };
}

async function runBurst(double: DiscordDouble, outcomes: Outcomes, asked: string[], firstUser: number, timeoutMs: number): Promise<BurstResult> {
  // One user each, as a crowd would be: the per-user rate limit is not what is measured here.
  const records = asked.map((question, n) => double.sendSlashCommand('ask', { question }, { user: benchUser(firstUser + n) }));
  const logs = await Promise.all(records.map((record) => outcomes.waitFor(record.id, timeoutMs)));

  const acks: number[] = [];
  const replies: number[] = [];
  const problems: string[] = [];
  records.forEach((record, n) => {
    const log = logs[n];
    const failed = double.requests.filter((request) => request.path.includes(record.token) && request.status >= 400);
    if (!record.callback) problems.push(`interaction ${n}: never acknowledged`);
    else if (!log) problems.push(`interaction ${n}: no reply within ${timeoutMs} ms`);
    else if (log.outcome !== 'ok') problems.push(`interaction ${n}: outcome ${log.outcome ?? log.msg}`);
    else if (failed.length > 0) problems.push(`interaction ${n}: ${failed.map((request) => `${request.method} ${request.status}`).join(', ')}`);
    if (record.callback) acks.push(record.callback.at - record.dispatchedAt);
    const last = lastReplyAt(double, record);
    if (log && last !== null) replies.push(last - record.dispatchedAt);
  });
  return { concurrent: asked.length, ack: distribution(acks), reply: distribution(replies), errors: problems.length, problems: problems.slice(0, 5) };
}

function lastReplyAt(double: DiscordDouble, record: InteractionRecord): number | null {
  let last: number | null = null;
  for (const request of double.requests) if (request.path.includes(record.token) && request.status < 400) last = request.at;
  return last;
}

function benchUser(n: number): APIUser {
  const id = String(800_000_000_000_000_000n + BigInt(n));
  return { id, username: `reader${n}`, discriminator: '0', global_name: `reader${n}`, avatar: null };
}

/** The bot's one log line per interaction, read as it is written, so a burst knows when each reply is done. */
class Outcomes {
  private readonly seen = new Map<string, CommandLog>();
  private readonly waiting = new Map<string, (log: CommandLog) => void>();
  private readonly recent: string[] = [];

  add(line: string): void {
    this.recent.push(line);
    if (this.recent.length > 5) this.recent.shift();
    let log: CommandLog;
    try {
      log = JSON.parse(line) as CommandLog;
    } catch {
      return;
    }
    if (!log.interaction || (log.msg !== 'command' && log.msg !== 'command failed')) return;
    this.seen.set(log.interaction, log);
    this.waiting.get(log.interaction)?.(log);
  }

  lastLines(): string {
    return this.recent.join('\n');
  }

  waitFor(interaction: string, timeoutMs: number): Promise<CommandLog | null> {
    const seen = this.seen.get(interaction);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), timeoutMs);
      this.waiting.set(interaction, (log) => {
        clearTimeout(timer);
        resolve(log);
      });
    });
  }
}
