import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../src/discord/command.js';
import { renderFacts } from '../src/discord/render.js';
import { deliver, interactionTarget } from '../src/discord/reply.js';
import type { Story } from '../src/story.js';

export const data = new SlashCommandBuilder()
  .setName('facts')
  .setDescription('The key facts of the story: people, figures, places, dates')
  .addStringOption((option) => option.setName('topic').setDescription('Only facts about this').setMaxLength(100));

export const limited = true;

export async function execute(interaction: ChatInputCommandInteraction, story: Story, context: CommandContext): Promise<void> {
  const topic = interaction.options.getString('topic')?.trim() || undefined;
  await context.acknowledge(interaction);
  await deliver(interactionTarget(interaction), renderFacts(await story.facts(topic), story.corpus, topic));
}
