import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult, type RESTOptions } from 'discord.js';
import type { Logger } from 'pino';
import { ConfigError, loadConfig, type DiscordConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { isMainModule, runScript } from './run-script.js';

/** The bot's entry point, which `npm start` runs; each shard is one process running it. */
export const BOT_SCRIPT = fileURLToPath(new URL('../main.js', import.meta.url));

export interface ShardedOptions {
  discord: DiscordConfig;
  logger: Logger;
  /** The script each shard runs. Default: the bot's entry point. */
  script?: string;
  /** Node options for the shard processes (e.g. a loader). */
  execArgv?: string[];
  rest?: Partial<RESTOptions>;
}

export interface RunningShards {
  manager: ShardingManager;
  /** Asks every shard to finish its replies and disconnect (SIGTERM), and waits for them to exit. */
  stop(): Promise<void>;
}

/**
 * Runs the bot under discord.js's `ShardingManager`, one process per shard, for installations too large for
 * one gateway connection. The shard count is the one Discord recommends, asked through the configured API
 * base (the manager's own "auto" would always ask discord.com).
 */
export async function startSharded(options: ShardedOptions): Promise<RunningShards> {
  const { discord, logger } = options;
  const totalShards = await recommendedShards(discord, options.rest);
  const manager = new ShardingManager(options.script ?? BOT_SCRIPT, {
    token: discord.token,
    totalShards,
    mode: 'process',
    respawn: true,
    execArgv: options.execArgv ?? [],
  });
  manager.on('shardCreate', (shard) => {
    logger.info({ shard: shard.id, totalShards }, 'shard started');
    shard.on('death', () => logger.warn({ shard: shard.id }, 'shard process exited'));
  });
  await manager.spawn({ amount: totalShards });

  const stop = async () => {
    manager.respawn = false;
    await Promise.all(
      manager.shards.map(
        (shard) =>
          new Promise<void>((resolve) => {
            const child = shard.process;
            if (!child || child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
  };
  return { manager, stop };
}

async function recommendedShards(discord: DiscordConfig, rest: Partial<RESTOptions> = {}): Promise<number> {
  const client = new REST({ ...rest, api: discord.apiBase }).setToken(discord.token);
  const gateway = (await client.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return Math.max(1, gateway.shards);
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.discord) throw new ConfigError('DISCORD_TOKEN is not set: the sharded bot needs the bot token');
  const logger = createLogger(config.logLevel ?? 'info');
  const shards = await startSharded({ discord: config.discord, logger });
  const onSignal = () => {
    logger.info('stopping every shard');
    void shards.stop();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

if (isMainModule(import.meta.url)) runScript(main);
