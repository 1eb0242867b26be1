import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../src/answer/schema.js';
import { fitsDiscordLimits } from '../../src/discord/limits.js';
import type { OutgoingMessage } from '../../src/discord/pack.js';
import {
  renderAnswer,
  renderFacts,
  renderHelp,
  renderPartialAnswer,
  renderQuotes,
  renderSources,
  renderSummary,
  renderUnknownSpeaker,
} from '../../src/discord/render.js';
import { corpus, fakeStory, speakers } from './fake-story.js';

const citation = (n: number, paragraph: number, text: string, url: string | null = 'https://news.example/bridge'): Citation => ({
  n,
  article: 'bridge-vote',
  paragraph,
  text,
  url,
});

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    question: 'When does construction start?',
    answered: true,
    answer: 'Construction will start in spring [1].',
    citations: [citation(1, 3, 'Construction will start in spring and should take two years, the council said.')],
    mode: 'extractive',
    note: null,
    usage: null,
    latencyMs: 2,
    ...overrides,
  };
}

const allText = (messages: OutgoingMessage[]) =>
  messages
    .flatMap((message) => [message.content ?? '', ...(message.embeds ?? []).flatMap((embed) => [embed.title ?? '', embed.description ?? '', ...(embed.fields ?? []).map((field) => field.value)])])
    .join('\n');

describe('renderAnswer', () => {
  it('shows the answer with its [n] markers and the numbered sources, each linked to its paragraph', () => {
    const [message] = renderAnswer(answer(), corpus);
    const embed = message!.embeds![0]!;
    expect(embed.title).toBe('When does construction start?');
    expect(embed.description).toBe('Construction will start in spring [1].');
    expect(embed.fields).toEqual([
      { name: 'Sources', value: '**[1]** [¶3 — “Construction will start in spring and should take two years, the council said.”](https://news.example/bridge)' },
    ]);
  });

  it('shortens a long cited paragraph to a snippet ending with an ellipsis', () => {
    const long = `${'The council debated the bridge for many hours '.repeat(5)}before voting.`;
    const [message] = renderAnswer(answer({ citations: [citation(1, 1, long)] }), corpus);
    const value = message!.embeds![0]!.fields![0]!.value;
    expect(value).toMatch(/^\*\*\[1\]\*\* \[¶1 — “The council debated .{20,80}…”\]\(/);
  });

  it('names the mode discreetly in the footer, with the model for LLM answers', () => {
    expect(renderAnswer(answer(), corpus)[0]!.embeds![0]!.footer?.text).toBe('extractive answer');
    const llm = renderAnswer(answer({ mode: 'llm' }), corpus, { llmModel: 'qwen2.5:7b' });
    expect(llm[0]!.embeds![0]!.footer?.text).toBe('LLM answer · qwen2.5:7b');
  });

  it("shows the answer's note, such as a fallback", () => {
    const [message] = renderAnswer(answer({ note: 'The LLM did not answer in time; this is the extractive answer.' }), corpus);
    expect(message!.embeds![0]!.description).toContain('*The LLM did not answer in time; this is the extractive answer.*');
  });

  it('escapes Markdown in the answer and in the sources so story text cannot change the formatting', () => {
    const tricky = 'The **mayor** said `hi` and [click](https://evil.example) > quote';
    const [message] = renderAnswer(answer({ answer: `${tricky} [1]`, citations: [citation(1, 2, tricky)] }), corpus);
    const embed = message!.embeds![0]!;
    expect(embed.description).toBe('The \\*\\*mayor\\*\\* said \\`hi\\` and \\[click]\\(https://evil.example) > quote [1]');
    expect(embed.fields![0]!.value).not.toContain('](https://evil');
    expect(embed.fields![0]!.value).toContain('\\*\\*mayor\\*\\*');
  });

  it('keeps a source link whole when its URL has parentheses or spaces', () => {
    const url = 'https://news.example/a_(b) c#:~:text=The%20council';
    const [message] = renderAnswer(answer({ citations: [citation(1, 1, 'The council met.', url)] }), corpus);
    expect(message!.embeds![0]!.fields![0]!.value).toContain('(https://news.example/a_%28b%29%20c#:~:text=The%20council)');
  });

  it('lists a source that is not a web page without a link', () => {
    const [message] = renderAnswer(answer({ citations: [citation(1, 3, 'Construction will start in spring.', null)] }), corpus);
    expect(message!.embeds![0]!.fields![0]!.value).toBe('**[1]** ¶3 — “Construction will start in spring.”');
  });

  it('names the article of each source when the citations come from several articles', () => {
    const second: Citation = { n: 2, article: 'bridge-reactions', paragraph: 1, text: 'We waited.', url: null };
    const [message] = renderAnswer(answer({ answer: 'Yes [1][2].', citations: [citation(1, 3, 'Spring.'), second] }), corpus);
    expect(message!.embeds![0]!.fields![0]!.value).toContain('**[2]** Residents react to the bridge (and the… ¶1 — “We waited.”');
  });

  it('splits an answer longer than every limit into several valid messages, losing no word', () => {
    const sentences = Array.from({ length: 400 }, (_, i) => `Sentence number ${i} tells part of a very long answer [${(i % 40) + 1}].`);
    const text = sentences.join(' ');
    const citations = Array.from({ length: 40 }, (_, i) => citation(i + 1, i + 1, `Paragraph ${i + 1} ${'is long and detailed '.repeat(8)}`));
    const messages = renderAnswer(answer({ answer: text, citations }), corpus);
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) expect(fitsDiscordLimits(message)).toBe(true);
    const descriptions = messages.flatMap((message) => message.embeds!.map((embed) => embed.description ?? '')).join(' ');
    expect(descriptions.split(/\s+/).filter(Boolean)).toEqual(text.split(' '));
    const sourceLines = messages.flatMap((message) => message.embeds!.flatMap((embed) => embed.fields ?? [])).flatMap((field) => field.value.split('\n'));
    expect(sourceLines).toHaveLength(40);
    expect(messages.at(-1)!.embeds!.at(-1)!.footer?.text).toBe('extractive answer');
  });

  it('says plainly when the story does not tell, with no sources', () => {
    const [message] = renderAnswer(answer({ answered: false, answer: "The story doesn't say who paid.", citations: [] }), corpus);
    expect(message!.embeds![0]!.description).toBe("The story doesn't say who paid.");
    expect(message!.embeds![0]!.fields).toBeUndefined();
  });
});

