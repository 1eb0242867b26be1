import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startSharded, type RunningShards } from '../../src/discord/sharded.js';
import { BOT_TOKEN, DiscordDouble } from '../doubles/discord.js';

describe('the sharded bot against the Discord protocol double', () => {
  let double: DiscordDouble;
  let shards: RunningShards;
  const saved = { ...process.env };

  beforeAll(async () => {
    double = await DiscordDouble.start();
    // The ShardingManager hands its own environment down to each shard process.
    Object.assign(process.env, { DISCORD_API_BASE: double.apiBase, LLM: 'off', RATE_LIMIT_PER_MINUTE: '100' });
    const discord = parseConfig({ DISCORD_TOKEN: BOT_TOKEN, DISCORD_API_BASE: double.apiBase }).discord!;
    shards = await startSharded({
      discord,
      logger: pino({ level: 'silent' }),
      script: fileURLToPath(new URL('./fixtures/shard-bot.ts', import.meta.url)),
      execArgv: ['--import', 'tsx'],
    });
  }, 30_000);

  afterAll(async () => {
    await shards?.stop();
    await double.close();
    process.env = saved;
  });

  it('spawns the shard count the API recommends, each identifying as its shard', () => {
    expect(shards.manager.totalShards).toBe(1);
    expect(double.identifies.map((identify) => identify.shard)).toEqual([[0, 1]]);
    expect(double.requests.filter((request) => request.path === '/gateway/bot').length).toBeGreaterThanOrEqual(2);
  });

  it('answers a slash command from the shard process', async () => {
    const ask = double.sendSlashCommand('ask', { question: 'Where will Trump meet Putin?' });
    await double.waitForRequest((request) => request.method === 'PATCH' && request.path.includes(ask.token));
    expect(ask.original!.embeds[0]!.description).toContain('[1]');
  });

  it('stops every shard on request, letting each finish and exit', async () => {
    const children = shards.manager.shards.map((shard) => shard.process!);
    await shards.stop();
    // Exit code 0, not death by the signal: the shard's own handler finished, disconnected and let go.
    expect(children.map((child) => [child.exitCode, child.signalCode])).toEqual([[0, null]]);
  });
});
