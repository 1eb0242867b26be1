import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { UserFacingError } from '../src/discord/errors.js';
import { DiscordLimits } from '../src/discord/limits.js';
import { renderQuotes, renderUnknownSpeaker } from '../src/discord/render.js';
import { deliver, interactionTarget } from '../src/discord/reply.js';
import { truncate } from '../src/discord/escape.js';
import type { Story } from '../src/story.js';

export const data = new SlashCommandBuilder()
  .setName('quote')
  .setDescription('What someone said in the story, with the paragraphs it comes from')
  .addStringOption((option) =>
    option.setName('speaker').setDescription('Who (any part of their name)').setRequired(true).setAutocomplete(true).setMaxLength(100),
  )
  .addStringOption((option) => option.setName('about').setDescription('Only quotations about this').setMaxLength(100));

export const limited = true;

export async function execute(interaction: ChatInputCommandInteraction, story: Story): Promise<void> {
  const typed = interaction.options.getString('speaker', true);
  const about = interaction.options.getString('about')?.trim() || undefined;
  const speaker = await story.findSpeaker(typed);
  if (!speaker) throw new UserFacingError(renderUnknownSpeaker(typed, await story.speakers()).content!);
  const quotes = await story.quotes({ speaker: speaker.name, about });
  await deliver(interactionTarget(interaction), renderQuotes(speaker, quotes, story.corpus, about));
}

/** Suggests up to 25 speakers whose name or alias contains what was typed; the most quoted first when nothing is. */
export async function autocomplete(interaction: AutocompleteInteraction, story: Story): Promise<void> {
  const typed = interaction.options.getFocused().trim();
  const speakers = typed
    ? await story.matchSpeakers(typed, DiscordLimits.autocompleteChoices)
    : [...(await story.speakers())].sort((a, b) => b.quotes - a.quotes);
  await interaction.respond(
    speakers.slice(0, DiscordLimits.autocompleteChoices).map((speaker) => ({
      name: truncate(`${speaker.name} (${speaker.quotes} quote${speaker.quotes === 1 ? '' : 's'})`, DiscordLimits.choiceName),
      value: speaker.name.slice(0, DiscordLimits.choiceValue),
    })),
  );
}
