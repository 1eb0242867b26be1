import { describe, expect, it } from 'vitest';
import { quotedSpans } from '../../src/analysis/article-text.js';
import { clauseAround, shortenSentence } from '../../src/analysis/clauses.js';

const around = (sentence: string, phrase: string, maxWords?: number) => {
  const start = sentence.indexOf(phrase);
  return clauseAround(sentence, { start, end: start + phrase.length }, { maxWords, quoted: quotedSpans(sentence) });
};

describe('clauseAround', () => {
  it('keeps the clause that holds the phrase and cuts a relative clause after it', () => {
    expect(around('This meeting follows their encounter in Alaska in August, which yielded no breakthrough.', 'August')).toBe(
      'This meeting follows their encounter in Alaska in August',
    );
  });

  it('drops an opening phrase that does not hold the phrase, and keeps it when it does', () => {
    const sentence = 'Prior to the meeting, Marco Rubio will lead officials in talks next week, though the location remains unspecified.';
    expect(around(sentence, 'next week')).toBe('Marco Rubio will lead officials in talks next week');
    expect(around('During his trip to Israel on Sunday, Trump spoke to the press.', 'Sunday')).toBe(
      'During his trip to Israel on Sunday, Trump spoke to the press',
    );
  });

  it('keeps the clause before a tail that has no subject of its own', () => {
    expect(around('Forecasters expect the storm to weaken on Thursday, but warned that rain could fall by Friday.', 'Friday')).toBe(
      'Forecasters expect the storm to weaken on Thursday, but warned that rain could fall by Friday',
    );
  });

  it('gives a trailing attribution of its own when it says enough, and the statement with a short one', () => {
    expect(around('The offer is a premium to the closing price, the two companies said in a statement on Monday.', 'Monday')).toBe(
      'The two companies said in a statement on Monday',
    );
    expect(around('The storm came ashore with winds of 130 mph, the agency said.', 'agency')).toBe('The storm came ashore with winds of 130 mph, the agency said');
  });

  it('leaves out a long quotation before the phrase, keeping the attribution', () => {
    const sentence = '"Interestingly, we made a great deal of progress today, because of what has happened in the region," Trump said on Wednesday evening at a dinner.';
    expect(around(sentence, 'Wednesday evening', 16)).toBe('Trump said on Wednesday evening at a dinner');
  });

  it('keeps a quotation in mid-clause, which is part of what the clause says', () => {
    const sentence = 'Ms Marsh said the offer of a small rise was ‘an insult’ to staff who had kept the port open through the slump and the long pandemic years.';
    expect(around(sentence, 'open', 24)).toMatch(/^Ms Marsh said/);
  });

  it('cuts a long clause around the phrase with an ellipsis', () => {
    const sentence = 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen target sixteen seventeen.';
    const clause = around(sentence, 'target', 8);
    expect(clause).toContain('target');
    expect(clause.startsWith('…')).toBe(true);
  });
});

describe('shortenSentence', () => {
  it('drops an opening connective and ends with a full stop', () => {
    expect(shortenSentence('However, the bill passed', [], 30)).toBe('The bill passed.');
  });

  it('cuts a long sentence at its last clause boundary within the limit', () => {
    const sentence = 'The council approved the budget early on Wednesday after a long and heated session, which had run for nine hours and ended after midnight.';
    expect(shortenSentence(sentence, [], 16)).toBe('The council approved the budget early on Wednesday after a long and heated session.');
  });
});
