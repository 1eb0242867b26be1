/**
 * Abbreviations whose full stop never ends a sentence in news prose, because a name or a number always
 * follows: titles ("Sen.", "Mr."), suffixes ("Jr."), and a few more ("Mt.", "approx.", "vs.").
 */
const ALWAYS_JOINED: ReadonlySet<string> = new Set(
  (
    'mr mrs ms mx dr prof sen sens rep reps gov gen lt col maj sgt capt cmdr adm st jr sr rev hon pres supt det ' +
    'insp amb atty dep asst assoc messrs mmes mt ft approx cf vs'
  ).split(' '),
);

/** Whether a word, without its full stop, is an abbreviation that something always follows: "sen", "Mr". */
export function isAlwaysJoinedAbbreviation(word: string): boolean {
  return ALWAYS_JOINED.has(word.toLowerCase());
}
