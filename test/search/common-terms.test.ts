import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Corpus } from '../../src/corpus/schema.js';
import { ParagraphIndex } from '../../src/search/paragraph-index.js';
import { TUNED_SETTINGS, type RetrievalSettings } from '../../src/search/settings.js';
import { loadGoldSet } from '../../src/search/recall.js';
import { DEV_QUESTIONS_FILE, loadStory } from './helpers.js';

// A corpus where "council", "budget" and "Monday" are everywhere, a few words are in some paragraphs, and
// "lighthouse" and "ferry" are in a handful: the shape of a large news corpus, small enough for a test.
const PARAGRAPHS = 3_000;
const SOMETIMES = ['harbour', 'school', 'library', 'bridge', 'museum'];

function paragraphText(i: number): string {
  const parts = [`The council said the budget for item ${i} was discussed on Monday.`];
  if (i % 7 === 0) parts.push(`Residents asked about the ${SOMETIMES[i % SOMETIMES.length]} again.`);
  if (i % 11 === 0) parts.push('The mayor said the budget would be reviewed.');
  if (i % 500 === 3) parts.push('The old lighthouse will be repaired by the council next spring.');
  if (i % 997 === 5) parts.push('A new ferry route was approved by the council.');
  if (i === 42) parts.push('Only this paragraph mentions the zeppelin hangar.');
  return parts.join(' ');
}

function largeCorpus(): Corpus {
  const articles: Article[] = [];
  for (let first = 0; first < PARAGRAPHS; first += 20) {
    const slug = `article-${first / 20}`;
    articles.push({
      slug,
      title: `Council report ${first / 20}`,
      url: null,
      published: null,
      file: `${slug}.txt`,
      paragraphs: Array.from({ length: 20 }, (_, n) => ({ article: slug, n: n + 1, text: paragraphText(first + n), section: null })),
    });
  }
  return { dir: 'in-memory', articles, warnings: [], hash: 'common-terms-test' };
}

// Small thresholds so that this corpus counts as large.
const WITH_COMMON_TERMS: RetrievalSettings = { ...TUNED_SETTINGS, commonTerms: { share: 0.01, minPostings: 50 } };
const EVERY_PARAGRAPH: RetrievalSettings = { ...TUNED_SETTINGS, commonTerms: false };

let fast: ParagraphIndex;
let exhaustive: ParagraphIndex;

beforeAll(() => {
  const corpus = largeCorpus();
  fast = ParagraphIndex.build(corpus, WITH_COMMON_TERMS);
  exhaustive = ParagraphIndex.build(corpus, EVERY_PARAGRAPH);
});

const keyed = (index: ParagraphIndex, question: string, limit: number) =>
  index.search(question, { limit }).map((passage) => ({ at: `${passage.article}#${passage.paragraph}`, score: passage.score }));

describe('ranking with common terms on a large corpus', () => {
  it('ranks the paragraphs holding a rare term first though the common terms are in every paragraph', () => {
    const passages = fast.search('What did the council say about the lighthouse budget?', { limit: 3 });
    expect(passages).toHaveLength(3);
    for (const passage of passages) expect(passage.text).toMatch(/lighthouse/);
  });

  it('gives its candidates exactly the scores that ranking every paragraph gives them', () => {
    for (const question of ['What did the council say about the lighthouse budget?', 'Which ferry route did the council approve on Monday?']) {
      const expected = keyed(exhaustive, question, 5);
      const actual = keyed(fast, question, 5);
      expect(actual.map((result) => result.at)).toEqual(expected.map((result) => result.at));
      actual.forEach((result, i) => expect(result.score).toBeCloseTo(expected[i]!.score, 9));
    }
  });

  it('widens to paragraphs holding two common terms when the rare terms find fewer paragraphs than were asked for', () => {
    // "zeppelin" and "hangar" are in one paragraph; the other four places go to paragraphs with common terms.
    const question = 'Where is the zeppelin hangar the council discussed?';
    const passages = fast.search(question, { limit: 5 });
    expect(passages).toHaveLength(5);
    expect(passages[0]!.text).toMatch(/zeppelin hangar/);
    expect(keyed(fast, question, 5)).toEqual(keyed(exhaustive, question, 5));
  });

  it('still fills the answer when a rare word of the question is in no paragraph', () => {
    const question = 'What did the mayor tell Quetzalcoatl about the budget review?';
    expect(keyed(fast, question, 3)).toEqual(keyed(exhaustive, question, 3));
    expect(fast.search(question, { limit: 3 })[0]!.text).toMatch(/mayor said the budget would be reviewed/);
  });

  it('ranks the paragraphs holding two of the terms when every term is common', () => {
    const passages = fast.search('mayor budget review', { limit: 3 });
    expect(passages).toHaveLength(3);
    for (const passage of passages) expect(passage.text).toMatch(/mayor said the budget would be reviewed/);
  });

  it('finds a rare word typed with a typo through its fuzzy variants', () => {
    expect(fast.search('the lighthuose the council will repair', { limit: 1 })[0]!.text).toMatch(/lighthouse/);
  });
});

describe('ranking with common terms on a small corpus', () => {
  it('ranks the story exactly as ranking every paragraph does', async () => {
    const story = await loadStory();
    const tuned = ParagraphIndex.build(story);
    const everywhere = ParagraphIndex.build(story, EVERY_PARAGRAPH);
    const { questions } = await loadGoldSet(DEV_QUESTIONS_FILE);
    for (const { q } of questions) expect(keyed(tuned, q, 5)).toEqual(keyed(everywhere, q, 5));
  });
});
