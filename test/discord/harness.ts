import { Writable } from 'node:stream';
import { pino } from 'pino';
import { parseConfig } from '../../src/config.js';
import { startBot, type BotTuning, type RunningBot } from '../../src/discord/bot.js';
import type { Story } from '../../src/story.js';
import { Waitlist } from '../doubles/waitlist.js';
import { BOT_TOKEN, DiscordDouble, Ids, type DiscordDoubleOptions, type InteractionRecord } from '../doubles/discord.js';

export type LogLine = Record<string, unknown> & { msg?: string; level: number };

/** The bot's log lines, parsed, so tests can wait for "the command finished" and read its outcome. */
export class LogCapture {
  private readonly seen = new Waitlist<LogLine>((recent) => recent.map((line) => JSON.stringify(line)).join('\n'));
  readonly lines: readonly LogLine[] = this.seen.items;

  readonly stream = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      for (const text of chunk.toString('utf8').split('\n').filter(Boolean)) this.seen.add(JSON.parse(text) as LogLine);
      done();
    },
  });

  waitFor(match: (line: LogLine) => boolean, timeoutMs = 5000): Promise<LogLine> {
    return this.seen.waitFor(match, timeoutMs, 'such log line');
  }
}

export interface Harness {
  double: DiscordDouble;
  bot: RunningBot;
  logs: LogCapture;
  /** Waits for the bot's log line of an interaction: the command has replied completely. */
  finished(interaction: InteractionRecord): Promise<LogLine>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  story: Story;
  double?: DiscordDoubleOptions;
  /** Extra environment variables, as in `.env`. */
  env?: Record<string, string>;
  tuning?: BotTuning;
}

/**
 * Starts the protocol double and the bot the way `npm start` does: a config parsed from environment
 * variables (with `DISCORD_API_BASE` pointing at the double) passed to `startBot`.
 */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const double = await DiscordDouble.start(options.double);
  const config = parseConfig({
    DISCORD_TOKEN: BOT_TOKEN,
    DISCORD_CLIENT_ID: Ids.application,
    DISCORD_API_BASE: double.apiBase,
    LLM: 'off',
    RATE_LIMIT_PER_MINUTE: '1000',
    ...options.env,
  });
  const logs = new LogCapture();
  const logger = pino({ level: 'debug' }, logs.stream);
  // Short REST timeouts and no rate-limit offset keep failures quick; the rest is discord.js's defaults.
  const tuning: BotTuning = { handleSignals: false, ...options.tuning, rest: { timeout: 3000, retries: 1, offset: 0, ...options.tuning?.rest } };
  const bot = await startBot({ config, story: options.story, logger, tuning }).catch(async (error: unknown) => {
    await double.close();
    throw error;
  });
  return {
    double,
    bot,
    logs,
    finished: (interaction) => logs.waitFor((line) => line.interaction === interaction.id && (line.msg === 'command' || line.msg === 'command failed')),
    async close() {
      await bot.stop();
      await double.close();
    },
  };
}
