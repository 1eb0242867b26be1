import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { deployCommands, deployFromConfig } from '../../src/discord/deploy-commands.js';
import { BOT_TOKEN, DiscordDouble, Ids } from '../doubles/discord.js';

const run = promisify(execFile);

describe('deploy-commands against the Discord protocol double', () => {
  let double: DiscordDouble;
  beforeAll(async () => {
    double = await DiscordDouble.start();
  });
  afterAll(() => double.close());

  const discordConfig = (env: Record<string, string>) =>
    parseConfig({ DISCORD_TOKEN: BOT_TOKEN, DISCORD_API_BASE: double.apiBase, ...env }).discord!;

  it('registers every command in the guild when DISCORD_GUILD_ID is set, with definitions Discord accepts', async () => {
    const result = await deployCommands(discordConfig({ DISCORD_CLIENT_ID: Ids.application, DISCORD_GUILD_ID: Ids.guild }));
    expect(result).toMatchObject({ scope: 'guild', applicationId: Ids.application, guildId: Ids.guild });
    const put = await double.waitForRequest((request) => request.method === 'PUT' && request.path === `/applications/${Ids.application}/guilds/${Ids.guild}/commands`);
    expect(put.status).toBe(200);
    const body = put.body as { name: string; options?: { name: string; autocomplete?: boolean; required?: boolean; max_length?: number }[] }[];
    expect(body.map((command) => command.name).sort()).toEqual(['ask', 'facts', 'help', 'quote', 'sources', 'summary']);
    const quote = body.find((command) => command.name === 'quote')!;
    expect(quote.options![0]).toMatchObject({ name: 'speaker', autocomplete: true, required: true });
    expect(body.find((command) => command.name === 'ask')!.options![0]).toMatchObject({ name: 'question', required: true, max_length: 500 });
  });

  it('registers them globally without a guild, asking Discord for the application id when it is not configured', async () => {
    const before = double.requests.length;
    const result = await deployCommands(discordConfig({}));
    expect(result).toMatchObject({ scope: 'global', applicationId: Ids.application });
    const requests = double.requests.slice(before).map((request) => `${request.method} ${request.path} ${request.status}`);
    expect(requests).toEqual(['GET /applications/@me 200', `PUT /applications/${Ids.application}/commands 200`]);
  });

  it('runs as the npm script does and says what it registered in one line', async () => {
    const env = { ...process.env, DISCORD_TOKEN: BOT_TOKEN, DISCORD_API_BASE: double.apiBase, DISCORD_CLIENT_ID: Ids.application, DISCORD_GUILD_ID: Ids.guild };
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/discord/deploy-commands.ts'], { env });
    expect(stdout).toBe(`Registered 6 commands in guild ${Ids.guild} (available at once): /ask, /facts, /help, /quote, /sources, /summary\n`);
  });

  it('says plainly that a token is needed when DISCORD_TOKEN is not set', async () => {
    await expect(deployFromConfig(parseConfig({}))).rejects.toThrow('DISCORD_TOKEN is not set: deploying commands needs the bot token');
  });
});
