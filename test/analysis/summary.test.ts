import { describe, expect, it } from 'vitest';
import { Summary } from '../../src/analysis/schema.js';
import { summarize } from '../../src/analysis/summary.js';
import { fixtureCorpus, storyCorpus } from './articles.js';

const FORWARD = /\b(?:will|expected to|scheduled|plans? to|next week|next year)\b/i;

describe('summarize', () => {
  it('gives three to six points, each citing the paragraph it comes from', async () => {
    const { corpus, people } = await storyCorpus();
    const summary = summarize(corpus, people);
    expect(Summary.parse(summary)).toEqual(summary);
    expect(summary.mode).toBe('extractive');
    expect(summary.points.length).toBeGreaterThanOrEqual(3);
    expect(summary.points.length).toBeLessThanOrEqual(6);
    for (const point of summary.points) {
      expect(point.citations).toHaveLength(1);
      expect(point.citations[0]!.text.replace(/\s+/g, ' ')).toContain(point.text.replace(/…$/, '').slice(0, 40).replace(/^"/, ''));
    }
  });

  it('opens with the lede: what happened', async () => {
    const { corpus, people } = await storyCorpus();
    const [first] = summarize(corpus, people).points;
    expect(first?.text).toMatch(/^President Donald Trump has announced plans to meet with Russian President Vladimir Putin in Budapest/);
    expect(first?.citations[0]?.paragraph).toBe(1);
  });

  it('ends with what happens next when the story says', async () => {
    for (const load of [storyCorpus, () => fixtureCorpus('gulf-storm-landfall'), () => fixtureCorpus('copper-miner-takeover')]) {
      const { corpus, people } = await load();
      const points = summarize(corpus, people).points;
      expect(points.at(-1)?.text).toMatch(FORWARD);
    }
  });

  it('says who is involved and what they say or want', async () => {
    const { corpus, people } = await storyCorpus();
    const points = summarize(corpus, people).points.slice(1, -1);
    expect(points.some((point) => /\b(?:said|stated|advocating|seeks|arguing)\b|["“]/.test(point.text))).toBe(true);
  });

  it('repeats nothing: no two points from one sentence, and at most two from one paragraph', async () => {
    const { corpus, people } = await storyCorpus();
    const points = summarize(corpus, people).points;
    expect(new Set(points.map((point) => point.text)).size).toBe(points.length);
    const perParagraph = new Map<number, number>();
    for (const point of points) perParagraph.set(point.citations[0]!.paragraph, (perParagraph.get(point.citations[0]!.paragraph) ?? 0) + 1);
    expect(Math.max(...perParagraph.values())).toBeLessThanOrEqual(2);
  });

  it('numbers the citations of the brief from [1] in order of first use', async () => {
    const { corpus, people } = await storyCorpus();
    const numbers = summarize(corpus, people).points.map((point) => point.citations[0]!.n);
    let highest = 0;
    for (const n of numbers) {
      expect(n).toBeLessThanOrEqual(highest + 1);
      highest = Math.max(highest, n);
    }
  });

  it('drops a dateline and an opening connective from a point', async () => {
    const { corpus, people } = await fixtureCorpus('lumen-devices-earnings');
    const [first] = summarize(corpus, people).points;
    expect(first?.text).toMatch(/^Shares of Lumen Devices/);
  });

  it('covers each article of a corpus of several, with its lede', async () => {
    const { corpus, people } = await fixtureCorpus('gulf-storm-landfall', 'copper-miner-takeover', 'riverton-council-budget');
    const summary = summarize(corpus, people);
    expect(summary.points.length).toBeLessThanOrEqual(6);
    const articles = summary.points.map((point) => point.citations[0]!.article);
    expect(new Set(articles)).toEqual(new Set(['gulf-storm-landfall', 'copper-miner-takeover', 'riverton-council-budget']));
    for (const article of corpus.articles) {
      expect(summary.points.some((point) => point.citations[0]!.article === article.slug && point.citations[0]!.paragraph === 1)).toBe(true);
    }
  });

  it('keeps to the number of points asked for, within three to six', async () => {
    const { corpus, people } = await storyCorpus();
    expect(summarize(corpus, people, { points: 3 }).points).toHaveLength(3);
    expect(summarize(corpus, people, { points: 10 }).points).toHaveLength(6);
  });

  it('works without the list of people', async () => {
    const { corpus } = await storyCorpus();
    expect(summarize(corpus).points.length).toBeGreaterThanOrEqual(3);
  });
});

describe('summarize on briefs of other kinds of story', () => {
  const slugs = [
    'carver-battery-plant', 'halvorsen-pike-acquisition', 'dockside-fraud-sentencing', 'measles-outbreak-county',
    'kestrels-cup-semifinal', 'reef-bleaching', 'senate-race', 'harbour-strike', 'festival-review',
  ];

  it('leaves out quotation fragments: no point starts or ends inside a quotation that runs on', async () => {
    for (const slug of slugs) {
      const { corpus, people } = await fixtureCorpus(slug);
      for (const point of summarize(corpus, people).points) {
        expect(point.text, slug).not.toMatch(/^[A-Za-z][^"“”]*["”]\s?(?:said|says)\b/);
        expect(point.text, slug).not.toMatch(/^["“][^"”]*\.$/);
      }
    }
  });

  it('keeps to at most one point that is mostly a quotation: a brief is the reporter\'s', async () => {
    for (const slug of slugs) {
      const { corpus, people } = await fixtureCorpus(slug);
      const quotations = summarize(corpus, people).points.filter((point) => /^["“‘']/.test(point.text));
      expect(quotations.length, slug).toBeLessThanOrEqual(1);
    }
  });

  it('opens with the lede, without its dateline, and repeats nothing', async () => {
    for (const slug of slugs) {
      const { corpus, people } = await fixtureCorpus(slug);
      const points = summarize(corpus, people).points;
      expect(points[0]?.citations[0]?.paragraph, slug).toBe(1);
      expect(points[0]?.text, slug).not.toMatch(/^\p{Lu}{3,}[\s,(]/u);
      expect(new Set(points.map((point) => point.text)).size).toBe(points.length);
    }
  });

  it('ends with what happens next when the story says, judged by the reporter\'s words, not a speaker\'s "will"', async () => {
    const { corpus, people } = await fixtureCorpus('harbour-strike');
    expect(summarize(corpus, people).points.at(-1)?.text).toBe('The strike is due to last until Friday.');
  });
});
