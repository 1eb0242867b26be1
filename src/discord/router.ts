import type { AutocompleteInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import type { Logger } from 'pino';
import { InvalidQuestionError } from '../answer/question.js';
import type { DiscordConfig } from '../config.js';
import type { Story } from '../story.js';
import { isAllowed, type Place } from './access.js';
import type { Command, CommandContext } from './command.js';
import { failureNotice, newErrorId, RESTARTING_NOTICE, UserFacingError } from './errors.js';
import { rateLimitNotice, type QuestionRateLimit } from './rate-limit.js';
import { renderNotice } from './render.js';
import { replyPrivately } from './reply.js';

export type Outcome = 'ok' | 'rejected' | 'rate-limited' | 'not-allowed' | 'draining' | 'error';

export interface RouterOptions {
  commands: ReadonlyMap<string, Command>;
  story: Story;
  context: CommandContext;
  access: Pick<DiscordConfig, 'allowedGuildIds' | 'allowedChannelIds'>;
  rateLimit: QuestionRateLimit;
  logger: Logger;
  /** True once the bot is shutting down: new commands are turned away politely. */
  isDraining: () => boolean;
}

/**
 * Routes every interaction to its command: slash commands to `execute`, typing in an option to
 * `autocomplete`. Around each command it checks the allow-lists and the user's rate limit, turns a failure
 * into a short private message with an error id (the bot keeps serving), and logs one line per interaction
 * with the command, its latency and its outcome.
 */
export function createInteractionRouter(options: RouterOptions): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    if (interaction.isChatInputCommand()) await runCommand(interaction, options);
    else if (interaction.isAutocomplete()) await runAutocomplete(interaction, options);
  };
}

async function runCommand(interaction: ChatInputCommandInteraction, options: RouterOptions): Promise<void> {
  const started = performance.now();
  const command = options.commands.get(interaction.commandName);
  let outcome: Outcome = 'ok';
  let errorId: string | undefined;
  let failure: unknown;
  try {
    outcome = await admit(interaction, command, options);
    if (outcome === 'ok') await command!.execute(interaction, options.story, options.context);
  } catch (error) {
    if (error instanceof UserFacingError || error instanceof InvalidQuestionError) {
      outcome = 'rejected';
      await replyPrivately(interaction, renderNotice(error.message)).catch(() => undefined);
    } else {
      outcome = 'error';
      errorId = newErrorId();
      failure = error;
      await replyPrivately(interaction, renderNotice(failureNotice(errorId))).catch(() => undefined);
    }
  } finally {
    const line = { ...describe(interaction), command: interaction.commandName, latencyMs: Math.round(performance.now() - started), outcome };
    if (outcome === 'error') options.logger.error({ ...line, errorId, err: failure }, 'command failed');
    else options.logger.info(line, 'command');
  }
}

/** Whether the command may run here and now; when it may not, the user has been told why. */
async function admit(interaction: ChatInputCommandInteraction, command: Command | undefined, options: RouterOptions): Promise<Outcome> {
  if (!command) throw new UserFacingError(`I no longer have a /${interaction.commandName} command. Try /help.`);
  if (options.isDraining()) {
    await replyPrivately(interaction, renderNotice(RESTARTING_NOTICE));
    return 'draining';
  }
  if (!isAllowed(options.access, placeOf(interaction))) {
    await replyPrivately(interaction, renderNotice("I'm not enabled in this channel."));
    return 'not-allowed';
  }
  if (command.limited) {
    const wait = await options.rateLimit.take(interaction.user.id);
    if (wait !== null) {
      await replyPrivately(interaction, renderNotice(rateLimitNotice(wait)));
      return 'rate-limited';
    }
  }
  return 'ok';
}

async function runAutocomplete(interaction: AutocompleteInteraction, options: RouterOptions): Promise<void> {
  const started = performance.now();
  const command = options.commands.get(interaction.commandName);
  let outcome: Outcome = 'ok';
  try {
    if (!command?.autocomplete || !isAllowed(options.access, placeOf(interaction))) {
      outcome = 'not-allowed';
      await interaction.respond([]);
    } else {
      await command.autocomplete(interaction, options.story);
    }
  } catch (error) {
    outcome = 'error';
    options.logger.warn({ err: error, command: interaction.commandName }, 'autocomplete failed');
    if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
  } finally {
    // Autocomplete runs at every keystroke: its lines are for debugging, not for the normal log.
    const latencyMs = Math.round(performance.now() - started);
    options.logger.debug({ ...describe(interaction), command: interaction.commandName, latencyMs, outcome }, 'autocomplete');
  }
}

function placeOf(interaction: ChatInputCommandInteraction | AutocompleteInteraction): Place {
  const channel = interaction.channel;
  return {
    guildId: interaction.guildId,
    channelId: interaction.channelId ?? '',
    parentId: channel?.isThread() ? channel.parentId : null,
  };
}

function describe(interaction: ChatInputCommandInteraction | AutocompleteInteraction) {
  return {
    kind: interaction.isAutocomplete() ? 'autocomplete' : 'command',
    interaction: interaction.id,
    user: interaction.user.id,
    guild: interaction.guildId,
    channel: interaction.channelId,
  };
}
