import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/analysis/facts.js';
import { findPeople } from '../../src/analysis/people.js';
import { subjectOf } from '../../src/analysis/pronoun-subjects.js';
import { corpusOf } from './quotes-corpus.js';

describe('subjectOf', () => {
  it('reads a sentence\'s opening noun phrase up to its verb: "The unemployment rate dipped…"', () => {
    expect(subjectOf('The unemployment rate dipped to 3.8% from 3.9% in February.')).toBe('The unemployment rate');
    expect(subjectOf('The new bridge is designed to last 100 years.')).toBe('The new bridge');
  });

  it('gives no subject for a plural, a name or a sentence that opens otherwise, which "It" cannot stand for', () => {
    expect(subjectOf('The talks were held in Geneva.')).toBeNull();
    expect(subjectOf('Carver Motors said it will build a plant.')).toBeNull();
    expect(subjectOf('In March the rate fell.')).toBeNull();
  });
});

describe('statements that open with "It"', () => {
  it('name the subject of the sentence before in the same paragraph instead', () => {
    const corpus = corpusOf('The unemployment rate dipped to 3.8% in February, the department said. It has now stayed below 4% for 26 straight months.');
    const texts = extractFacts(corpus, findPeople(corpus), { limit: 100 }).map((fact) => fact.text);
    expect(texts).toContain('The unemployment rate has now stayed below 4% for 26 straight months');
    expect(texts.some((text) => /(?:^| — )It\b/.test(text))).toBe(false);
  });
});
