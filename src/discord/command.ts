import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Story } from '../story.js';
import type { CommandSummary, RenderOptions } from './render.js';

/** What every command may use besides the story. */
export interface CommandContext {
  render: RenderOptions;
  /** The commands the bot offers, for /help. */
  commands: CommandSummary[];
  /** Whether mention and thread conversations are on (the Message Content intent was granted). */
  conversations: boolean;
  /** The shortest time between two edits of a streaming reply. */
  editIntervalMs: number;
  /**
   * Defers the reply (Discord's acknowledgement), then waits while other interactions' acknowledgements are
   * still in flight, so slow work never holds them up.
   */
  acknowledge(interaction: ChatInputCommandInteraction): Promise<void>;
}

/**
 * A slash command in the discord.js guide's shape: one module per command in `commands/`, exporting `data`
 * (a `SlashCommandBuilder`), `execute` and, for options with suggestions, `autocomplete`. Commands only
 * parse options, call the story and render; the router does access checks, rate limits, errors and logs.
 */
export interface Command {
  data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** True when each use counts as a question against the user's per-minute allowance. */
  limited?: boolean;
  execute(interaction: ChatInputCommandInteraction, story: Story, context: CommandContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, story: Story): Promise<void>;
}

export function isCommand(value: unknown): value is Command {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof Command, unknown>>;
  const data = candidate.data as { name?: unknown; toJSON?: unknown } | undefined;
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof data.name === 'string' &&
    typeof data.toJSON === 'function' &&
    typeof candidate.execute === 'function' &&
    (candidate.autocomplete === undefined || typeof candidate.autocomplete === 'function')
  );
}
