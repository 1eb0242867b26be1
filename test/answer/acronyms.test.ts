import { describe, expect, it } from 'vitest';
import { spellsOut } from '../../src/answer/acronyms.js';
import { words } from '../../src/answer/words.js';

const acronym = (text: string) => words(text)[0]!;

describe('acronyms spelled out', () => {
  it('finds an acronym in the capitalised words that spell it, skipping "and" and "of"', () => {
    expect(spellsOut(acronym('FDA'), words('Corvane will ask the Food and Drug Administration to approve it.'))).toBe(true);
    expect(spellsOut(acronym('U.N.'), words('The United Nations said so.'))).toBe(true);
    expect(spellsOut(acronym('WHO'), words('according to the World Health Organization'))).toBe(true);
  });

  it('finds none where the words only start with the same letters, or the word is no acronym', () => {
    expect(spellsOut(acronym('FDA'), words('Food prices rose and Drug makers gained.'))).toBe(false);
    expect(spellsOut(acronym('Food'), words('Food and Drug Administration'))).toBe(false);
  });
});