describe('renderPartialAnswer', () => {
  it('shows the text written so far in one message that fits, even when it is very long', () => {
    const message = renderPartialAnswer('Why?', 'word '.repeat(2000));
    expect(fitsDiscordLimits(message)).toBe(true);
    expect(message.embeds![0]!.description!.endsWith('…')).toBe(true);
    expect(message.embeds![0]!.footer?.text).toBe('writing…');
  });
});

describe('renderQuotes', () => {
  it("lists the speaker's quotations with markers and the paragraphs they come from", async () => {
    const story = fakeStory();
    const messages = renderQuotes(speakers[0]!, await story.quotes({ speaker: 'lima' }), corpus);
    const embed = messages[0]!.embeds![0]!;
    expect(embed.title).toBe('Ana Lima — 2 quotations');
    expect(embed.description).toContain('> “This bridge joins two halves of our town,” [1]');
    expect(embed.description).toContain('> “the tolls would be low” [2]');
    expect(embed.fields![0]!.value).toContain('¶2');
  });

  it('says so when the speaker never spoke about the topic', () => {
    const messages = renderQuotes(speakers[0]!, [], corpus, 'weather');
    expect(messages[0]!.embeds![0]!.description).toContain('Ana Lima is quoted in the story, but not about “weather”.');
  });
});

describe('renderUnknownSpeaker', () => {
  it('lists who is quoted, most quoted first', () => {
    const message = renderUnknownSpeaker('Zorro', speakers);
    expect(message.content).toMatch(/^I don't know anyone called “Zorro” in this story\. People quoted: \*\*Ana Lima\*\* \(2\), \*\*Tom Okafor\*\* \(1\)/);
  });

  it('stays within one message even when hundreds of people are quoted', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ name: `Person Number ${i}`, aliases: [], quotes: 1, role: null }));
    const message = renderUnknownSpeaker('x'.repeat(300), many);
    expect(fitsDiscordLimits(message)).toBe(true);
    expect(message.content).toMatch(/and \d+ more\./);
  });
});

describe('renderSummary and renderFacts', () => {
  it('numbers the paragraphs cited by every point once, in one shared list', async () => {
    const messages = renderSummary(await fakeStory().summary(), corpus);
    const embed = messages[0]!.embeds![0]!;
    expect(embed.description).toBe('• The council approved the new bridge. [1]\n• Work starts in spring. [2][1]');
    expect(embed.fields![0]!.value.split('\n')).toHaveLength(2);
    expect(embed.footer?.text).toBe('extractive summary');
  });

  it('groups facts by kind and renumbers the markers a fact already carries', async () => {
    const messages = renderFacts(await fakeStory().facts(), corpus);
    const description = messages[0]!.embeds![0]!.description!;
    expect(description).toContain('**People**\n• Ana Lima — Mayor [1]');
    expect(description).toContain('**Dates**\n• Construction starts in spring [2] and takes two years [3]');
    expect(description).toContain('**Figures**\n• Budget: 40 million euros [4]');
  });

  it('says when no fact matches the topic', () => {
    expect(renderFacts([], corpus, 'weather')).toEqual([{ content: 'I found no key facts about “weather” in the story.' }]);
  });
});

describe('renderSources and renderHelp', () => {
  it('lists every article with its link and size', () => {
    const messages = renderSources(fakeStory().sources());
    const embed = messages[0]!.embeds![0]!;
    expect(embed.description).toBe(
      '**1.** [Council approves the river bridge](https://news.example/bridge) — 4 paragraphs\n**2.** Residents react to the bridge (and the cost) — 2 paragraphs',
    );
    expect(embed.footer?.text).toBe('2 articles · 6 paragraphs');
  });

  it('describes each command and, when they are on, conversations', () => {
    const text = allText(renderHelp([{ name: 'ask', description: 'Ask a question' }], true));
    expect(text).toContain('**/ask** — Ask a question');
    expect(text).toContain('Mention me');
    expect(allText(renderHelp([], false))).not.toContain('Mention me');
  });
});
