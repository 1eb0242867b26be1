import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { answerInto } from '../src/discord/answering.js';
import type { CommandContext } from '../src/discord/command.js';
import { UserFacingError } from '../src/discord/errors.js';
import { checkQuestion, MAX_QUESTION_LENGTH } from '../src/answer/question.js';
import { interactionTarget } from '../src/discord/reply.js';
import type { Story } from '../src/story.js';

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask a question about the story; the answer cites its paragraphs')
  .addStringOption((option) =>
    option.setName('question').setDescription('What you want to know').setRequired(true).setMaxLength(MAX_QUESTION_LENGTH),
  );

export const limited = true;

export async function execute(interaction: ChatInputCommandInteraction, story: Story, context: CommandContext): Promise<void> {
  const check = checkQuestion(interaction.options.getString('question', true));
  if (!check.ok) throw new UserFacingError(check.error.message);
  await context.acknowledge(interaction);
  await answerInto(interactionTarget(interaction), story, check.question, { render: context.render, editIntervalMs: context.editIntervalMs });
}
