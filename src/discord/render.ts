import type { Fact, FactKind, Quote, Speaker, Summary } from '../analysis/schema.js';
import type { Answer, Citation } from '../answer/schema.js';
import type { Corpus, Source } from '../corpus/schema.js';
import { escapeText, fitEscaped, truncate } from './escape.js';
import { DiscordLimits } from './limits.js';
import { packEmbeds, type OutgoingMessage } from './pack.js';
import { CitationNumbering, linked, paragraphCitation, sourceLines } from './sources-list.js';

/**
 * Story values (answers, quotes, facts, the summary, sources) as Discord messages: embeds with the `[n]`
 * markers in the text, the numbered sources under it and the way the answer was made in the footer. Every
 * function returns messages that fit Discord's limits; the first is the reply, the rest follow-ups.
 */

export interface RenderOptions {
  /** The LLM's model name, shown discreetly under LLM answers. */
  llmModel?: string | null;
}

export const Colors = { answer: 0x3b82f6, unanswered: 0x9ca3af, quote: 0x8b5cf6, digest: 0x10b981, notice: 0xf59e0b } as const;

const SOURCES = 'Sources';

export function renderAnswer(answer: Answer, corpus: Corpus, options: RenderOptions = {}): OutgoingMessage[] {
  const note = answer.note ? `\n\n*${escapeText(answer.note)}*` : '';
  return packEmbeds({
    title: questionTitle(answer.question),
    body: escapeText(answer.answer) + note,
    fields: answer.citations.length > 0 ? [{ name: SOURCES, lines: sourceLines(answer.citations, corpus) }] : [],
    footer: modeLabel(answer.mode, 'answer', options),
    color: answer.answered ? Colors.answer : Colors.unanswered,
  });
}

/** The answer as far as it has been written, while an LLM streams it: one message, cut to fit. */
export function renderPartialAnswer(question: string, textSoFar: string): OutgoingMessage {
  const description = fitEscaped(textSoFar, DiscordLimits.embedDescription - 2);
  return {
    embeds: [{ title: questionTitle(question), description: `${description} …`, footer: { text: 'writing…' }, color: Colors.answer }],
  };
}

export function renderQuotes(speaker: Speaker, quotes: readonly Quote[], corpus: Corpus, about?: string): OutgoingMessage[] {
  const numbering = new CitationNumbering();
  const lines = quotes.map(
    (quote) => `> “${escapeText(quote.text.replace(/\s+/g, ' '))}”${numbering.markersFor([paragraphCitation(corpus, quote.article, quote.paragraph)])}`,
  );
  const topic = about ? ` about “${about}”` : '';
  const role = speaker.role ? `*${escapeText(speaker.role)}*\n\n` : '';
  const body = quotes.length > 0 ? lines.join('\n\n') : `${escapeText(speaker.name)} is quoted in the story, but not${escapeText(topic)}.`;
  return packEmbeds({
    title: `${fitEscaped(`${speaker.name}${topic}`, DiscordLimits.embedTitle - 20)} — ${count(quotes.length, 'quotation')}`,
    body: role + body,
    fields: [{ name: SOURCES, lines: sourceLines(numbering.list(), corpus) }],
    color: Colors.quote,
  });
}

/** The reply to a speaker the story does not quote: who it does quote, so the next try works. */
export function renderUnknownSpeaker(typed: string, speakers: readonly Speaker[]): OutgoingMessage {
  const asked = `I don't know anyone called “${fitEscaped(typed, 100)}” in this story.`;
  if (speakers.length === 0) return { content: `${asked} Nobody is quoted directly in it.` };
  const ranked = [...speakers].sort((a, b) => b.quotes - a.quotes);
  const names: string[] = [];
  let length = asked.length + 200;
  for (const speaker of ranked) {
    const entry = `**${escapeText(speaker.name)}** (${speaker.quotes})`;
    if (length + entry.length + 2 > DiscordLimits.content) break;
    names.push(entry);
    length += entry.length + 2;
  }
  const more = ranked.length > names.length ? ` and ${ranked.length - names.length} more` : '';
  return { content: `${asked} People quoted: ${names.join(', ')}${more}. Pick one of them from the suggestions of /quote.` };
}

