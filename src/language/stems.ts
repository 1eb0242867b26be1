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
    stemmed = /^\p{L}+$/u.test(lower) ? singleFinalConsonant(stemmer(americanSpelling(verbBase(regularBase(lower))))) : lower;
    if (stems.size < MAX_REMEMBERED_STEMS) stems.set(lower, stemmed);
  }
  return stemmed;
}

// The Porter stemmer undoubles a final consonant once it has cut -ed or -ing ("hopped" → "hop"), but leaves a
// base that ends doubled as it is, so "added" became "ad" while "add" and "adds" stayed "add", and "staffed" never
// met "staff". Undoubling every stem the same way (but "ll", "ss" and "zz", which the stemmer keeps) joins them.
function singleFinalConsonant(stemmed: string): string {
  return /([^aeiouylsz])\1$/.test(stemmed) ? stemmed.slice(0, -1) : stemmed;
}

// Stemming is the costliest step of reading an article and news vocabulary repeats, so stems are remembered.
const MAX_REMEMBERED_STEMS = 50_000;
const stems = new Map<string, string>();

// Nouns in -us add -es for the plural, which the Porter stemmer cuts differently from the singular ("buses" →
// "buse", "bus" → "bu"). A list, since "causes" and "houses" end the same way but are "cause" and "house".
const US_PLURALS: ReadonlySet<string> = new Set(
  'bus campus virus bonus census status surplus focus circus chorus sinus genius apparatus prospectus caucus syllabus stimulus octopus walrus consensus'.split(' '),
);

function singularOfUs(lower: string): string {
  const singular = lower.endsWith('uses') ? lower.slice(0, -2) : lower;
  return US_PLURALS.has(singular) ? singular : lower;
}

// Plurals that change a vowel, which the stemmer leaves as they are: "women" would never meet "woman".
const VOWEL_PLURALS: Readonly<Record<string, string>> = { feet: 'foot', teeth: 'tooth', geese: 'goose', mice: 'mouse', children: 'child' };
// "men", "women", "chairmen", "spokeswomen", "fishermen": not "omen", "specimen" or "abdomen".
const MEN_PLURAL = /^((?:chair|spokes|business|congress|council|fire|police|fisher|gun|service|sports|middle|fresh|assembly|alder|crafts|states|sales|clergy|fore|noble|country|towns|lay)?(?:wo)?m)en$/;
// Verbs in -ie change it before -ing and keep it before -d: the stemmer makes "died" "di" but "die" "die".
const IE_VERB_FORMS = /^(d|t|l|v)(?:ied|ies|ying)$/;

/** The form the stemmer can take further: a singular for an irregular plural, a base for an -ie verb. */
function regularBase(lower: string): string {
  if (Object.hasOwn(VOWEL_PLURALS, lower)) return VOWEL_PLURALS[lower]!;
  if (MEN_PLURAL.test(lower)) return lower.replace(MEN_PLURAL, '$1an');
  if (IE_VERB_FORMS.test(lower)) return lower.replace(IE_VERB_FORMS, '$1ie');
  return singularOfUs(lower);
}

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
  // Own keys only: a word such as "constructor" must not find Object's.
  if (Object.hasOwn(BRITISH_WORDS, lower)) return BRITISH_WORDS[lower]!;
  return lower
    .replace(/^(.{3,})is(ation|ations|e|es|ed|ing)$/, '$1iz$2')
    .replace(/^(.{3,})ys(e|es|ed|ing)$/, '$1yz$2')
    .replace(/^(.{2,})our(s|ed|ing|ite|ites|able)?$/, '$1or$2')
    .replace(/^(.{2,})tre(s)?$/, '$1ter$2')
    .replace(/^(.{3,}[aeiou])ll(ed|ing|er|ers)$/, '$1l$2');
}
