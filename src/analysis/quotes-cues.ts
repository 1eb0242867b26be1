/**
 * The attribution around a quotation, by the patterns of news writing: `"…," X said`, `"…," said X`,
 * `"…," according to X`, `X said: "…"`, `X told reporters, "…"`, `X: "…"`, `X said the plan was "…"`.
 * A cue names its speaker by name ("Whitfield", "Sen. Delgado"), by pronoun ("she"), by role ("the senator"),
 * by age ("the 24-year-old"), by the noun for a body named before ("the airline", "the union", "the fire
 * department") or by a group that speaks as one ("police", "fire officials").
 */
import { couldBePersonName, findNameRuns } from './people-names.js';
import { isRoleNoun, roleHead, soundsLikeRoleNoun } from './people-roles.js';
import { isFunctionWord } from '../language/function-words.js';
import { isBusinessNoun, isKindOfBody, isOrganisationWord } from '../language/organisations.js';
import { groupWords } from './quotes-groups.js';
import { CAPITALISED_GROUP_NOUN, GROUP_NOUN, isGroupNoun } from '../language/speaking-groups.js';
import { SPEECH_VERB } from '../language/speech-verbs.js';

export type SubjectKind = 'name' | 'pronoun' | 'role' | 'body' | 'age' | 'group' | 'statement';

export interface Cue {
  /** The words that attribute the quotation, as written: "Whitfield remarked", "according to Okafor". */
  text: string;
  /** Who the cue says spoke, as written: "Whitfield", "she", "the senator". */
  subject: string;
  kind: SubjectKind;
  /** Offset of the subject in the paragraph, for resolving it to the person named nearest before. */
  offset: number;
}

