import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../src/discord/command.js';
import { renderHelp } from '../src/discord/render.js';
import { replyPrivately } from '../src/discord/reply.js';
import type { Story } from '../src/story.js';

export const data = new SlashCommandBuilder().setName('help').setDescription('What this bot can do');

export async function execute(interaction: ChatInputCommandInteraction, _story: Story, context: CommandContext): Promise<void> {
  const [message] = renderHelp(context.commands, context.conversations);
  await replyPrivately(interaction, message!);
}
