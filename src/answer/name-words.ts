/** Words of English news writing that tell what kind of thing a capitalised name is. All lowercase. */

/** Prepositions after which a capitalised name is most often a place: "in Budapest", "at the White House". */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'in at near outside inside from into across throughout around toward towards via to'.split(' '),
);

/** Small words that may stand inside a name: "Bank of England", "Foundation for Defense of Democracies". */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set('of for the and de del la le van von al bin da di du'.split(' '));
