import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/sentences.js';

const texts = (paragraph: string) => splitSentences(paragraph).map((s) => s.text);

describe('sentence splitting', () => {
  it('does not end a sentence after a title or an initial', () => {
    expect(texts('Sen. Jane Doe met Dr. Roe and John F. Kennedy Jr. on Monday. They talked.')).toEqual([
      'Sen. Jane Doe met Dr. Roe and John F. Kennedy Jr. on Monday.',
      'They talked.',
    ]);
  });

  it('keeps "the U.S. Army" together but ends a sentence at "the U.S. The"', () => {
    expect(texts('The U.S. Army said no. Growth slowed in the U.S. The dollar fell.')).toEqual([
      'The U.S. Army said no.',
      'Growth slowed in the U.S.',
      'The dollar fell.',
    ]);
  });

  it('keeps party-and-state tags like (R-S.C.) inside the sentence', () => {
    expect(texts('It is sponsored by Senator A (R-S.C.) and Senator B (D-Conn.). A vote follows.')).toHaveLength(2);
  });

  it('gives offsets that point back into the paragraph', () => {
    const paragraph = 'First one.  Second one.';
    for (const span of splitSentences(paragraph)) expect(paragraph.slice(span.start, span.end)).toBe(span.text);
  });
});
