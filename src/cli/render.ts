import type { Fact, Quote, Speaker, Summary } from '../analysis/schema.js';
import type { Answer, Citation } from '../answer/schema.js';
import type { Source } from '../corpus/schema.js';
import type { IndexReport } from './program.js';
import type { stylerFor } from './style.js';

type Style = ReturnType<typeof stylerFor>;

const SNIPPET_CHARS = 110;

export function snippet(text: string, max = SNIPPET_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:]+$/, '')}…`;
}

/** The numbered sources under an answer: paragraph, snippet and link. */
export function renderCitations(citations: Citation[], style: Style): string {
  if (citations.length === 0) return '';
  const lines = citations.map((citation) => {
    const head = `  ${style('bold', `[${citation.n}]`)} ${citation.article} ¶${citation.paragraph} — ${snippet(citation.text)}`;
    return citation.url ? `${head}\n      ${style('dim', citation.url)}` : head;
  });
  return `\n${style('bold', 'Sources')}\n${lines.join('\n')}\n`;
}

export function renderAnswer(answer: Answer, style: Style, { withText = true } = {}): string {
  const parts: string[] = [];
  if (withText) parts.push(`${answer.answer}\n`);
  if (answer.note) parts.push(style('yellow', `(${answer.note})\n`));
  parts.push(renderCitations(answer.citations, style));
  return parts.join('');
}

export function renderQuotes(quotes: Quote[], style: Style): string {
  if (quotes.length === 0) return 'No quotations found.\n';
  return `${quotes
    .map((quote) => `${style('bold', quote.speaker)} (${quote.article} ¶${quote.paragraph}, ${quote.cue}):\n  “${quote.text}”`)
    .join('\n\n')}\n`;
}

export function renderSpeakers(speakers: Speaker[], style: Style): string {
  if (speakers.length === 0) return 'Nobody is quoted in this corpus.\n';
  return `${speakers
    .map((speaker) => {
      const role = speaker.role ? `, ${speaker.role}` : '';
      const aliases = speaker.aliases.length > 0 ? style('dim', ` — also ${speaker.aliases.join(', ')}`) : '';
      return `${style('bold', speaker.name)}${role}: ${speaker.quotes} quote${speaker.quotes === 1 ? '' : 's'}${aliases}`;
    })
    .join('\n')}\n`;
}

function markers(citations: Citation[]): string {
  return citations.map((citation) => `[¶${citation.paragraph}]`).join('');
}

export function renderFacts(facts: Fact[], style: Style): string {
  if (facts.length === 0) return 'No facts found on that topic.\n';
  return `${facts.map((fact) => `${style('dim', fact.kind.padEnd(12))} ${fact.text} ${style('dim', markers(fact.citations))}`).join('\n')}\n`;
}

export function renderSummary(summary: Summary, style: Style): string {
  return `${summary.points.map((point) => `• ${point.text} ${style('dim', markers(point.citations))}`).join('\n')}\n`;
}

export function renderSources(sources: Source[], style: Style): string {
  return `${sources
    .map((source) => `${style('bold', source.article)}: ${source.title} (${source.paragraphs} paragraphs)${source.url ? `\n  ${style('dim', source.url)}` : ''}`)
    .join('\n')}\n`;
}

export function renderIndexReport(report: IndexReport): string {
  return (
    `Indexed ${report.articles} article(s), ${report.paragraphs} paragraphs, ${report.terms} distinct terms in ${report.milliseconds.toFixed(0)} ms.\n` +
    (report.savedTo ? `Saved to ${report.savedTo}\n` : 'Not saved (no writable cache folder).\n')
  );
}
