import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/corpus/schema.js';
import { ParagraphIndex } from '../../src/search/paragraph-index.js';
import { TUNED_SETTINGS } from '../../src/search/settings.js';

/**
 * 600 paragraphs, 400 of them about the council (a frequent term), two about a zebra crossing: the short one
 * does not mention the council, the long one does.
 */
function corpusWithAFrequentTerm(): Corpus {
  const texts = Array.from({ length: 600 }, (_, i) =>
    i < 400 ? `The council met for session number ${i} to discuss item ${i * 7}.` : `Weather report number ${i} for the coast.`,
  );
  texts[450] = 'A zebra crossing opened.';
  texts[451] = 'The council voted to paint a new zebra crossing near the school next to the old market square.';
  const slug = 'town';
  return {
    dir: 'memory',
    warnings: [],
    hash: 'frequent-term-corpus',
    articles: [
      {
        slug,
        title: 'Town news',
        url: null,
        published: null,
        file: 'town.txt',
        paragraphs: texts.map((text, i) => ({ article: slug, n: i + 1, text, section: null })),
      },
    ],
  };
}

describe('ParagraphIndex.search within a budget of paragraph visits', () => {
  const corpus = corpusWithAFrequentTerm();
  const unlimited = ParagraphIndex.build(corpus, { ...TUNED_SETTINGS, postingsBudget: Number.POSITIVE_INFINITY });
  const budgeted = ParagraphIndex.build(corpus, { ...TUNED_SETTINGS, postingsBudget: 300 });

  it('ranks as an unlimited search would, though the frequent term was not searched', () => {
    const expected = unlimited.search('zebra council', { limit: 2 }).map((passage) => passage.paragraph);
    expect(expected).toEqual([452, 451]);
    expect(budgeted.search('zebra council', { limit: 2 }).map((passage) => passage.paragraph)).toEqual(expected);
  });

  it('still answers a question whose only term is more frequent than the budget allows, as an unlimited search would', () => {
    const expected = unlimited.search('council', { limit: 3 }).map((passage) => passage.paragraph);
    expect(expected).toHaveLength(3);
    expect(budgeted.search('council', { limit: 3 }).map((passage) => passage.paragraph)).toEqual(expected);
  });
});
