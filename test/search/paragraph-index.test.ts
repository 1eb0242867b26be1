import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/corpus/schema.js';
import { ParagraphIndex } from '../../src/search/paragraph-index.js';
import { Passage } from '../../src/search/schema.js';
import { loadFixtureArticles, loadStory } from './helpers.js';

let story: Corpus;
let storyIndex: ParagraphIndex;
let fixtures: Corpus;
let fixtureIndex: ParagraphIndex;

beforeAll(async () => {
  story = await loadStory();
  storyIndex = ParagraphIndex.build(story);
  fixtures = await loadFixtureArticles();
  fixtureIndex = ParagraphIndex.build(fixtures);
});

/** The texts of the top `limit` passages, so a test can say which paragraph was found. */
function topTexts(index: ParagraphIndex, question: string, limit = 3): string[] {
  return index.search(question, { limit }).map((passage) => passage.text);
}

describe('ParagraphIndex on the story', () => {
  it('returns passages that match the Passage schema, best first, at most `limit`', () => {
    const passages = storyIndex.search('Tomahawk missiles for Ukraine', { limit: 4 });
    expect(passages).toHaveLength(4);
    for (const passage of passages) expect(Passage.parse(passage)).toEqual(passage);
    const scores = passages.map((passage) => passage.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('maps a passage back to its article, paragraph number, section, title and source', () => {
    const [best] = storyIndex.search('Foundation for Defence of Democracies analyst', { limit: 1 });
    const article = story.articles[0]!;
    const paragraph = article.paragraphs.find((candidate) => candidate.text === best!.text)!;
    expect(best).toMatchObject({
      article: article.slug,
      paragraph: paragraph.n,
      section: paragraph.section,
      url: article.url,
      title: article.title,
    });
  });

  it('finds "negotiations" when asked about "negotiate"', () => {
    expect(topTexts(storyIndex, 'Why would Putin negotiate seriously?').join(' ')).toMatch(/negotiations more seriously/);
  });

  it('finds "U.S. officials" when the question types "US" without dots', () => {
    expect(topTexts(storyIndex, 'Which US officials hold talks with the Russians?', 1)[0]).toMatch(/lead U\.S\. officials/);
  });

  it('finds the range in kilometers when the question writes "1600" without a separator', () => {
    expect(topTexts(storyIndex, 'which missile flies 1600 km', 1)[0]).toMatch(/1,600 kilometers/);
  });

  it('finds a misspelled name by fuzzy matching', () => {
    expect(topTexts(storyIndex, 'What does Zelenskyy want from Trump?').join(' ')).toMatch(/Zelensky/);
  });

  it('finds the paragraph on sanctions legislation for varied phrasings', () => {
    for (const question of ['who is behind the sanctions bill in the senate', 'Senate legislation sanctioning Russia', 'which senators sponsored the bill?']) {
      expect(topTexts(storyIndex, question).join(' ')).toMatch(/sponsored by Senator Lindsey Graham/);
    }
  });

  it('answers a question about a long-range weapon from the hyphenated "long-range"', () => {
    expect(topTexts(storyIndex, 'long range weaponry for Kyiv', 1)[0]).toMatch(/long-range weaponry/);
  });
});

describe('ParagraphIndex on articles of other topics and outlets', () => {
  it('finds the article a question is about among several', () => {
    const [best] = fixtureIndex.search('How many goals did the striker score last season?', { limit: 1 });
    expect(best?.article).toBe('harbour-city-striker-transfer');
    expect(best?.text).toMatch(/27 goals in 41 appearances/);
  });

  it('finds a figure in a business story for a paraphrased question', () => {
    expect(topTexts(fixtureIndex, 'How many paying subscribers does Lumen have now?', 1)[0]).toMatch(/9\.6 million paying subscribers/);
  });

  it('finds the council vote when asked who opposed the budget', () => {
    expect(topTexts(fixtureIndex, 'Which council members voted against the budget?').join(' ')).toMatch(/voted against it/);
  });

  it('finds the water rate rise by "water rates"', () => {
    expect(topTexts(fixtureIndex, 'why are water rates going up', 1)[0]).toMatch(/lead service lines/);
  });
});
