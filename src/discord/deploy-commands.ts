import { REST, Routes, type RESTGetCurrentApplicationResult, type RESTOptions } from 'discord.js';
import { ConfigError, loadConfig, type Config, type DiscordConfig } from '../config.js';
import type { Command } from './command.js';
import { loadCommands } from './load-commands.js';
import { isMainModule, runScript } from './run-script.js';

export interface DeployResult {
  scope: 'guild' | 'global';
  applicationId: string;
  guildId: string | undefined;
  /** The names of the commands registered. */
  commands: string[];
}

export interface DeployOptions {
  commands?: ReadonlyMap<string, Command>;
  rest?: Partial<RESTOptions>;
}

/**
 * Registers the slash commands with Discord's REST API, replacing the ones registered before: in one guild
 * when `DISCORD_GUILD_ID` is set (they appear at once, for development), globally otherwise. Without
 * `DISCORD_CLIENT_ID` the application id is asked of Discord with the token.
 */
export async function deployCommands(discord: DiscordConfig, options: DeployOptions = {}): Promise<DeployResult> {
  const commands = options.commands ?? (await loadCommands());
  const rest = new REST({ ...options.rest, api: discord.apiBase }).setToken(discord.token);
  const applicationId = discord.clientId ?? ((await rest.get(Routes.currentApplication())) as RESTGetCurrentApplicationResult).id;
  const body = [...commands.values()].map((command) => command.data.toJSON());
  const route = discord.guildId ? Routes.applicationGuildCommands(applicationId, discord.guildId) : Routes.applicationCommands(applicationId);
  await rest.put(route, { body });
  return { scope: discord.guildId ? 'guild' : 'global', applicationId, guildId: discord.guildId, commands: body.map((command) => command.name) };
}

/** Deploys with the configuration `npm run deploy-commands` reads; returns the line it prints. */
export async function deployFromConfig(config: Config, options: DeployOptions = {}): Promise<string> {
  if (!config.discord) throw new ConfigError('DISCORD_TOKEN is not set: deploying commands needs the bot token');
  const result = await deployCommands(config.discord, options);
  const where = result.scope === 'guild' ? `in guild ${result.guildId} (available at once)` : 'globally (every server the bot is in)';
  return `Registered ${result.commands.length} commands ${where}: /${result.commands.join(', /')}`;
}

if (isMainModule(import.meta.url)) runScript(async () => void process.stdout.write(`${await deployFromConfig(loadConfig())}\n`));
