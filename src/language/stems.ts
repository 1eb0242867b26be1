import { stemmer } from 'stemmer';
import { verbBase } from './irregular-verbs.js';

/**
 * The stem two words are compared by, so "negotiations" finds "negotiate", "spoke" finds "speak" and "defence"
 * finds "defense": an irregular verb goes to its base form, a British spelling to the American one, and the
 * Porter stemmer does the rest. Takes a lowercased word; what is not letters alone ("u.s", "2,500") stays as it is.
 */
export function stem(lower: string): string {
  let stemmed = stems.get(lower);
  if (stemmed === undefined) {
    stemmed = /^\p{L}+$/u.test(lower) ? stemmer(americanSpelling(verbBase(lower))) : lower;
    if (stems.size < MAX_REMEMBERED_STEMS) stems.set(lower, stemmed);
  }
  return stemmed;
}

// Stemming is the costliest step of reading an article and news vocabulary repeats, so stems are remembered.
const MAX_REMEMBERED_STEMS = 50_000;
const stems = new Map<string, string>();

const BRITISH_WORDS: Record<string, string> = {
  defence: 'defense',
  offence: 'offense',
  licence: 'license',
  pretence: 'pretense',
  programme: 'program',
  programmes: 'programs',
  cheque: 'check',
  tyre: 'tire',
  grey: 'gray',
};

/**
 * Folds British spellings to American ones so either finds the other. Both sides of every comparison are folded
 * the same way, so a rule that also bends an American word ("promise" to "promize") does no harm.
 */
export function americanSpelling(lower: string): string {
  const listed = BRITISH_WORDS[lower];
  if (listed) return listed;
  return lower
    .replace(/^(.{3,})is(ation|ations|e|es|ed|ing)$/, '$1iz$2')
    .replace(/^(.{3,})ys(e|es|ed|ing)$/, '$1yz$2')
    .replace(/^(.{2,})our(s|ed|ing|ite|ites|able)?$/, '$1or$2')
    .replace(/^(.{2,})tre(s)?$/, '$1ter$2')
    .replace(/^(.{3,}[aeiou])ll(ed|ing|er|ers)$/, '$1l$2');
}
