/**
 * How English news gives the name of a thing: "a drug called Zurzuvae", "a storm named Ida", "a virus known as
 * swollen shoot", "the scheme, dubbed Project Aurora". General English, nothing of one story.
 */

/** A regular-expression source for the words that introduce a thing's name (no flags, no groups). */
export const NAMING_PHRASE =
  '(?:called|named|dubbed|nicknamed|known as|titled|entitled|branded|marketed as|sold as|sold under the (?:brand )?names?)';

// Words a question asks for a name with: "What is the name of the drug?", "What is the tour called?".
const NAME_WORDS: ReadonlySet<string> = new Set(['name', 'names', 'called', 'named', 'dubbed', 'nicknamed', 'titled', 'entitled']);

/** Whether a lowercased word of a question asks for a name: "name", "called". */
export function isNameWord(lower: string): boolean {
  return NAME_WORDS.has(lower);
}
