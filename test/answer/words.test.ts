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

  it('compares a phrasal verb as the one word news also uses for it: "walked out" as "walkout", "touched down" as "land"', () => {
    expect(termsOf('drivers walked out')[1]).toBe(termsOf('walkout')[0]);
    expect(termsOf('it touched down in Utah')[1]).toBe(termsOf('land')[0]);
    expect(termsOf('fees are going up')[2]).toBe(termsOf('rise')[0]);
    expect(termsOf('the game comes out')[2]).toBe(termsOf('launch')[0]);
    expect(termsOf('She stepped down')[1]).toBe(termsOf('resign')[0]);
    expect(termsOf('walked to work')[0]).toBe(termsOf('walk')[0]);
  });

  it('compares "take effect", "come into force", "go into effect" and "kick in" as one meaning', () => {
    const takes = termsOf('the ban takes effect')[2];
    expect(termsOf('it came into force')[1]).toBe(takes);
    expect(termsOf('it goes into effect')[1]).toBe(takes);
    expect(termsOf('the rules kick in')[2]).toBe(takes);
    expect(termsOf('the force of the blast')[1]).not.toBe(takes);
  });

  it('reads "May" inside a sentence as the month, and at its start as possibly the modal', () => {
    expect(words('a rise in May')[3]?.functionWord).toBe(false);
    expect(words('May we ask?')[0]?.functionWord).toBe(true);
  });
});
