import { describe, expect, it } from 'vitest';
import { WordCasing } from '../../src/answer/word-casing.js';
import { corpusOf } from './passages.js';

describe('WordCasing', () => {
  it('reads a word the story writes nowhere else by the word after it and the names English knows', () => {
    const casing = WordCasing.fromCorpus(corpusOf(['The vote was held on Monday.']));
    expect(casing.keepsCapital('Dana Okafor voted against it.')).toBe(true);
    expect(casing.keepsCapital('Paris voted against it.')).toBe(true);
    expect(casing.keepsCapital('Prior to the vote, the hall was full.')).toBe(false);
    expect(casing.keepsCapital('Vote counting ended.')).toBe(false);
    expect(casing.keepsCapital('The vote ended.')).toBe(false);
  });

  it('keeps the capital of a name the story knows as a person\'s', () => {
    const people = { has: (word: string) => word === 'okafor', fullName: () => undefined };
    const casing = WordCasing.fromCorpus(corpusOf(['The vote was held on Monday.']), people);
    expect(casing.keepsCapital('Okafor voted against it.')).toBe(true);
  });

  it('does not count a word that opens a quotation as written inside a sentence', () => {
    const casing = WordCasing.fromCorpus(corpusOf(['The mayor said: "Bridges cost money." Officials said bridges were old.']));
    expect(casing.keepsCapital('Bridges fell.')).toBe(false);
  });
});
