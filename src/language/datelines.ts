/**
 * The dateline that opens a wire or newspaper story: where it was filed, perhaps when and by which agency, then a
 * dash: "DETROIT (AP) —", "HARRISBURG, Pa. (AP) —", "GENEVA, March 4 (Reuters) -", "SAN JOSE, Calif. —",
 * "LONDON (Reuters) -". It says where the reporter was, not what happened, so an answer quoting the sentence
 * reads better without it.
 */

// The place in capitals ("SAN FRANCISCO", "ST. LOUIS"), then up to two comma-separated qualifiers (a state,
// a country or a date: ", Pa.", ", N.Y.", ", March 4"), an agency in brackets, and the dash. A place written
// in ordinary case ("Washington (CNN) —") counts only with its agency: otherwise it is a name opening a sentence.
const CAPITALISED_PLACE = String.raw`\p{Lu}[\p{Lu}.'\u2019-]+(?:\s\p{Lu}[\p{Lu}.'\u2019-]*){0,3}`;
const PLACE = String.raw`\p{Lu}[\p{Ll}.'\u2019-]+(?:\s\p{Lu}[\p{Ll}.'\u2019-]+){0,2}`;
const QUALIFIER = String.raw`,\s\p{Lu}[\p{L}.]*(?:\s[\p{L}\d.]+){0,2}`;
const AGENCY = String.raw`\s?\([^()]{1,40}\)`;
const DASH = String.raw`\s?(?:[\u2014\u2013]|--?)\s+`;
const NEXT_WORD = String.raw`(?=["'\u201C\u2018]?\p{Lu}|\d)`;
const DATELINE = new RegExp(
  `^(?:${CAPITALISED_PLACE}(?:${QUALIFIER}){0,2}(?:${AGENCY})?|${PLACE}(?:${QUALIFIER}){0,2}${AGENCY})${DASH}${NEXT_WORD}`,
  'u',
);

/** How many characters of the text are its opening dateline, 0 when it has none. */
export function datelineLength(text: string): number {
  const match = DATELINE.exec(text);
  // A capitalised word alone before a dash may be an acronym opening a sentence ("NATO — the alliance —"):
  // without an agency or a qualifier, the place must look like a place name, at least four capitals long.
  if (!match) return 0;
  const bare = /^[\p{Lu}.'\u2019-]+(?:\s[\p{Lu}.'\u2019-]+)*\s?(?:[\u2014\u2013]|--?)\s+$/u.test(match[0]);
  if (bare && match[0].replace(/[^\p{Lu}]/gu, '').length < 4) return 0;
  return match[0].length;
}

/** The text without its opening dateline: "DETROIT (AP) — Carver said…" → "Carver said…". */
export function withoutDateline(text: string): string {
  return text.slice(datelineLength(text));
}

/** Where the dateline's place ends: "DETROIT" of "DETROIT (AP) —", "HARRISBURG" of "HARRISBURG, Pa. (AP) —". */
export function datelinePlaceLength(text: string): number {
  const length = datelineLength(text);
  if (length === 0) return 0;
  return /^[^,(\u2014\u2013]*?(?=\s?[,(\u2014\u2013]|\s-)/u.exec(text.slice(0, length))?.[0].length ?? 0;
}
