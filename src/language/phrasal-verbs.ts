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
];

const byVerbAndParticle = new Map(PHRASAL_WORDS.map(([verb, particle, word]) => [`${stem(verb)} ${particle}`, word]));

/**
 * The one word a verb and the particle after it stand for ("walked" + "out" → "walkout"), or undefined. The verb
 * may be in any form the stemmer takes to its base ("walking", "stepped", "laid").
 */
export function phrasalWord(verbLower: string, particleLower: string): string | undefined {
  return byVerbAndParticle.get(`${stem(verbLower)} ${particleLower}`);
}
