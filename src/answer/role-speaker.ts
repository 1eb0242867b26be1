import type { Speaker } from '../analysis/schema.js';
import { isRoleNoun } from '../language/titles.js';
import { bestMatch, SAME_NAME } from './focus-match.js';
import { words, type Word } from './words.js';

/**
 * The speaker a role phrase of a question stands for: "the governor" is the speaker the story calls "Ohio Gov.
 * Mike Rourke", "the Titans coach" the one whose role is "Titans coach". The phrase must end in a role noun
 * ("governor", "coach", "chief executive"), which the speaker's role or one of their names must hold; among those,
 * the speaker holding most of the phrase's other words ("Titans", "Kenyan") wins, then the one quoted most.
 * Null when the phrase names no role or no speaker holds it.
 */
export function speakerForRole(phrase: string, speakers: readonly Speaker[]): Speaker | null {
  const asked = words(phrase).filter((word) => !word.functionWord);
  const head = asked.at(-1);
  if (!head || head.capitalized || !isRoleNoun(head.lower)) return null;
  let best: { speaker: Speaker; held: number } | null = null;
  for (const speaker of speakers) {
    const described = [speaker.role ?? '', ...speaker.aliases].flatMap((text) => words(text));
    if (!holds(described, head)) continue;
    const held = asked.filter((word) => holds(described, word)).length;
    if (!best || held > best.held || (held === best.held && speaker.quotes > best.speaker.quotes)) best = { speaker, held };
  }
  return best?.speaker ?? null;
}

// "Gov." holds "governor" (see `words`); "Union" holds "union" whatever its case.
function holds(described: readonly Word[], word: Word): boolean {
  return bestMatch(word, described) >= SAME_NAME;
}
