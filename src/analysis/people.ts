/**
 * The people a corpus names, each under one canonical name with the aliases, role and gender the articles
 * give them, found by the rules of English news writing: a person is introduced by full name, often with a
 * title or an appositive, and is then called by surname, by title and surname, or by a role noun.
 */
import type { Corpus } from '../corpus/schema.js';
import { splitSentences } from '../corpus/sentences.js';
import { couldBePersonName, findNameRuns, genderOfFirstName, type NameRun } from './people-names.js';
import { isFirstName, type Gender } from '../language/lexicon.js';
import { appositiveRole, isRoleNoun, precedingRole, roleFromTitle, roleHead, roleQualifiers, wordBefore } from './people-roles.js';
import type { Person } from './schema.js';
import { isOrganisationWord } from '../language/organisations.js';
import { isSpeechVerb, SPEECH_VERB } from '../language/speech-verbs.js';

/** Where, in one paragraph, a person is named. */
export interface PersonSpan {
  person: Person;
  start: number;
  end: number;
}

/** A place in the corpus: an article's paragraph and, optionally, an offset in its text. */
export interface Whereabouts {
  article: string;
  paragraph: number;
  offset?: number;
}

/** A capitalised run that names someone, before we know whom. */
interface Sighting {
  article: string;
  paragraph: number;
  run: NameRun;
  surface: string;
  role: string | null;
  evidence: boolean;
}

interface Candidate {
  words: string[];
  sightings: Sighting[];
  evidence: boolean;
}

const SPEECH_AFTER = new RegExp(String.raw`^(?:,[^,"“”]{1,80},)?\s+(?:\p{Ll}+ly\s+)?${SPEECH_VERB}\b`, 'u');

