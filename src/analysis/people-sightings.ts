/**
 * Sightings of people in news prose: the capitalised runs of a corpus that name someone, each with its role and
 * whether its context shows it is a person (a title, a role, "said" after it, "said" or "according to" before
 * it, ", who" after it) rather than a body or a place ("the union Aslef", "Jo Hale of Aslef said", "University
 * of Northfield").
 */
import type { Corpus } from '../corpus/schema.js';
import { couldBePersonName, findNameRuns, type NameRun } from './people-names.js';
import { isFirstName } from '../language/lexicon.js';
import { appositiveRole, isRoleNoun, precedingRole, roleFromTitle, wordBefore } from './people-roles.js';
import { isOrganisationWord } from '../language/organisations.js';
import { isPluralBodyName } from './organisations.js';
import { isSpeechVerb, SPEECH_VERB } from '../language/speech-verbs.js';

/** A capitalised run that names someone, before we know whom. */
export interface Sighting {
  article: string;
  paragraph: number;
  run: NameRun;
  surface: string;
  role: string | null;
  evidence: boolean;
}

const SPEECH_AFTER = new RegExp(String.raw`^(?:,[^,"“”]{1,80},)?\s+(?:\p{Ll}+ly\s+)?${SPEECH_VERB}\b`, 'u');
const LONGER_NAME_BEFORE = /\p{Lu}[\p{L}\p{M}'’.-]*\s+(?:of|for)\s+(?:the\s+)?$/u;
const AFFILIATING_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'at', 'for', 'from', 'with', 'by']);
const WHO_AFTER = /^['’]?s?,\s+(?:who|whose|\d{1,3},)/u;

/** Every capitalised run of a corpus that may name a person, in reading order. */
export function collectSightings(corpus: Corpus): Sighting[] {
  const sightings: Sighting[] = [];
  for (const article of corpus.articles) {
    for (const paragraph of article.paragraphs) {
      const text = paragraph.text;
      for (const run of findNameRuns(text)) {
        const realTitle = run.title !== null && !run.titleIsHonorific ? roleFromTitle(withQualifier(text, run.start, run.title)) : null;
        // "Kellerman's lawyer, Janet Okafor, argued …": a name set off after its role; what follows is the predicate.
        const setOffRole = /,\s$/.test(text.slice(0, run.start)) ? precedingRole(text, run.start) : null;
        const role = realTitle ?? setOffRole ?? appositiveRole(text, run.end) ?? precedingRole(text, run.start);
        if (run.title === null && (namesAnOrganisation(text, run.start) || endsLongerName(text, run.start) || endsPluralBodyName(text, run))) continue;
        const shownByContext =
          run.title !== null ||
          role !== null ||
          (SPEECH_AFTER.test(text.slice(run.end).replace(/^['’]s\b/, '')) && !followsPreposition(text, run.start)) ||
          followsSpeechVerb(text, run.start) ||
          WHO_AFTER.test(text.slice(run.end));
        if (!couldBePersonName(run.name, shownByContext) || modifiesRoleNoun(text, run.end)) continue;
        const evidence = shownByContext || (run.name.length > 1 && isFirstName(run.name[0]!));
        sightings.push({
          article: article.slug,
          paragraph: paragraph.n,
          run,
          surface: text.slice(run.start, run.end),
          role,
          evidence,
        });
      }
    }
  }
  return sightings;
}

/** Whether a name only qualifies the role noun after it: "Sporting president …", "Acme spokesman …". */
function modifiesRoleNoun(text: string, end: number): boolean {
  const next = /^['’]?s?\s+(\p{Ll}[\p{Ll}-]+)/u.exec(text.slice(end, end + 40))?.[1];
  return next !== undefined && isRoleNoun(next) && !/[^s]s$/.test(next);
}

/** Whether a name is the object of a preposition ("Jo Hale of Aslef said"), so the verb after it is not its own. */
function followsPreposition(text: string, start: number): boolean {
  const last = wordBefore(text, start);
  return last !== null && text[start - 2] !== ',' && AFFILIATING_PREPOSITIONS.has(last);
}

/** Whether a name follows a lowercase noun for a body, which it then names: "the drivers' union Aslef", "the bank Lazard". */
function namesAnOrganisation(text: string, start: number): boolean {
  const last = wordBefore(text, start);
  return last !== null && text[start - 2] !== ',' && /^\p{Ll}/u.test(last) && isOrganisationWord(last);
}

/** Whether a name ends the name of a body or place begun before it: "University of Northfield", "Bank of Ireland". */
function endsLongerName(text: string, start: number): boolean {
  const last = wordBefore(text, start);
  return (last === 'of' || last === 'for' || last === 'the') && LONGER_NAME_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * Whether a run is a body's name built on a plural noun, or its tail, its first words left out of the run as an
 * acronym or a sentence's common opener: "(NHS) Providers", "(Youth) Work Providers", "Doctors Without Borders".
 */
function endsPluralBodyName(text: string, run: NameRun): boolean {
  const before = /(?:\p{Lu}[\p{L}\p{M}'’\-]*\s+)*$/u.exec(text.slice(Math.max(0, run.start - 60), run.start))?.[0] ?? '';
  return isPluralBodyName(`${before}${run.name.join(' ')}`);
}

/** Whether a name comes right after a speech verb or "according to": `said Smith`, `according to Smith`. */
function followsSpeechVerb(text: string, start: number): boolean {
  const last = wordBefore(text, start);
  if (last === null || text[start - 2] === ',') return false;
  if (isSpeechVerb(last)) return true;
  const before = wordBefore(text, start - last.length - 1);
  return before !== null && (isSpeechVerb(`${before} ${last}`) || /^according to$/i.test(`${before} ${last}`));
}

/** A title with the lowercase word that qualifies it: "former Governor", "acting Director". */
function withQualifier(text: string, start: number, title: string): string {
  const qualifier = /\b(former|acting|outgoing|incoming|interim|then-)\s*$/i.exec(text.slice(Math.max(0, start - 12), start))?.[1];
  return qualifier ? `${qualifier.toLowerCase()}${qualifier.endsWith('-') ? '' : ' '}${title}` : title;
}
