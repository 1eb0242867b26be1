/**
 * "the company said" after a company whose name holds no such noun ("Novatek Systems recalled …", "The owner,
 * Coastline Storage, said …"): news writing names a business and then calls it by what it is, so the speaker is
 * the nearest business named before the cue.
 */
import type { Article } from '../corpus/schema.js';
import { isDateWord, isDemonym, isFirstName, isPlaceName } from '../language/lexicon.js';
import { isBusinessNameHead, isOrganisationWord } from '../language/organisations.js';
import type { PeopleIndex } from './people.js';
import { findNameRuns, type NameRun } from './people-names.js';

// How many paragraphs back "the company" looks for the business it stands for.
const LOOKBACK = 8;

/** Where in a paragraph a name counts: not inside a quotation ("We told Acme …," she said). */
export type Outside = (paragraph: number, offset: number) => boolean;

/**
 * The business named nearest before `offset` in `paragraph`, under the name the story gives it in full
 * ("Novatek Systems" for a later "Novatek"), or null when none is named.
 */
export function businessNamed(article: Article, people: PeopleIndex, paragraph: number, offset: number, outside: Outside): string | null {
  for (let n = paragraph; n >= Math.max(1, paragraph - LOOKBACK); n--) {
    const text = article.paragraphs[n - 1]?.text ?? '';
    const end = n === paragraph ? offset : text.length;
    const where = { article: article.slug, paragraph: n };
    const names = findNameRuns(text.slice(0, end))
      .filter((run) => outside(n, run.start) && isBusinessName(run, people, { ...where, offset: run.start }))
      .filter((run) => !run.atSentenceStart || run.name.length > 1 || writtenMidSentence(article, run.name[0]!))
      .map((run) => people.resolve(run.name.join(' '), { ...where, offset: run.start })?.name ?? run.name.join(' '));
    const last = names.at(-1);
    if (last !== undefined) return names.find((name) => name.startsWith(`${last} `)) ?? last;
  }
  return null;
}

/**
 * Whether a name run can be a business: no title or first name (a person), no place, day or nation, and no head
 * noun of another kind of body ("Consumer Product Safety Commission", "Ohio State University").
 */
function isBusinessName(run: NameRun, people: PeopleIndex, where: { article: string; paragraph: number; offset: number }): boolean {
  const joined = run.name.join(' ');
  if (run.title !== null || run.name.length === 0 || isFirstName(run.name[0]!) || isPlaceName(joined)) return false;
  if (run.name.every((word) => isDateWord(word) || isDemonym(word) || isPlaceName(word))) return false;
  const head = run.name.at(-1)!;
  if (isOrganisationWord(head) && !isBusinessNameHead(head)) return false;
  // A surname standing for a person named in full before ("Brooks" for "Ellen Brooks").
  const person = people.resolve(joined, where);
  return !person || !(person.gender || isFirstName(person.name.split(' ')[0]!));
}

/**
 * Whether a word is capitalised inside a sentence somewhere in the article, so is a name: a lone word that opens a
 * sentence ("Flights were cancelled") may be only a common word.
 */
function writtenMidSentence(article: Article, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const inside = new RegExp(String.raw`[\p{Ll},;]\s+${escaped}(?![\p{L}\p{M}])`, 'u');
  return article.paragraphs.some((paragraph) => inside.test(paragraph.text));
}
