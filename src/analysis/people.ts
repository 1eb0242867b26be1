/**
 * The people a corpus names, each under one canonical name with the aliases, role and gender the articles
 * give them, found by the rules of English news writing: a person is introduced by full name, often with a
 * title or an appositive, and is then called by surname, by title and surname, or by a role noun.
 */
import type { Corpus } from '../corpus/schema.js';
import { inferGenders, titledGenders } from './people-genders.js';
import { findNameRuns } from './people-names.js';
import { collectSightings, type Sighting } from './people-sightings.js';
import { isRoleNoun, roleHead, roleQualifiers } from './people-roles.js';
import type { Person } from './schema.js';

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

interface Candidate {
  words: string[];
  sightings: Sighting[];
  evidence: boolean;
}

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
  /** Whom each article calls by a lone surname, by article and surname (`calledAloneKey`). */
  private readonly calledAlone = new Map<string, Set<Person>>();

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
    if (direct) return this.nearest(this.calledBy(direct, bare, where), where);
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

  /**
   * Of the people a lone surname may mean, those the article already calls by it alone: once "Marcus Delaney" is
   * "Delaney", his mother "Renee Delaney" is not, however recently she was named.
   */
  private calledBy(people: Person[], name: string, where?: Whereabouts): Person[] {
    if (people.length < 2 || name.includes(' ') || where === undefined) return people;
    const called = this.calledAlone.get(calledAloneKey(where.article, name));
    return called ? [...called] : people;
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
      const name = sighting.run.name.join(' ');
      const named = this.byName.get(name.toLowerCase()) ?? this.byName.get(sighting.run.name.at(-1)!.toLowerCase());
      const person = named && this.nearest(this.calledBy(named, name, where), where);
      if (!person) continue;
      if (sighting.run.name.length === 1) {
        const key = calledAloneKey(sighting.article, name);
        const called = this.calledAlone.get(key);
        if (called) called.add(person);
        else this.calledAlone.set(key, new Set([person]));
      }
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

function calledAloneKey(article: string, surname: string): string {
  return `${article}\u0000${surname.toLowerCase()}`;
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
