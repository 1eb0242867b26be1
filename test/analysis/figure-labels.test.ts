import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/analysis/facts.js';
import { findPeople } from '../../src/analysis/people.js';
import { corpusOf } from './quotes-corpus.js';

/** What a figure says it measures, from the grammar of the sentence it is told in. */

const figuresOf = (...paragraphs: string[]) => {
  const corpus = corpusOf(...paragraphs);
  return extractFacts(corpus, findPeople(corpus), { limit: 100 })
    .filter((fact) => fact.kind === 'figure')
    .map((fact) => fact.text);
};

describe('figures that count a noun', () => {
  it('tells a count that is the object of any verb in the past tense from the count\'s side: "40,000 laptops recalled"', () => {
    expect(figuresOf('Novatek Systems recalled 40,000 laptops on Tuesday after reports of batteries overheating.')).toContain('40,000 laptops recalled');
  });

  it('reads past an adjective between the verb and its count: "added a robust 303,000 jobs"', () => {
    expect(figuresOf("America's employers added a robust 303,000 jobs in March, far more than expected.")).toContain('303,000 jobs added in March');
  });

  it('takes no "-ed" word after a determiner for a verb: "an estimated 4,000 people" were not "estimated"', () => {
    const figures = figuresOf('Officials said an estimated 4,000 people attended the rally in the park.');
    expect(figures.some((text) => /people estimated/.test(text))).toBe(false);
  });

  it('takes no bound or number of times for an object: "rallied from 17 points", "streamed 900 million times"', () => {
    const figures = figuresOf('The Comets rallied from 17 points down to win. Her single has been streamed more than 900 million times on Spotify.');
    expect(figures.some((text) => /points rallied|times streamed/.test(text))).toBe(false);
  });

  it('tells a count whose belongings something was done to: "the names and addresses of 4.3 million customers"', () => {
    expect(figuresOf('Payments app BrightPay said on Thursday that hackers had stolen the names, email addresses and phone numbers of about 4.3 million customers.')).toContain(
      'About 4.3 million customers — names, email addresses and phone numbers stolen',
    );
  });
});

describe('figures that a verb of penalty names', () => {
  it('calls a sum after "fine" a fine, on whom it falls: "can fine companies up to 4% of their revenue"', () => {
    expect(figuresOf('The commission can fine companies up to 4% of their annual global revenue under European law.')).toContain(
      'Fine on companies: up to 4% of their annual global revenue',
    );
  });

  it('leaves "taxes" a noun: "raised taxes by more than 2 percent" is no tax of 2 percent', () => {
    const figures = figuresOf('The mayor had threatened to veto any plan that raised taxes by more than 2 percent, officials said.');
    expect(figures.some((text) => /^(?:Tax|Fine|Charge)\b/.test(text))).toBe(false);
  });
});