const AFFILIATING_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'at', 'for', 'from', 'with', 'by']);
const WHO_AFTER = /^['’]?s?,\s+(?:who|whose|\d{1,3},)/u;
const PRONOUNS_MALE = /\b(?:he|him|his|himself)\b/gi;
const PRONOUNS_FEMALE = /\b(?:she|her|hers|herself)\b/gi;
const ROLE_NOUN_PHRASE = /\b[Tt]he\s+((?:former\s+|current\s+|then-|\p{Lu}[\p{L}.-]*\s+)?(\p{Ll}[\p{Ll}-]+))\b/gu;
// How far back a surname or role noun looks for the person it stands for.
const LOOKBACK_PARAGRAPHS = 40;
// Role phrases ("the minister", "the finance minister") whose people are remembered at once.
const MAX_ROLE_POOLS = 10_000;

/** Finds the people a corpus names. */
export function findPeople(corpus: Corpus): Person[] {
  return PeopleIndex.fromCorpus(corpus).people;
}

/** The people of a corpus, where each is named, and how to tell whom a name, title or role noun means. */
export class PeopleIndex {
  private readonly spans = new Map<string, PersonSpan[]>();
  private readonly byName = new Map<string, Person[]>();
  /** People by the head noun of their role, in `people` order, so a role noun looks its people up. */
  private readonly byRoleHead = new Map<string, Person[]>();
  /** For each role phrase resolved so far, the people it may mean (see `resolveRole`). */
  private readonly rolePools = new Map<string, { people: Person[]; members: ReadonlySet<Person> }>();

  private constructor(readonly people: Person[]) {}

  /** Reads every paragraph of a corpus; linear in its length. */
  static fromCorpus(corpus: Corpus): PeopleIndex {
    const sightings = collectSightings(corpus);
    const candidates = groupCandidates(sightings);
    const index = new PeopleIndex(choosePeople(candidates));
    index.indexNames();
    index.placeSightings(sightings);
    index.indexRoles();
    index.addRoleNounAliases(corpus);
    inferGenders(corpus, index, titledGenders(sightings, index));
    const order = new Map(corpus.articles.map((article, k) => [article.slug, k]));
    index.people.sort((a, b) => firstMention(order, a) - firstMention(order, b));
    index.indexRoles();
    return index;
  }

  /** The people named in one paragraph, in reading order. */
  mentionsIn(article: string, paragraph: number): readonly PersonSpan[] {
    return this.spans.get(paragraphKey(article, paragraph)) ?? [];
  }

  /**
   * The person a name means: a full name, a surname, a title and name ("Sen. Delgado", "Ms. Okafor"), an
   * alias, or a role ("the president", "Finance Minister"). Where two people share the name, `where`
   * picks the one named most recently before it.
   */
  resolve(mention: string, where?: Whereabouts): Person | undefined {
    const text = mention.trim().replace(/['’]s?$/u, '').replace(/\s+/g, ' ');
    const bare = text.replace(/^the\s+/i, '');
    const direct = this.byName.get(bare.toLowerCase());
    if (direct) return this.nearest(direct, where);
    // The person is the last name in a phrase: "City Hall press secretary Karen Holt".
    for (const run of findNameRuns(bare).reverse()) {
      const named = this.byName.get(run.name.join(' ').toLowerCase()) ?? this.byName.get(run.name.at(-1)!.toLowerCase());
      if (named) return this.nearest(named, where);
    }
    return this.resolveRole(bare, where);
  }

  /**
   * The person a role noun stands for: "the president", "the senator", "the finance minister". A bare noun
   * prefers the person whose title is that very word ("President") over a qualified one ("French President"),
   * as news writing uses "the president" for its own country's; then the one named most recently.
   */
  resolveRole(noun: string, where?: Whereabouts): Person | undefined {
    const phrase = noun.toLowerCase().replace(/^(?:the|an?)\s+/, '').trim();
    const head = roleHead(phrase);
    // A plural ("workers", "officials") is a group, not the one person a role noun stands for.
    if (!isRoleNoun(head) || /[^s]s$/.test(head)) return undefined;
    const pool = this.rolePool(phrase, head);
    return pool.people.length === 0 ? undefined : this.nearest(pool.people, where, pool.members);
  }

  /** The people with that role, or, when some have exactly that role, only those; remembered per phrase. */
  private rolePool(phrase: string, head: string): { people: Person[]; members: ReadonlySet<Person> } {
    let pool = this.rolePools.get(phrase);
    if (pool) return pool;
    const qualifiers = roleQualifiers(phrase);
    const matching = (this.byRoleHead.get(head) ?? []).filter((person) => {
      const role = person.role!.toLowerCase();
      return qualifiers.every((word) => role.includes(word));
    });
    const exact = matching.filter((person) => person.role?.toLowerCase() === phrase);
    const people = exact.length > 0 ? exact : matching;
    pool = { people, members: new Set(people) };
    if (this.rolePools.size >= MAX_ROLE_POOLS) this.rolePools.clear();
    this.rolePools.set(phrase, pool);
    return pool;
  }

  private nearest(people: Person[], where?: Whereabouts, members?: ReadonlySet<Person>): Person | undefined {
    if (people.length <= 1 || where === undefined) return mostMentioned(people);
    const wanted = members ?? new Set(people);
    for (let paragraph = where.paragraph; paragraph >= Math.max(1, where.paragraph - LOOKBACK_PARAGRAPHS); paragraph--) {
      const spans = this.mentionsIn(where.article, paragraph);
      for (let k = spans.length - 1; k >= 0; k--) {
        const span = spans[k]!;
        if (paragraph === where.paragraph && where.offset !== undefined && span.start >= where.offset) continue;
        if (wanted.has(span.person)) return span.person;
      }
    }
    return mostMentioned(people);
  }

  // Comparing every role noun of a corpus with every person in it grew with the square of the corpus.
  private indexRoles(): void {
    this.byRoleHead.clear();
    this.rolePools.clear();
    for (const person of this.people) {
      if (person.role === null) continue;
      const head = roleHead(person.role.toLowerCase());
      const people = this.byRoleHead.get(head);
      if (people) people.push(person);
      else this.byRoleHead.set(head, [person]);
    }
  }

  private indexNames(): void {
    for (const person of this.people) {
      const words = person.name.split(' ');
      this.addName(person.name, person);
      if (words.length > 1) this.addName(words.at(-1)!, person);
      // A surname with particles is used whole: "von der Leyen", "de Gaulle".
      const particle = words.findIndex((word, k) => k > 0 && /^\p{Ll}/u.test(word));
      if (particle > 0) this.addName(words.slice(particle).join(' '), person);
    }
  }

  private addName(name: string, person: Person): void {
    const key = name.toLowerCase();
    const list = this.byName.get(key) ?? [];
    if (!list.includes(person)) list.push(person);
    this.byName.set(key, list);
  }

  private placeSightings(sightings: Sighting[]): void {
    for (const sighting of sightings) {
      const where = { article: sighting.article, paragraph: sighting.paragraph, offset: sighting.run.start };
      const named = this.byName.get(sighting.run.name.join(' ').toLowerCase()) ?? this.byName.get(sighting.run.name.at(-1)!.toLowerCase());
      const person = named && this.nearest(named, where);
      if (!person) continue;
      this.addSpan(sighting.article, sighting.paragraph, { person, start: sighting.run.start, end: sighting.run.end });
      const last = person.mentions.at(-1);
      if (last?.article !== sighting.article || last.paragraph !== sighting.paragraph) {
        person.mentions.push({ article: sighting.article, paragraph: sighting.paragraph });
      }
      addAlias(person, sighting.surface);
      if (person.role === null && sighting.role !== null) person.role = sighting.role;
    }
    for (const person of this.people) for (const alias of person.aliases) this.addName(alias, person);
  }

  /** Keeps a paragraph's spans in reading order, as `nearest` and pronoun resolution read them. */
  private addSpan(article: string, paragraph: number, span: PersonSpan): void {
    const key = paragraphKey(article, paragraph);
    const spans = this.spans.get(key);
    if (!spans) {
      this.spans.set(key, [span]);
      return;
    }
    let at = spans.length;
    while (at > 0 && spans[at - 1]!.start > span.start) at--;
    spans.splice(at, 0, span);
  }

  /** "the president", "the senator": a role noun resolved to a person is another of their names. */
  private addRoleNounAliases(corpus: Corpus): void {
    for (const article of corpus.articles) {
      for (const paragraph of article.paragraphs) {
        for (const match of paragraph.text.matchAll(ROLE_NOUN_PHRASE)) {
          // "the general secretary": "general" only qualifies the role noun after it.
          const nextWord = /^\s+(\p{Ll}+)/u.exec(paragraph.text.slice(match.index + match[0].length))?.[1];
          if (!isRoleNoun(match[2]!) || (nextWord !== undefined && isRoleNoun(nextWord))) continue;
          const where = { article: article.slug, paragraph: paragraph.n, offset: match.index };
          const person = this.resolveRole(match[1]!, where);
          if (!person) continue;
          addAlias(person, match[0].toLowerCase());
          this.addSpan(article.slug, paragraph.n, { person, start: match.index, end: match.index + match[0].length });
        }
      }
    }
  }
}

/** Where a person is first named, as a number that orders the corpus: article, then paragraph. */
function firstMention(articleOrder: Map<string, number>, person: Person): number {
  const first = person.mentions[0];
  if (!first) return Number.MAX_SAFE_INTEGER;
  return (articleOrder.get(first.article) ?? 0) * 1_000_000 + first.paragraph;
}

function paragraphKey(article: string, paragraph: number): string {
  return `${article}\u0000${paragraph}`;
}

function mostMentioned(people: Person[]): Person | undefined {
  return people.reduce<Person | undefined>((best, person) => (best && best.mentions.length >= person.mentions.length ? best : person), undefined);
}

function addAlias(person: Person, alias: string): void {
  const clean = alias.trim();
  if (clean === '' || clean.toLowerCase() === person.name.toLowerCase()) return;
  if (!person.aliases.some((existing) => existing.toLowerCase() === clean.toLowerCase())) person.aliases.push(clean);
}

function collectSightings(corpus: Corpus): Sighting[] {
  const sightings: Sighting[] = [];
  for (const article of corpus.articles) {
    for (const paragraph of article.paragraphs) {
      const text = paragraph.text;
      for (const run of findNameRuns(text)) {
        const realTitle = run.title !== null && !run.titleIsHonorific ? roleFromTitle(withQualifier(text, run.start, run.title)) : null;
        const role = realTitle ?? appositiveRole(text, run.end) ?? precedingRole(text, run.start);
        if (run.title === null && namesAnOrganisation(text, run.start)) continue;
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

function groupCandidates(sightings: Sighting[]): Map<string, Candidate> {
  const candidates = new Map<string, Candidate>();
  for (const sighting of sightings) {
    const key = sighting.run.name.join(' ').toLowerCase();
    const candidate = candidates.get(key) ?? { words: sighting.run.name, sightings: [], evidence: false };
    candidate.sightings.push(sighting);
    candidate.evidence ||= sighting.evidence;
    candidates.set(key, candidate);
  }
  return candidates;
}

/**
 * Full names with evidence become people; a single name becomes one only when no full name ends with it
 * (else it is that person's surname) and something shows it is a person (a title, "said", an appositive).
 */
function choosePeople(candidates: Map<string, Candidate>): Person[] {
  const people: Person[] = [];
  const surnames = new Set<string>();
  // A full name gains the evidence of the surname it ends with: "Tomás Ferreira" … "said Ferreira".
  const shownSingles = new Set([...candidates.values()].filter((c) => c.words.length === 1 && c.evidence).map((c) => c.words[0]!.toLowerCase()));
  const full = [...candidates.values()].filter(
    (candidate) => candidate.words.length > 1 && (candidate.evidence || shownSingles.has(candidate.words.at(-1)!.toLowerCase())),
  );
  for (const candidate of full) surnames.add(candidate.words.at(-1)!.toLowerCase());
  const sorted = [...full, ...[...candidates.values()].filter((candidate) => candidate.words.length === 1)];
  for (const candidate of sorted) {
    if (candidate.words.length === 1 && (surnames.has(candidate.words[0]!.toLowerCase()) || !candidate.evidence)) continue;
    const person: Person = { name: candidate.words.join(' '), aliases: [], role: null, gender: null, mentions: [] };
    people.push(person);
  }
  return people;
}

/**
 * Gender, for resolving "he" and "she": an honorific or gendered title decides; else the pronouns used in
 * sentences about that person alone; else the first name.
 */
function inferGenders(corpus: Corpus, index: PeopleIndex, titled: Map<Person, Gender>): void {
  const votes = new Map<Person, { male: number; female: number }>();
  for (const article of corpus.articles) {
    for (const paragraph of article.paragraphs) {
      const spans = index.mentionsIn(article.slug, paragraph.n);
      if (spans.length === 0) continue;
      const sentences = splitSentences(paragraph.text);
      sentences.forEach((sentence, k) => {
        const inside = spans.filter((span) => span.start >= sentence.start && span.start < sentence.end);
        if (new Set(inside.map((span) => span.person)).size !== 1) return;
        // The pronouns after the name in its sentence, and in the next sentence if it names nobody.
        let end = sentence.end;
        const next = sentences[k + 1];
        if (next && !spans.some((span) => span.start >= next.start && span.start < next.end)) end = next.end;
        const after = paragraph.text.slice(inside[0]!.end, end);
        const tally = votes.get(inside[0]!.person) ?? { male: 0, female: 0 };
        tally.male += after.match(PRONOUNS_MALE)?.length ?? 0;
        tally.female += after.match(PRONOUNS_FEMALE)?.length ?? 0;
        votes.set(inside[0]!.person, tally);
      });
    }
  }
  for (const person of index.people) {
    const tally = votes.get(person);
    const byPronoun = tally && tally.male !== tally.female ? (tally.male > tally.female ? 'male' : 'female') : null;
    person.gender = titled.get(person) ?? byPronoun ?? genderOfFirstName(person.name.split(' '));
  }
}

/** The gender honorifics and gendered titles give ("Mr.", "Congresswoman"), person by person. */
function titledGenders(sightings: Sighting[], index: PeopleIndex): Map<Person, Gender> {
  const titled = new Map<Person, Gender>();
  for (const sighting of sightings) {
    if (!sighting.run.titleGender) continue;
    const person = index.mentionsIn(sighting.article, sighting.paragraph).find((span) => span.start === sighting.run.start)?.person;
    if (person) titled.set(person, sighting.run.titleGender);
  }
  return titled;
}
