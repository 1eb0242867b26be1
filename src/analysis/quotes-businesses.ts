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
import { isOrganisationName } from './organisations.js';

// How many paragraphs back "the company" looks for the business it stands for.
const LOOKBACK = 8;

/** Where in a paragraph a name counts: not inside a quotation ("We told Acme …," she said). */
export type Outside = (paragraph: number, offset: number) => boolean;

/**
 * The business named nearest before `offset` in `paragraph`, under the name the story gives it in full
 * ("Novatek Systems" for a later "Novatek"), or null when none is named.
 */
export function businessNamed(article: Article, people: PeopleIndex, paragraph: number, offset: number, outside: Outside): string | null {
  return namedBefore(article, people, { paragraph, offset, outside, lookback: LOOKBACK, anyBody: false });
}

/**
 * The organisation of any kind named nearest before `offset`, for the "it" of `"…," it said`, which news
 * writing uses only for a body it has just named; null when none was named in this paragraph or the one before.
 */
export function organisationNamed(article: Article, people: PeopleIndex, paragraph: number, offset: number, outside: Outside): string | null {
  return namedBefore(article, people, { paragraph, offset, outside, lookback: 1, anyBody: true });
}

interface Search {
  paragraph: number;
  offset: number;
  outside: Outside;
  lookback: number;
  /** Whether any body will do, or only a business ("Consumer Product Safety Commission" is no company). */
  anyBody: boolean;
}

function namedBefore(article: Article, people: PeopleIndex, { paragraph, offset, outside, lookback, anyBody }: Search): string | null {
  for (let n = paragraph; n >= Math.max(1, paragraph - lookback); n--) {
    const text = article.paragraphs[n - 1]?.text ?? '';
    const end = n === paragraph ? offset : text.length;
    const where = { article: article.slug, paragraph: n };
    const names = findNameRuns(text.slice(0, end))
      .filter((run) => outside(n, run.start) && isBodyName(run, people, { ...where, offset: run.start }, anyBody))
      .filter((run) => !run.atSentenceStart || run.name.length > 1 || isOrganisationName(run.name[0]!) || writtenMidSentence(article, run.name[0]!))
      .map((run) => people.resolve(run.name.join(' '), { ...where, offset: run.start })?.name ?? run.name.join(' '));
    const last = names.at(-1);
    if (last !== undefined) return names.find((name) => name.startsWith(`${last} `)) ?? last;
  }
  return null;
}

/**
 * Whether a name run can be a body: no title or first name (a person), no place, day or nation; for a business,
 * also no head noun of another kind of body ("Consumer Product Safety Commission", "Ohio State University").
 */
function isBodyName(run: NameRun, people: PeopleIndex, where: { article: string; paragraph: number; offset: number }, anyBody: boolean): boolean {
  const joined = run.name.join(' ');
  if (run.title !== null || run.name.length === 0 || isFirstName(run.name[0]!) || isPlaceName(joined)) return false;
  if (run.name.every((word) => isDateWord(word) || isDemonym(word) || isPlaceName(word))) return false;
  const head = run.name.at(-1)!;
  if (!anyBody && isOrganisationWord(head) && !isBusinessNameHead(head)) return false;
  // A surname standing for a person named in full before ("Brooks" for "Ellen Brooks").
  const person = people.resolve(joined, where);
  return !person || !(person.gender || isFirstName(person.name.split(' ')[0]!));
}

/**
 * Whether a word is capitalised inside a sentence somewhere in the article, so is a name: a lone word that opens a
 * sentence ("Flights were cancelled") may be only a common word, unless it is a known institution ("Greenpeace").
 */
function writtenMidSentence(article: Article, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const inside = new RegExp(String.raw`[\p{Ll},;]\s+${escaped}(?![\p{L}\p{M}])`, 'u');
  return article.paragraphs.some((paragraph) => inside.test(paragraph.text));
}
