import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { renderSources } from '../src/discord/render.js';
import { deliver, interactionTarget } from '../src/discord/reply.js';
import type { Story } from '../src/story.js';

export const data = new SlashCommandBuilder().setName('sources').setDescription('The articles the bot knows, with their links');

export async function execute(interaction: ChatInputCommandInteraction, story: Story): Promise<void> {
  await deliver(interactionTarget(interaction), renderSources(story.sources()));
}
