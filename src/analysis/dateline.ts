/**
 * The dateline that opens a wire story: "DETROIT (AP) — ", "SAN JOSE, Calif. — ", "LONDON, Oct. 16 (Reuters) - ",
 * "BALTIMORE -- ". It says where the reporter filed from, not what happened, so the analyses read the lede
 * without it: a city in capitals is no organisation, and the agency in brackets is no actor of the story.
 */

// The city in capitals (at least two letters, so "A" or "I" never starts one), then optionally its state or
// country, a date and the agency in brackets, then a dash.
const DATELINE = new RegExp(
  String.raw`^\p{Lu}[\p{Lu}.'’-]+(?:\s[\p{Lu}.'’-]+){0,3}` +
    String.raw`(?:,\s[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?(?:\s\d{1,2})?)?` +
    String.raw`(?:\s\([^)]{1,40}\))?` +
    String.raw`\s?(?:—|–|--|-)\s`,
  'u',
);

/** How many characters of a paragraph's start are a dateline (0 when it has none). */
export function datelineLength(text: string): number {
  const match = DATELINE.exec(text);
  return match && match[0].length < text.length ? match[0].length : 0;
}

/** An article's first paragraph without its dateline. */
export function withoutDateline(text: string): string {
  return text.slice(datelineLength(text));
}
