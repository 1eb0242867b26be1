/**
 * The lowercase words that stand inside capitalised names in English prose: the particles of people's names
 * ("Charles de Gaulle", "Ursula von der Leyen") and the small words of institutions' and places' names
 * ("Bank of England", "Foundation for Defense of Democracies").
 */

/** Particles inside people's names: "de", "van", "von der", "bin", "al". */
export const NAME_PARTICLES: readonly string[] = [
  'de', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'della', 'la', 'le', 'du', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'ter', 'y',
];

/** Small words inside the names of institutions and places: "Bank of England", "Minister for the Environment". */
export const NAME_JOINERS: readonly string[] = ['of', 'for', 'the', 'and'];

const INSIDE_NAMES: ReadonlySet<string> = new Set([...NAME_PARTICLES, ...NAME_JOINERS]);

/** Whether a lowercase word may stand inside a capitalised name: a particle or a joining word. */
export function standsInsideNames(word: string): boolean {
  return INSIDE_NAMES.has(word);
}
