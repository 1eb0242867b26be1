import type { ArticleAnalysis, PersonLike } from './article-analysis.js';
import type { ArticleSentence } from './article-text.js';
import { isCalendarName } from '../language/calendar.js';
import { isIrregularForm } from '../language/irregular-verbs.js';
import { isActorNoun } from '../language/lexicon.js';
import { isRoleNoun, isTitleWord } from '../language/titles.js';
import { uniqueParagraphs } from './entity-facts.js';
import { mentionWeight, sentenceWeight, type FactDraft } from './fact-draft.js';
import { statementAround } from './statement.js';

/**
 * People as facts: "Jane Doe — Finance Minister", citing the paragraph that gives the role, with the age the
 * article gives ("Raymond Kessler, 58 — …"). When no role is known, an appositive after the name ("Jane Doe, a
 * spokeswoman for the agency,"), a relative clause ("Linda Park, who has used the branch for 30 years,") or a
 * role noun before it ("midfielder Sami Okafor") gives one, or else the statement of the person's first mention
 * says who they are in the story.
 */

// After the name, an age may come first: "Raymond Kessler, 58, the former deputy director…".
const APPOSITIVE = /^,\s(?:\d{1,3},\s)?((?:a|an|the)\s[^,;.]{3,80}?)(?:,|\.|;|$)/;
const RELATIVE = /^,\s(?:\d{1,3},\s)?((?:who|whose)\s[^,;.]{3,80}?)(?:,|\.|;|$)/;
const AGE = /^,\s(\d{1,3}),/;
// "midfielder Sami Okafor", "veteran forward Kieran Doyle": lowercase words just before a name describe them.
const PREMODIFIER = /(?:^|[\s(])((?:[a-z][a-z-]+\s){1,2})$/;
const NOT_DESCRIPTIVE = new Set(
  ('the a an and or but for of to in on at by with from as said says told asked when while after before that which who ' +
    'his her their its our my your this these those said including between against about over under than like').split(' '),
);
const MAX_SOURCES = 3;

/** `organisationNames` are names found to be organisations, which a person's name may not be part of. */
export function peopleFacts(analysis: ArticleAnalysis, people: PersonLike[], organisationNames: ReadonlySet<string>): FactDraft[] {
  const drafts: FactDraft[] = [];
  const organisations = [...organisationNames];
  for (const person of people) {
    if (organisations.some((organisation) => organisation.includes(person.name)) || isCalendarName(person.name)) continue;
    const names = [person.name, ...person.aliases].filter((name) => /^\p{Lu}/u.test(name)).sort((a, b) => b.length - a.length);
    const pattern = namePattern(names);
    if (!pattern) continue;
    const mentions = analysis.sentences
      .map((sentence) => ({ sentence, match: new RegExp(pattern.source, 'u').exec(sentence.text) }))
      .filter((mention): mention is { sentence: ArticleSentence; match: RegExpExecArray } => mention.match !== null);
    if (mentions.length === 0) continue;

    const first = mentions[0]!;
    const otherNames = new Set(people.filter((other) => other !== person).flatMap((other) => other.name.split(/\s+/)));
    let role = plausibleRole(person.role, otherNames);
    // Someone named by one word only and given no role is rarely a key fact, and often not a person at all.
    if (!role && !person.name.includes(' ') && !APPOSITIVE.test(first.sentence.text.slice(first.match.index + first.match[0].length))) continue;
    let roleSentence = role ? mentions.find(({ sentence }) => sentence.text.includes(role!))?.sentence : undefined;
    if (!role) {
      for (const { sentence, match } of mentions) {
        const after = sentence.text.slice(match.index + match[0].length);
        const described =
          APPOSITIVE.exec(after)?.[1]!.replace(/^(?:a|an|the)\s/, '') ?? premodifier(sentence.text.slice(0, match.index)) ?? RELATIVE.exec(after)?.[1];
        if (described) {
          role = described;
          roleSentence = sentence;
          break;
        }
      }
    }
    const description =
      role ??
      statementAround(first.sentence.text, { start: first.match.index, end: first.match.index + first.match[0].length }, {
        maxWords: 14,
        quoted: first.sentence.quoted,
        anchor: 'clause',
      }).text;
    const sources = uniqueParagraphs([...(roleSentence ? [roleSentence] : []), ...mentions.map(({ sentence }) => sentence)]);
    const age = mentions.map(({ sentence, match }) => AGE.exec(sentence.text.slice(match.index + match[0].length))?.[1]).find(Boolean);
    drafts.push({
      kind: 'person',
      text: `${person.name}${age ? `, ${age}` : ''} — ${description}`,
      key: `person:${person.name.toLowerCase()}`,
      score:
        0.55 * mentionWeight(mentions.length) +
        0.45 * sentenceWeight(analysis.centrality[first.sentence.index] ?? 0, analysis.prominence[first.sentence.index] ?? 0) +
        (role ? 0.05 : 0),
      sources: sources.slice(0, MAX_SOURCES),
    });
  }
  return drafts;
}

function premodifier(before: string): string | null {
  const candidates = PREMODIFIER.exec(before)?.[1]?.trim().split(' ') ?? [];
  // Read back from the name while the words still describe: "signed striker" → "striker"; the word next to the
  // name must say what the person does ("striker", "analyst"), not "back through Jamal Ortiz".
  const words: string[] = [];
  for (const word of candidates.reverse()) {
    if (NOT_DESCRIPTIVE.has(word) || /(?:ed|ing|ly)$/.test(word)) break;
    words.unshift(word);
  }
  const noun = words.at(-1);
  return noun && (isRoleNoun(noun) || isActorNoun(noun)) ? words.join(' ') : null;
}

// A role that names another person ("Jordan Mensah and winger") or holds a verb ("Harbour City paid for
// midfielder") was read from a list or a clause, not from a title.
function plausibleRole(role: string | null, otherNames: ReadonlySet<string>): string | null {
  if (!role) return null;
  const words = role.split(/\s+/);
  const namesAnother = words.some((word) => otherNames.has(word) && !isTitleWord(word));
  const holdsVerb = words.some((word) => /^\p{Ll}+ed$/u.test(word) || isIrregularForm(word));
  return namesAnother || holdsVerb || /^\p{Ll}+s$/u.test(role) ? null : role;
}

function namePattern(names: string[]): RegExp | null {
  if (names.length === 0) return null;
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}])(?:${escaped.join('|')})(?![\\p{L}])`, 'u');
}