const CAP = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`;
const PARTICLE = String.raw`(?:of|for|to|the|and|de|van|von|der|den|al|bin|la|le|du|da|di)`;
const NAME = String.raw`${CAP}(?:\s+(?:${PARTICLE}\s+)*${CAP}){0,5}`;
// "it" stands for a body just named: `"…," it said in a statement`.
const PRONOUN = String.raw`(?:[Hh]e|[Ss]he|[Ii]t)`;
const DET = String.raw`(?:[Tt]he|[Aa]n?|[Oo]ne)`;
const ROLE_HEAD = String.raw`\p{Ll}[\p{Ll}\-]+`;
// "A Department of Health and Social Care spokesperson": a body's name of any length may qualify the role.
const ROLE = String.raw`${DET}\s+(?:${NAME}\s+(?=\p{Ll}))?(?:[\p{L}\p{M}'’.\-]+\s+){0,4}?${ROLE_HEAD}(?:\s+(?:for|at|of|with|from|in)\s+(?:the\s+)?${CAP}(?:\s+(?:of\s+)?${CAP}){0,3})?`;
// "the 24-year-old", "the 81-year-old potter": a person called by their age.
const AGE = String.raw`[Tt]he\s+\d{1,3}-year-old(?:\s+\p{Ll}[\p{Ll}\-]+)?`;
// "Anna Berg's lawyer", "Acme's chief executive": a role whose holder the story leaves unnamed.
const OWNED_ROLE = String.raw`${NAME}['’]s\s+(?:\p{Ll}[\p{Ll}\-]+\s+){0,2}?${ROLE_HEAD}`;
// "police", "Officials", "fire officials", "U.S. officials": a group with no article before it.
const GROUP = String.raw`(?:(?:${CAP}|\p{Ll}[\p{Ll}\-]+)\s+){1,2}?${GROUP_NOUN}|${GROUP_NOUN}|${CAPITALISED_GROUP_NOUN}`;
// "the statement said", "the letter read": a document stands for whoever issued it.
const STATEMENT = String.raw`[Tt]he\s+(?:(?:written|joint|prepared|brief|open|short)\s+)?(?:statement|letter|note|post|message)`;
const SUBJECT = String.raw`(?<subject>${STATEMENT}|${AGE}|${ROLE}|${OWNED_ROLE}|${PRONOUN}|${GROUP}|${NAME})(?![\p{L}\p{M}])`;
// Right after a quotation a name may carry a lowercase role: `, frontwoman Jo Castellano told the crowd`,
// `, City Hall press secretary Karen Holt told reporters`.
const SUBJECT_AFTER = String.raw`(?<subject>${STATEMENT}|${AGE}|${ROLE}|${OWNED_ROLE}|${PRONOUN}|${GROUP}|(?:${NAME}\s+)?(?:\p{Ll}[\p{Ll}\-]+\s+){0,2}${NAME})(?![\p{L}\p{M}])`;
// ", an analyst at the foundation," between a subject and its verb, or the comma closing an appositive the
// subject itself stands in ("Her colleague, Professor Luis Ferreira, described …"). A name set off after a role
// is the speaker: "The union's chief negotiator, Idris Morgan, said".
const APPOSITIVE = String.raw`(?:,\s+(?<aside>[^,"“”]{1,100}),|,(?=\s+\p{Ll}))?`;
const ADVERB = String.raw`(?:\p{Ll}+ly\s+)?`;
const VERB = String.raw`(?<verb>${SPEECH_VERB})`;
// Verbs that frame a partial quotation: X called it "…", X described the deal as "…".
const FRAMING_VERB = String.raw`(?<verb>${SPEECH_VERB}|called|calls|described|describes|dubbed|branded|labell?ed|termed)`;
const LEAD = String.raw`^\s*[,\u2014\u2013-]?\s*`;

const AFTER_SUBJECT_VERB = new RegExp(String.raw`${LEAD}${SUBJECT_AFTER}${APPOSITIVE}\s+${ADVERB}${VERB}\b`, 'u');
const AFTER_VERB_SUBJECT = new RegExp(String.raw`${LEAD}${VERB}\s+${SUBJECT}`, 'u');
// `, said Brightline's chief executive, Jane Doe`, `, said Aslef general secretary Mick Whelan`, `, said union boss
// Jo Hale`: a person named after a lowercase role is the speaker, not the organisation that qualifies the role.
const POSSESSOR = String.raw`(?:${CAP}|\p{Ll}[\p{Ll}\-]+)['’]s\s+`;
const AFTER_VERB_ROLE_NAME = new RegExp(
  String.raw`${LEAD}${VERB}\s+(?:${DET}\s+)?(?:${POSSESSOR})?(?:${NAME}\s+)?(?<role>(?:\p{Ll}[\p{Ll}\-]+\s+){0,3}?\p{Ll}[\p{Ll}\-]+),?\s+(?<subject>${NAME})(?![\p{L}\p{M}])`,
  'u',
);
// `, said the Conservative MP for Bath, Dawn Butterfield.`: a role of any case, then the name that closes the clause.
const AFTER_VERB_THE_ROLE_NAME = new RegExp(
  String.raw`${LEAD}${VERB}\s+[Tt]he\s+(?<role>[^,"“”‘’]{2,60}?),\s+(?<subject>${NAME})(?=\s*(?:[.;,!?]|$))`,
  'u',
);
// "read" attributes only a document's words: `"…," the letter read`, `The statement read in part: "…"`.
const DOCUMENT_READ = String.raw`(?<subject>${STATEMENT})\s+(?<verb>reads?)(?:\s+in\s+part)?`;
const AFTER_DOCUMENT_READ = new RegExp(String.raw`${LEAD}${DOCUMENT_READ}\b`, 'u');
const BEFORE_DOCUMENT_READ = new RegExp(String.raw`(?:^|[^\p{L}])${DOCUMENT_READ}\s*[,:]?\s*$`, 'u');
const AFTER_ACCORDING = new RegExp(String.raw`${LEAD}(?<verb>according\s+to)\s+${SUBJECT}`, 'u');

const BEFORE_SUBJECT_VERB = new RegExp(
  String.raw`(?:^|[^\p{L}])${SUBJECT}${APPOSITIVE}\s+${ADVERB}${VERB}\b[^"“”‘]{0,80}?[,:]?\s*(?:that\s+)?$`,
  'u',
);
const BEFORE_ACCORDING = new RegExp(String.raw`(?<verb>[Aa]ccording\s+to)\s+${SUBJECT}${APPOSITIVE}\s*,?\s*$`, 'u');
const BEFORE_COLON = new RegExp(String.raw`(?:^|[.;]\s+)${SUBJECT}\s*:\s*$`, 'u');
const WITHIN = new RegExp(String.raw`(?:^|[^\p{L}])${SUBJECT}${APPOSITIVE}\s+${ADVERB}${VERB}\b`, 'u');
const BEFORE_FRAMING = new RegExp(String.raw`(?:^|[^\p{L}])${SUBJECT}${APPOSITIVE}\s+${ADVERB}${FRAMING_VERB}\b[^"“”‘.!?]*$`, 'u');

const STATEMENT_SUBJECT = new RegExp(String.raw`^${STATEMENT}$`, 'u');

// Capitalised words that open a sentence or a clause without naming anyone.
const NOT_A_SUBJECT = /^(?:it|this|that|there|here|which|what|who|and|but|so|however|meanwhile|instead|still|also|then|now|as|when|while|if|in|on|at|for|with|by|from|after|before|during|earlier|later|today|yesterday|i|we|you|they)$/i;

function subjectKind(subject: string): SubjectKind {
  if (STATEMENT_SUBJECT.test(subject)) return 'statement';
  if (/^(?:he|she|it)$/i.test(subject)) return 'pronoun';
  if (/^the\s+\d/i.test(subject)) return 'age';
  if (isBodyPhrase(subject)) return 'body';
  // "The U.S. Consumer Product Safety Commission": a name opening with its article.
  if (/^[Tt]he\s+\p{Lu}/u.test(subject) && subject.split(/\s+/).slice(1).every((word) => /^\p{Lu}/u.test(word) || /^(?:of|for|and|the)$/.test(word))) {
    return 'name';
  }
  if (/^(?:the|an?|one)\s/i.test(subject) || /['’]s\s+\p{Ll}/u.test(subject)) return 'role';
  if (isGroupNoun(subject.split(/\s+/).at(-1)!)) return 'group';
  return 'name';
}

/** A noun for an organisation, singular or plural: "airline" (as in "Skyvale Airlines"), "union", "ministry", "company". */
export function isBodyNoun(word: string): boolean {
  return !isRoleNoun(word) && (isOrganisationWord(word) || isOrganisationWord(`${word}s`) || isBusinessNoun(word) || isKindOfBody(word));
}

/** "the company", "the fire department", "the state health department": a body noun after "the" and plain words. */
function isBodyPhrase(subject: string): boolean {
  const words = subject.split(/\s+/);
  // A bare "The" is no phrase: "…now?" The warning comes…" gives the subject pattern the article alone.
  if (!/^[Tt]he$/.test(words[0]!) || words.length < 2 || words.length > 4) return false;
  const rest = words.slice(1);
  return rest.every((word) => /^\p{Ll}[\p{Ll}\-]+$/u.test(word)) && isBodyNoun(rest.at(-1)!) && !rest.some((word) => isFunctionWord(word));
}



/**
 * A role cut short after a verb, where nothing after it held the match: "said an airline" goes on as "said an
 * airline official". The role with the next one to three lowercase words, up to the first role noun, or null.
 */
function roleRunningOn(subject: string, rest: string): string | null {
  const words = /^(?:\s+\p{Ll}[\p{Ll}\-]+){1,3}/u.exec(rest)?.[0].trim().split(/\s+/) ?? [];
  const end = words.findIndex((word) => isRoleNoun(word));
  return end < 0 ? null : `${subject} ${words.slice(0, end + 1).join(' ')}`;
}

/** Whether words set off by commas are a person's name, perhaps with a title: "Idris Morgan", "Dr. Ann Roe". */
function isPersonName(words: string): boolean {
  const runs = findNameRuns(words);
  return runs.length === 1 && runs[0]!.start === 0 && runs[0]!.end >= words.replace(/['’]s$/u, '').length && couldBePersonName(runs[0]!.name, true);
}

function toCue(match: RegExpExecArray | null, base: number, verbFirst: boolean): Cue | null {
  // "said Ortiz." ends a sentence; "Jr.", "Corp." and initials keep their full stop.
  let subject = match?.groups?.subject?.trim().replace(/(\p{L}{2,})\.$/u, (word, bare: string) => (/^(?:Jr|Sr|St|Corp|Inc|Co|Ltd|Bros)$/.test(bare) ? word : bare));
  // A bare colon attributes too: `Baxter: "…"`.
  const verb = match?.groups?.verb?.replace(/\s+/g, ' ') ?? ':';
  if (!match || !subject) return null;
  // A role before the name must be headed by a noun for a person: not "said Smith on Monday".
  const role = match.groups?.role === undefined ? undefined : roleHead(match.groups.role);
  if (role !== undefined && (!soundsLikeRoleNoun(role) || /[^s]s$/.test(role))) return null;
  let kind = subjectKind(subject);
  const aside = match.groups?.aside?.trim();
  if (kind === 'role' && aside !== undefined && isPersonName(aside)) {
    subject = aside;
    kind = 'name';
  }
  if (kind === 'group') {
    const group = groupWords(subject.split(/\s+/));
    if (group === null) return null;
    subject = group.join(' ');
  }
  const firstWord = subject.split(/\s+/)[0]!;
  if (kind === 'name' && NOT_A_SUBJECT.test(firstWord)) return null;
  if ((kind === 'role' || kind === 'body') && !isRoleNoun(roleHead(subject))) {
    // "said the airline official": the role goes on past the noun for a body.
    const longer = roleRunningOn(subject, match.input.slice(match.index + match[0].length));
    if (longer !== null) [subject, kind] = [longer, 'role'];
    else if (kind === 'role') return null;
  }
  const offset = base + match.index + match[0].indexOf(subject);
  const text = verb === ':' ? `${subject}:` : verbFirst ? `${verb} ${subject}` : `${subject} ${verb}`;
  return { text, subject, kind, offset };
}

/**
 * The cue right after a quotation's closing mark: `, Whitfield said`, `, said the senator`, `, according to X`.
 * A quotation that ends its sentence ("… for this city." She said …) has no cue after it: the next sentence
 * is about something else.
 */
export function cueAfter(paragraph: string, quoted: string, from: number): Cue | null {
  if (/[.…]$/.test(quoted) || /^\s*[.…]/.test(paragraph.slice(from))) return null;
  const after = paragraph.slice(from, from + 200);
  return (
    toCue(AFTER_SUBJECT_VERB.exec(after), from, false) ??
    toCue(AFTER_VERB_ROLE_NAME.exec(after), from, true) ??
    toCue(AFTER_VERB_THE_ROLE_NAME.exec(after), from, true) ??
    toCue(AFTER_VERB_SUBJECT.exec(after), from, true) ??
    toCue(AFTER_ACCORDING.exec(after), from, true) ??
    toCue(AFTER_DOCUMENT_READ.exec(after), from, false)
  );
}

/**
 * The cue before a quotation's opening mark, in the same sentence: `X said:`, `X told reporters,`,
 * `According to X,`, `X:`. With `partial`, also a cue that frames a quotation inside the sentence:
 * `X said the plan was "…"`, `X called it "…"`.
 */
export function cueBefore(paragraph: string, sentenceStart: number, open: number, partial: boolean): Cue | null {
  const before = paragraph.slice(Math.max(sentenceStart, open - 300), open);
  const base = open - before.length;
  return (
    toCue(BEFORE_ACCORDING.exec(before), base, true) ??
    toCue(BEFORE_SUBJECT_VERB.exec(before), base, false) ??
    toCue(BEFORE_COLON.exec(before), base, false) ??
    toCue(BEFORE_DOCUMENT_READ.exec(before), base, false) ??
    (partial ? toCue(BEFORE_FRAMING.exec(before), base, false) : null)
  );
}

/**
 * A speech cue anywhere in a stretch of prose: "Brandt noted that …", "she told reporters …". A group or an "it"
 * is no such cue: "Officials said the plan fails." before a quotation reports them, not who is quoted next.
 */
export function cueWithin(paragraph: string, start: number, end: number): Cue | null {
  const stretch = paragraph.slice(start, end);
  const cue = toCue(WITHIN.exec(stretch), start, false);
  return cue?.kind === 'group' || /^it$/i.test(cue?.subject ?? '') ? null : cue;
}
