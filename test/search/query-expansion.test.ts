import { describe, expect, it } from 'vitest';
import { ParagraphIndex } from '../../src/search/paragraph-index.js';
import { TUNED_SETTINGS } from '../../src/search/settings.js';
import { corpusOfParagraphs, loadFixtureArticle } from './helpers.js';

/** The text of the best paragraph for a question, asked of one fixture article alone. */
async function bestParagraph(slug: string, question: string): Promise<string> {
  const index = ParagraphIndex.build(await loadFixtureArticle(slug));
  return index.search(question, { limit: 1 })[0]?.text ?? '';
}

describe('ParagraphIndex finds what a question asks in words the story does not use', () => {
  it('finds "row over pay" when asked about the dispute', async () => {
    expect(await bestParagraph('tube-strike-called-off', 'What was the dispute about?')).toMatch(/in a row over pay/);
  });

  it('finds "repaid £86,000" when asked how much was paid back', async () => {
    expect(await bestParagraph('hospice-fraud-sentencing', 'How much has Pettifer paid back?')).toMatch(/repaid £86,000/);
  });

  it('finds "Gov. Mike Rourke" when asked what the governor said', async () => {
    expect(await bestParagraph('carver-battery-plant', 'What did the governor say?')).toMatch(/Gov\. Mike Rourke/);
  });

  it('finds "Gov. Elena Marsh said" rather than paragraphs that only say "said" when asked what the governor said', async () => {
    expect(await bestParagraph('midwest-blizzard-live', 'What did the governor say?')).toMatch(/Gov\. Elena Marsh said/);
  });

  it('finds temperatures "25 below zero" when asked how cold it will get', async () => {
    expect(await bestParagraph('midwest-blizzard-live', 'How cold will it get?')).toMatch(/25 below zero/);
  });

  it('finds a distance in kilometres among the best three when asked how far the spacecraft travelled', async () => {
    const index = ParagraphIndex.build(await loadFixtureArticle('wayfarer-asteroid-sample'));
    const texts = index.search('How far did the spacecraft travel?', { limit: 3 }).map((passage) => passage.text);
    expect(texts.join('\n')).toMatch(/6\.2-billion-kilometre round trip/);
  });
});

describe('ParagraphIndex ranks the question\'s own words above related ones', () => {
  const index = ParagraphIndex.build(
    corpusOfParagraphs([
      'Talks continued on Monday in a row over pay at the depot.',
      'Talks continued on Monday in a dispute over pay at the depot.',
      'The weather was fine and the trains ran on time all week.',
    ]),
  );

  it('ranks the paragraph with the asked word above one with only its synonym', () => {
    expect(index.search('What is the dispute over pay?', { limit: 2 }).map((passage) => passage.paragraph)).toEqual([2, 1]);
    expect(index.search('What is the row over pay?', { limit: 2 }).map((passage) => passage.paragraph)).toEqual([1, 2]);
  });

  it('finds nothing through synonyms when they are turned off', () => {
    const withoutSynonyms = ParagraphIndex.build(corpusOfParagraphs(['A row over pay.', 'Fine weather.']), {
      ...TUNED_SETTINGS,
      related: { ...TUNED_SETTINGS.related, synonym: 0 },
    });
    expect(withoutSynonyms.search('What was the dispute about?')).toEqual([]);
  });
});

describe('ParagraphIndex within a budget, with related terms', () => {
  // 600 paragraphs, 400 of them about the depot (a frequent term); a walkout, the strike's synonym, over a zebra crossing.
  const texts = Array.from({ length: 600 }, (_, i) => (i < 400 ? `The depot handled freight batch ${i}.` : `Weather report ${i} for the coast.`));
  texts[450] = 'A zebra crossing opened near the depot.';
  texts[451] = 'Drivers at the depot staged a walkout over the zebra crossing.';
  texts[452] = 'A zebra was seen in the park.';
  texts[453] = 'A strike was called at another firm.';
  const corpus = corpusOfParagraphs(texts);

  it('ranks as an unlimited search would, though the frequent word was left out and a synonym stood for another', () => {
    const unlimited = ParagraphIndex.build(corpus, { ...TUNED_SETTINGS, postingsBudget: Number.POSITIVE_INFINITY, relatedPostingsBudget: Number.POSITIVE_INFINITY });
    const budgeted = ParagraphIndex.build(corpus, { ...TUNED_SETTINGS, postingsBudget: 300 });
    const question = 'Why was there a strike over the zebra crossing at the depot?';
    const expected = unlimited.search(question, { limit: 3 }).map((passage) => passage.paragraph);
    expect(expected[0]).toBe(452);
    expect(budgeted.search(question, { limit: 3 }).map((passage) => passage.paragraph)).toEqual(expected);
  });
});