export function renderSummary(summary: Summary, corpus: Corpus, options: RenderOptions = {}): OutgoingMessage[] {
  const numbering = new CitationNumbering();
  const lines = summary.points.map((point) => `• ${withMarkers(point.text, point.citations, numbering)}`);
  return packEmbeds({
    title: 'The story in brief',
    body: lines.length > 0 ? lines.join('\n') : 'The story is too short to summarise.',
    fields: [{ name: SOURCES, lines: sourceLines(numbering.list(), corpus) }],
    footer: modeLabel(summary.mode, 'summary', options),
    color: Colors.digest,
  });
}

const FACT_HEADINGS: Record<FactKind, string> = {
  person: 'People',
  organisation: 'Organisations',
  place: 'Places',
  date: 'Dates',
  figure: 'Figures',
  event: 'Events',
};

export function renderFacts(facts: readonly Fact[], corpus: Corpus, topic?: string): OutgoingMessage[] {
  const about = topic ? ` about “${topic}”` : '';
  if (facts.length === 0) return [{ content: `I found no key facts${escapeText(about)} in the story.` }];
  const numbering = new CitationNumbering();
  const sections = (Object.keys(FACT_HEADINGS) as FactKind[])
    .map((kind) => {
      const lines = facts.filter((fact) => fact.kind === kind).map((fact) => `• ${withMarkers(fact.text, fact.citations, numbering)}`);
      return lines.length > 0 ? `**${FACT_HEADINGS[kind]}**\n${lines.join('\n')}` : '';
    })
    .filter(Boolean);
  return packEmbeds({
    title: fitEscaped(`Key facts${about}`, DiscordLimits.embedTitle),
    body: sections.join('\n\n'),
    fields: [{ name: SOURCES, lines: sourceLines(numbering.list(), corpus) }],
    color: Colors.digest,
  });
}

export function renderSources(sources: readonly Source[]): OutgoingMessage[] {
  const lines = sources.map(
    (source, i) => `**${i + 1}.** ${linked(escapeText(truncate(source.title || source.article, 200)), source.url)} — ${count(source.paragraphs, 'paragraph')}`,
  );
  const paragraphs = sources.reduce((sum, source) => sum + source.paragraphs, 0);
  return packEmbeds({
    title: 'Sources',
    body: lines.length > 0 ? lines.join('\n') : 'The corpus has no articles.',
    footer: `${count(sources.length, 'article')} · ${count(paragraphs, 'paragraph')}`,
    color: Colors.digest,
  });
}

export interface CommandSummary {
  name: string;
  description: string;
}

export function renderHelp(commands: readonly CommandSummary[], conversations: boolean): OutgoingMessage[] {
  const commandLines = commands.map((command) => `**/${command.name}** — ${escapeText(command.description)}`);
  const talk = conversations
    ? '\n\nMention me with a question in a channel and I answer in a new thread; ask follow-ups there, or in a direct message.'
    : '';
  return packEmbeds({
    title: 'What I can do',
    body: `I answer questions about the news story in my library, and every answer cites the paragraphs it rests on as [1], [2]…\n\n${commandLines.join('\n')}${talk}`,
    color: Colors.notice,
  });
}

/** A short notice (an error, a refusal, a rate limit): one plain message. */
export function renderNotice(text: string): OutgoingMessage {
  return { content: truncate(text, DiscordLimits.content) };
}

/**
 * The item's text with its citations as markers in the shared numbering: markers it already carries are
 * renumbered, otherwise they are appended.
 */
function withMarkers(text: string, citations: readonly Citation[], numbering: CitationNumbering): string {
  const escaped = escapeText(text);
  if (!/\[\d+\]/.test(text)) return escaped + numbering.markersFor(citations);
  return escaped.replace(/\[(\d+)\]/g, (marker, n: string) => {
    const cited = citations.find((citation) => citation.n === Number(n));
    return cited ? numbering.markersFor([cited]).trim() : marker;
  });
}

function questionTitle(question: string): string {
  return fitEscaped(question, DiscordLimits.embedTitle);
}

function modeLabel(mode: 'extractive' | 'llm', what: string, options: RenderOptions): string {
  if (mode === 'extractive') return `extractive ${what}`;
  return options.llmModel ? `LLM ${what} · ${options.llmModel}` : `LLM ${what}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
