/**
 * Plural nouns for the groups news quotes without naming anyone: `"…," police said`, `officials said`,
 * `"…," investigators said in a statement`. Each speaks for an institution with one voice, through a
 * statement or a briefing, so the group is the speaker. Groups of opinion ("critics", "residents", "analysts")
 * are left out: "Critics warned it would "…"" sums up what many think rather than quoting anyone.
 */
const GROUP_NOUNS: readonly string[] = (
  'police officials authorities investigators prosecutors detectives firefighters paramedics regulators ' +
  'lawmakers legislators organisers organizers researchers scientists sources diplomats forecasters'
).split(' ');

const GROUP_NOUN_SET: ReadonlySet<string> = new Set(GROUP_NOUNS);

/** The group nouns as a regular-expression alternation, lowercase: "police", "officials". */
export const GROUP_NOUN = `(?:${GROUP_NOUNS.join('|')})`;

/** The same with a capital, as they open a sentence: "Officials", "Police". */
export const CAPITALISED_GROUP_NOUN = `(?:${GROUP_NOUNS.map((noun) => noun[0]!.toUpperCase() + noun.slice(1)).join('|')})`;

/** Whether a word is a plural noun for a group that speaks ("police", "Officials"). */
export function isGroupNoun(word: string): boolean {
  return GROUP_NOUN_SET.has(word.toLowerCase());
}
