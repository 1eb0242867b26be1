import { describe, expect, it } from 'vitest';
import { runStorybot } from './run-cli.js';

const CitationShape = {
  n: expect.any(Number),
  article: expect.any(String),
  paragraph: expect.any(Number),
  text: expect.any(String),
  url: expect.toBeOneOf([expect.any(String), null]),
};

describe('storybot --json prints the shapes other tools depend on', () => {
  it('ask: one answer object with its citations as whole paragraphs', async () => {
    const { code, stdout } = await runStorybot(['ask', '--json', 'Where will Trump meet Putin?']);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer).toMatchObject({ question: 'Where will Trump meet Putin?', answered: true, answer: expect.stringContaining('[1]'), mode: 'extractive' });
    expect(answer.citations[0]).toEqual(CitationShape);
    expect(answer.citations[0].text).toMatch(/^President Donald Trump announced Thursday.*two leaders\.$/);
  });

  it('ask -: one JSON line per question, in input order, skipping blank lines', async () => {
    const { code, stdout } = await runStorybot(['ask', '--json', '-'], 'Who is Mark Montgomery?\n\nWhat is the capital of Australia?\n');
    expect(code).toBe(0);
    const rows = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(rows.map((row) => row.question)).toEqual(['Who is Mark Montgomery?', 'What is the capital of Australia?']);
    expect(rows[1]).toMatchObject({ answered: false, citations: [] });
  });

  it('quotes: speaker, text without quotation marks, article, paragraph and cue', async () => {
    const quotes = JSON.parse((await runStorybot(['quotes', '--json'])).stdout);
    expect(quotes.length).toBeGreaterThan(5);
    for (const quote of quotes) {
      expect(quote).toEqual(expect.objectContaining({ speaker: expect.any(String), text: expect.any(String), article: expect.any(String), paragraph: expect.any(Number), cue: expect.any(String) }));
      expect(quote.text).not.toMatch(/^["“‘]/);
    }
  });

  it('quote: one speaker found by part of a name, case-insensitively, filtered by --about', async () => {
    const quotes = JSON.parse((await runStorybot(['quote', 'bessent', '--json'])).stdout);
    expect(quotes.length).toBeGreaterThan(0);
    expect(new Set(quotes.map((quote: { speaker: string }) => quote.speaker))).toEqual(new Set(['Scott Bessent']));
    const about = JSON.parse((await runStorybot(['quote', 'Trump', '--about', 'Tomahawks', '--json'])).stdout);
    expect(about.length).toBeGreaterThan(0);
    for (const quote of about) expect(quote.text).toMatch(/Tomahawk/);
  });

  it('speakers: name, aliases and how many quotes', async () => {
    const speakers = JSON.parse((await runStorybot(['speakers', '--json'])).stdout);
    expect(speakers[0]).toEqual(expect.objectContaining({ name: expect.any(String), aliases: expect.any(Array), quotes: expect.any(Number) }));
  });

  it('facts: kind, text and citations, and --topic keeps the facts about it', async () => {
    const facts = JSON.parse((await runStorybot(['facts', '--json'])).stdout);
    expect(facts.length).toBeGreaterThan(5);
    expect(facts[0]).toEqual(expect.objectContaining({ kind: expect.any(String), text: expect.any(String), citations: expect.any(Array) }));
    expect(facts[0].citations[0]).toEqual(CitationShape);
    const topical = JSON.parse((await runStorybot(['facts', '--topic', 'ERAM', '--json'])).stdout);
    expect(topical.length).toBeGreaterThan(0);
    expect(topical.length).toBeLessThan(facts.length);
  });

  it('summary: three to six points, each with citations', async () => {
    const summary = JSON.parse((await runStorybot(['summary', '--json'])).stdout);
    expect(summary.points.length).toBeGreaterThanOrEqual(3);
    expect(summary.points.length).toBeLessThanOrEqual(6);
    for (const point of summary.points) expect(point.citations.length).toBeGreaterThan(0);
  });

  it('sources: each article with its title, link and paragraph count', async () => {
    const sources = JSON.parse((await runStorybot(['sources', '--json'])).stdout);
    expect(sources).toEqual([
      { article: 'trump-putin-budapest', title: expect.stringMatching(/Budapest/), url: expect.stringMatching(/^https:/), paragraphs: 20 },
    ]);
  });
});
