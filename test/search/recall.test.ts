import { describe, expect, it } from 'vitest';
import { ParagraphIndex } from '../../src/search/paragraph-index.js';
import { foldForComparison, loadGoldSet, measureRecall } from '../../src/search/recall.js';
import { DEV_QUESTIONS_FILE, FIXTURE_GOLD_FILES, loadFixtureArticles, loadFixtureQuestions, loadStory } from './helpers.js';

describe('measureRecall', () => {
  const questions = [
    { q: 'first', answers: [], evidence: 'Alpha', answerable: true },
    { q: 'second', answers: [], evidence: '“quoted”  text', answerable: true },
    { q: 'unanswerable', answers: [], answerable: false },
  ];
  const paragraphs: Record<string, string[]> = {
    first: ['the alpha paragraph', 'other'],
    second: ['other', 'nothing', 'some "quoted" text here'],
  };

  it('counts a question recalled at k when one of the top k texts holds its evidence, folding case and quotes', () => {
    const report = measureRecall((q, limit) => (paragraphs[q] ?? []).slice(0, limit).map((text) => ({ text })), questions, [1, 3]);
    expect(report.questions).toBe(2);
    expect(report.recall.get(1)).toBe(0.5);
    expect(report.recall.get(3)).toBe(1);
    expect(report.misses).toEqual([{ question: 'second', evidence: '“quoted”  text', rank: 3 }]);
  });

  it('folds typographic quotes, dashes and whitespace like the scorer', () => {
    expect(foldForComparison('Russia’s  “war” – now')).toBe('russia\'s "war" - now');
  });
});

describe('tuned retrieval recall', () => {
  it('recalls the evidence of every answerable dev question in the top 3 paragraphs', async () => {
    const index = ParagraphIndex.build(await loadStory());
    const { questions } = await loadGoldSet(DEV_QUESTIONS_FILE);
    const report = measureRecall((q, limit) => index.search(q, { limit }), questions, [3]);
    expect(report.questions).toBeGreaterThan(0);
    expect(report.misses.filter((miss) => miss.rank === null || miss.rank > 3)).toEqual([]);
    expect(report.recall.get(3)).toBe(1);
  });

  it('recalls at least 85% of the fixture questions in the top 3 paragraphs', async () => {
    const index = ParagraphIndex.build(await loadFixtureArticles(FIXTURE_GOLD_FILES));
    const report = measureRecall((q, limit) => index.search(q, { limit }), await loadFixtureQuestions(), [3]);
    expect(report.recall.get(3)).toBeGreaterThanOrEqual(0.85);
  });
});
