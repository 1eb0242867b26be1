import { stem } from './stems.js';

/**
 * Phrasal verbs that news writing also uses as one word, a noun or a plainer verb: "drivers will walk out" is a
 * walkout, "the capsule touched down" landed, "she stepped down" resigned. Each is read as that word, so a
 * question in either form ("Why are the drivers striking?", "When did the walkout start?") finds the other.
 */
const PHRASAL_WORDS: ReadonlyArray<readonly [string, string, string]> = [
  ['walk', 'out', 'walkout'],
  ['walk', 'off', 'walkout'],
  ['lay', 'off', 'layoff'],
  ['shut', 'down', 'shutdown'],
  ['take', 'over', 'takeover'],
  ['turn', 'out', 'turnout'],
  ['sell', 'off', 'selloff'],
  ['bail', 'out', 'bailout'],
  ['cut', 'back', 'cutback'],
  ['hand', 'over', 'handover'],
  ['pull', 'out', 'withdraw'],
  ['step', 'down', 'resign'],
  ['touch', 'down', 'land'],
  ['call', 'off', 'cancel'],
  ['put', 'off', 'postpone'],
  ['set', 'up', 'establish'],
  ['pay', 'back', 'repay'],
  // "How much are fees going up?": "raise fees by 12%"; "When does the game come out?": "due to launch on …".
  ['go', 'up', 'rise'],
  ['go', 'down', 'fall'],
  ['come', 'out', 'launch'],
  // A law or rule starting to apply: "When does the ban take effect?" is answered by "due to come into force on 1
  // April", "goes into effect Monday", "kicks in next year".
  ['take', 'effect', 'effect'],
  ['kick', 'in', 'effect'],
];

/** Three-word phrasal verbs read as one word, as `PHRASAL_WORDS` are: "come into force" takes effect. */
const PHRASAL_PHRASES: ReadonlyArray<readonly [string, string, string, string]> = [
  ['come', 'into', 'force', 'effect'],
  ['come', 'into', 'effect', 'effect'],
  ['go', 'into', 'effect', 'effect'],
  ['go', 'into', 'force', 'effect'],
  ['enter', 'into', 'force', 'effect'],
];

// "goes" and "does" lose their "es" as "go" does not, so the stemmer leaves them apart ("goe"): they are taken back to
// the verb first.
const verbKey = (lower: string): string => stem(lower.replace(/(?<=[^aeiou]o)es$/, ''));
const byVerbAndParticle = new Map(PHRASAL_WORDS.map(([verb, particle, word]) => [`${verbKey(verb)} ${particle}`, word]));
const byPhrase = new Map(PHRASAL_PHRASES.map(([verb, particle, object, word]) => [`${verbKey(verb)} ${particle} ${object}`, word]));

/**
 * The last words of the three-word phrasal verbs that stand for a word ("effect" → "force", "effect"): what a
 * search for "take effect" must look for besides the word itself to find "due to come into force".
 */
export function phraseObjectsMeaning(word: string): string[] {
  return PHRASAL_PHRASES.filter((phrase) => phrase[3] === word).map((phrase) => phrase[2]);
}

/** The one word a verb and the two words after it stand for ("came" + "into" + "force" → "effect"), or undefined. */
export function phrasalPhraseWord(verbLower: string, particleLower: string, objectLower: string): string | undefined {
  return byPhrase.get(`${verbKey(verbLower)} ${particleLower} ${objectLower}`);
}

/**
 * The one word a verb and the particle after it stand for ("walked" + "out" → "walkout"), or undefined. The verb
 * may be in any form the stemmer takes to its base ("walking", "stepped", "laid").
 */
export function phrasalWord(verbLower: string, particleLower: string): string | undefined {
  return byVerbAndParticle.get(`${verbKey(verbLower)} ${particleLower}`);
}
