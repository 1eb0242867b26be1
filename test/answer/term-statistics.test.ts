import { describe, expect, it } from 'vitest';
import { synonymsOf } from '../../src/language/synonyms.js';
import { TermStatistics } from '../../src/answer/term-statistics.js';
import { words } from '../../src/answer/words.js';

const statistics = TermStatistics.fromParagraphs([
  'Ann Ruiz died on Sunday. Her daughter said the cause was pneumonia.',
  'Ruiz taught for 34 years. Ruiz led the college.',
]);
const word = (text: string) => words(text)[0]!;

describe('word weights', () => {
  it('weighs a rare word more than a common one, and a word the corpus never uses the most', () => {
    expect(statistics.weight(word('pneumonia'))).toBeGreaterThan(statistics.weight(word('Ruiz')));
    expect(statistics.weight(word('breakfast'))).toBeGreaterThan(statistics.weight(word('pneumonia')));
  });

  it('weighs a word the story says only in other words ("death" for "died") between the two', () => {
    const death = word('death');
    const absent = statistics.weight(death);
    const paraphrased = statistics.weight(death, synonymsOf(death.term));
    expect(paraphrased).toBeLessThan(absent);
    expect(paraphrased).toBeGreaterThan(statistics.weight(word('died')));
  });
});
