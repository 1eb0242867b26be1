import { describe, expect, it } from 'vitest';
import { words } from '../../src/answer/words.js';

const termsOf = (text: string) => words(text).map((word) => word.term);

describe('words as the answerer compares them', () => {
  it('reads an abbreviated title before its full stop as the title it stands for: "Gov." is "governor"', () => {
    expect(termsOf('Gov. Mike Rourke')[0]).toBe(termsOf('governor')[0]);
    expect(termsOf('Gov Mike Rourke')[0]).not.toBe(termsOf('governor')[0]);
  });

  it('keeps an acronym an acronym in the possessive, and takes the plural "s" off it', () => {
    const [fbi, ngos] = words("FBI's NGOs");
    expect(fbi).toMatchObject({ acronym: true, term: 'fbi' });
    expect(ngos).toMatchObject({ acronym: true, term: 'ngo' });
  });
});
