import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../src/discord/command.js';
import { renderSummary } from '../src/discord/render.js';
import { deliver, interactionTarget } from '../src/discord/reply.js';
import type { Story } from '../src/story.js';

export const data = new SlashCommandBuilder().setName('summary').setDescription('The story in a few cited points');

export const limited = true;

export async function execute(interaction: ChatInputCommandInteraction, story: Story, context: CommandContext): Promise<void> {
  await context.acknowledge(interaction);
  await deliver(interactionTarget(interaction), renderSummary(await story.summary(), story.corpus, context.render));
}
