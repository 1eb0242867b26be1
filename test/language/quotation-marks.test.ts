import { describe, expect, it } from 'vitest';
import { findQuoteSpans, opensWithQuotation } from '../../src/language/quotation-marks.js';

const texts = (paragraph: string) => findQuoteSpans(paragraph).map((span) => span.text);

describe('findQuoteSpans', () => {
  it('finds quotations in straight and curly double quotation marks', () => {
    expect(texts('"We are ready," she said. “So are we,” he replied.')).toEqual(['We are ready,', 'So are we,']);
  });

  it('finds quotations in curly and straight single quotation marks', () => {
    expect(texts('‘We are ready,’ she said.')).toEqual(['We are ready,']);
    expect(texts("'We are ready,' she said.")).toEqual(['We are ready,']);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(texts("Russia's envoy said he doesn't know about the '90s, or rock 'n' roll, or the workers' union.")).toEqual([]);
    expect(texts('Russia’s envoy said he doesn’t know about the ’90s.')).toEqual([]);
  });

  it('keeps a plural possessive inside a single-quoted quotation', () => {
    expect(texts('‘The workers’ rights come first,’ she said.')).toEqual(['The workers’ rights come first,']);
  });

  it('closes a single-quoted scare quote at the first bare closing mark', () => {
    expect(texts('He had ‘a fair deal’ in mind. ‘Give us a fair offer,’ she said.')).toEqual(['a fair deal', 'Give us a fair offer,']);
  });

  it('keeps a quotation inside a quotation inside it', () => {
    expect(texts('"He told me, \'Never again,\' and left," she said.')).toEqual(["He told me, 'Never again,' and left,"]);
    expect(texts('‘He told me “never again” and left,’ she said.')).toEqual(['He told me “never again” and left,']);
  });

  it('runs a quotation left open to the end of its paragraph, as news writing does when it goes on', () => {
    const [first, second] = findQuoteSpans('"We will not stop," she said. "Not this year, not next year.');
    expect(first?.closed).toBe(true);
    expect(second).toMatchObject({ closed: false, text: 'Not this year, not next year.' });
    expect(findQuoteSpans('‘The longer this goes on, the worse it gets.')[0]?.closed).toBe(false);
  });

  it('tells a paragraph that opens with a quotation mark', () => {
    expect(opensWithQuotation('“And then we left.”')).toBe(true);
    expect(opensWithQuotation('She left.')).toBe(false);
  });
});
