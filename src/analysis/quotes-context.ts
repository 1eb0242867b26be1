/**
 * Reading the prose around a quotation: where its sentence starts, which sentences come before and after,
 * and whom a cue's "he", "the senator" or "Delgado" stands for, given the people named nearby.
 */
import type { Article } from '../corpus/schema.js';
import type { PeopleIndex, PersonSpan } from './people.js';
import { couldBePersonName, findNameRuns, type NameRun } from './people-names.js';
import { isOrganisationName, isPlaceName, type Gender } from '../language/lexicon.js';
import { isOrganisationWord } from '../language/organisations.js';
import { isOrganisationName as isBuiltLikeOrganisation, isPluralBodyName } from './organisations.js';
import { speakingBody } from './quotes-bodies.js';
import { speakingGroup } from './quotes-groups.js';
import { organisationNamed } from './quotes-businesses.js';
import { ageOfEpithet, personAged } from './quotes-epithets.js';
import { cueWithin, type Cue } from './quotes-cues.js';
import { roleHead } from './people-roles.js';
import { isTitleWord, titleGender } from '../language/titles.js';
import type { Person } from './schema.js';
import type { QuoteSpan } from '../language/quotation-marks.js';

// A full stop before a lowercase word ends no sentence: "Acme Corp. said".
const SENTENCE_END = /[.!?\u2026]["”’']?\s+(?!\p{Ll})/gu;
const ABBREVIATION_BEFORE = /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Prof|Rev|No|vs)|\b\p{Lu}|(?:\p{L}\.){1,}\p{L})\.["”’']?\s+$/u;
// How much of the text before a cue's subject tells whether the subject opens a sentence.
const CONTEXT_BEFORE_SUBJECT = 24;
// How many paragraphs back a pronoun looks for the person it stands for.
const PRONOUN_LOOKBACK = 3;
// How many paragraphs back "the statement said" looks for the sentence that says who issued it.
const STATEMENT_LOOKBACK = 2;

/** Ends of the sentences of a paragraph's text between `from` and `to`, skipping abbreviations. */
export function sentenceBreaks(text: string, from = 0, to = text.length): number[] {
  const breaks: number[] = [];
  const stretch = text.slice(from, to);
  for (const match of stretch.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (ABBREVIATION_BEFORE.test(stretch.slice(Math.max(0, end - 12), end))) continue;
    breaks.push(from + end);
  }
  return breaks;
}

/** Where the sentence holding `position` starts, never before `floor`. */
export function sentenceStart(text: string, position: number, floor = 0): number {
  return sentenceBreaks(text, floor, position).at(-1) ?? floor;
}

/** Whether an offset lies inside one of the quoted stretches. */
export function insideQuote(spans: readonly QuoteSpan[], offset: number): boolean {
  return spans.some((span) => offset > span.open && offset < span.close);
}

/** A speaker as the cue gives it, resolved to a canonical name when the cue names someone the story knows. */
export interface ResolvedSpeaker {
  name: string;
}

// "Jo Hale of the RMT", "Dr. Ann Roe of Leeds University": a name, then the body the person speaks for.
const AFFILIATION = /\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u;

/**
 * In "Jo Hale of the RMT" the speaker is the name before the preposition, not the organisation after it; in
 * "Secretary of State Paul Nguyen" the words before "of" are only a title, so the whole subject stands.
 */
export function personBeforeAffiliation(subject: string): string {
  const affiliation = AFFILIATION.exec(subject);
  if (!affiliation) return subject;
  const head = subject.slice(0, affiliation.index);
  return findNameRuns(head).some((run) => couldBePersonName(run.name, true)) ? head : subject;
}

/** An institution or place that speaks: one the lexicon knows ("the Kremlin"), or a name headed by "Corp.", "Airlines", "Council", "Systems". */
function namesInstitution(name: readonly string[]): boolean {
  const joined = name.join(' ');
  return isOrganisationName(joined) || isPlaceName(joined) || (name.length > 1 && (isOrganisationWord(name.at(-1)!) || isBuiltLikeOrganisation(joined)));
}

/**
 * "NHS Providers", "BBC Scotland": capitals-only words before a name are part of it, though name runs leave
 * acronyms out; the whole subject is the speaker, not its last word.
 */
function withLeadingAcronyms(subject: string, name: string): string {
  const head = subject.endsWith(name) ? subject.slice(0, subject.length - name.length) : '';
  return head !== '' && /^(?:\p{Lu}{2,}\s+)+$/u.test(head) ? subject : name;
}

function holdsOffice(person: Person): boolean {
  return person.role !== null && isTitleWord(roleHead(person.role));
}

/** Resolves cues in one article to speakers. */
export class SpeakerResolver {
  /** Speakers the story leaves unnamed, by the head of their role: "spokesman" → "spokesman for the agency". */
  private readonly unnamed = new Map<string, string>();
  /** The other ways cues called each body or group that spoke: "Novatek Systems" → "the company". */
  readonly aliases = new Map<string, Set<string>>();
  private readonly outside = (paragraph: number, offset: number): boolean => !insideQuote(this.quoteSpans.get(paragraph) ?? [], offset);

  constructor(
    private readonly people: PeopleIndex,
    private readonly article: Article,
    private readonly quoteSpans: ReadonlyMap<number, readonly QuoteSpan[]>,
  ) {}

  /** The speaker a cue names in paragraph `paragraph`, or null when it names no one we can tell. */
  resolve(cue: Cue, paragraph: number): ResolvedSpeaker | null {
    const where = { article: this.article.slug, paragraph, offset: cue.offset };
    if (cue.kind === 'pronoun' && /^it$/i.test(cue.subject)) {
      const body = organisationNamed(this.article, this.people, paragraph, cue.offset, this.outside);
      return body ? { name: body } : null;
    }
    if (cue.kind === 'pronoun') {
      const person = this.nearestPerson(paragraph, cue.offset, /^she$/i.test(cue.subject) ? 'female' : 'male');
      return person ? { name: person } : null;
    }
    if (cue.kind === 'role') return this.resolveRole(cue, paragraph);
    if (cue.kind === 'statement') {
      const issuer = this.statementIssuer(cue.subject.split(/\s+/).at(-1)!.toLowerCase(), paragraph, cue.offset);
      return issuer ? { name: issuer } : null;
    }
    if (cue.kind === 'age') {
      // The person introduced with that age, else the person just named ("Jo Hale scored twice." "…," the 24-year-old said).
      const aged = personAged(this.people, this.article, ageOfEpithet(cue.subject) ?? -1, paragraph, cue.offset);
      const person = aged ?? this.nearestPerson(paragraph, cue.offset, null, { lookback: 1 });
      return person ? { name: person } : null;
    }
    if (cue.kind === 'body') return this.calledBy(cue, speakingBody(this.article, this.people, cue.subject, paragraph, cue.offset, this.outside));
    if (cue.kind === 'group') return this.calledBy(cue, speakingGroup(this.article, cue.subject, paragraph, cue.offset, this.outside));
    const subject = personBeforeAffiliation(cue.subject);
    const bare = subject.replace(/^The\s+/, '');
    // "NHS Providers said": a body's name, though its last word alone could pass for a surname.
    if (isPluralBodyName(bare)) return { name: bare };
    const person = this.people.resolve(subject, where);
    if (person) return { name: person.name };
    // "The Ministry of Health said": the whole name, not a word of it that could be a surname.
    if (bare !== subject && isBuiltLikeOrganisation(bare)) return { name: bare };
    // Someone named once, or an institution that speaks ("the Kremlin said"); not a plural noun ("Critics warned").
    const runs = this.nameRunsAt(paragraph, cue.offset, subject).reverse();
    const named = runs.find((run) => couldBePersonName(run.name, true)) ?? runs.find((run) => namesInstitution(run.name));
    return named ? { name: withLeadingAcronyms(bare, named.name.join(' ')) } : null;
  }

  /**
   * Who issued the document a cue ("the statement said", "the letter read") quotes: the sentence before it that
   * mentions one ("<Body> released a written statement", "<Name> said in a statement", "In a letter, <Name>
   * said …") names its issuer: a person before the word, else the sentence's speaker, else the organisation
   * named nearest before the word.
   */
  private statementIssuer(document: string, paragraph: number, offset: number): string | null {
    const mentions = new RegExp(String.raw`\b${document}(?:s|ed)?\b`, 'g');
    for (let n = paragraph; n >= Math.max(1, paragraph - STATEMENT_LOOKBACK); n--) {
      const text = this.article.paragraphs[n - 1]?.text ?? '';
      const end = n === paragraph ? offset : text.length;
      const mention = [...text.slice(0, end).matchAll(mentions)].filter((match) => this.outside(n, match.index)).at(-1);
      if (!mention) continue;
      const start = sentenceStart(text, mention.index);
      const cue = cueWithin(text, start, sentenceBreaks(text, mention.index, end).at(0) ?? end);
      const speaker = cue && cue.kind !== 'statement' ? this.resolve(cue, n)?.name : undefined;
      return this.firstPersonIn(n, start, mention.index) ?? speaker ?? organisationNamed(this.article, this.people, n, mention.index, this.outside);
    }
    return null;
  }

  /** The speaker a body or group cue stands for, remembering the cue's words as one of its aliases. */
  private calledBy(cue: Cue, name: string): ResolvedSpeaker {
    const alias = cue.subject.replace(/^The\b/, 'the');
    if (alias.replace(/^the\s+/, '').toLowerCase() !== name.toLowerCase()) {
      const aliases = this.aliases.get(name) ?? new Set<string>();
      this.aliases.set(name, aliases.add(alias));
    }
    return { name };
  }

  /**
   * The name runs of a cue's subject read where it stands, so that a name after "said" is not taken to open a
   * sentence ("said Jay Brooks": "Jay" is a name here, not a common word that starts a sentence).
   */
  private nameRunsAt(paragraph: number, offset: number, subject: string): NameRun[] {
    const text = this.article.paragraphs[paragraph - 1]?.text ?? '';
    if (text.slice(offset, offset + subject.length) !== subject) return findNameRuns(subject);
    const from = Math.max(0, offset - CONTEXT_BEFORE_SUBJECT);
    return findNameRuns(text.slice(from, offset + subject.length)).filter((run) => from + run.start >= offset);
  }

  /**
   * The speaker a role noun names: the person with that role; else, for "the spokesman", the unnamed speaker
   * introduced before by the same noun ("a spokesman for the agency"), or the person just named, to whom the
   * story had given no office, when the role is no office or says whose it is ("Jo Hale threw three touchdowns."
   * … "the Ridgeline quarterback said"); else someone the story leaves unnamed, known by their role ("a
   * spokeswoman for the ministry", "the detective").
   */
  private resolveRole(cue: Cue, paragraph: number): ResolvedSpeaker {
    const where = { article: this.article.slug, paragraph, offset: cue.offset };
    // "Acme's chief executive" is the chief executive the story named, whoever the possessive says employs them.
    const unowned = cue.subject.replace(/^(?:the\s+)?\S.*?['’]s\s+(?=\p{Ll})/u, 'the ');
    const person = this.people.resolveRole(cue.subject, where) ?? (unowned === cue.subject ? undefined : this.people.resolveRole(unowned, where));
    if (person) return { name: person.name };
    const role = cue.subject.replace(/^(?:the|an?|one)\s+/i, '');
    const head = roleHead(role);
    if (/^the\s/i.test(cue.subject)) {
      const earlier = this.unnamed.get(head);
      if (earlier && role.toLowerCase().split(/\s+/).every((word) => earlier.toLowerCase().includes(word))) return { name: earlier };
      // An office ("the detective") with nothing to say whose is someone else than the person just named.
      const describesSomeoneNamed = /\p{Lu}/u.test(role) || !isTitleWord(head);
      const untitled = describesSomeoneNamed ? this.nearestPerson(paragraph, cue.offset, titleGender(head), { lookback: 1, untitled: true }) : null;
      if (untitled) return { name: untitled };
    }
    if (!this.unnamed.has(head)) this.unnamed.set(head, role);
    return { name: role };
  }

  /**
   * The person a "he" or "she" at `offset` stands for: in the nearest sentence before it that names someone of
   * that gender (or of unknown gender), the first such person, as the subject usually comes first. Names
   * inside quotations do not count: "I told Okafor," he said. With `untitled`, only people the story has given
   * no title or office ("a senior" is no office).
   */
  nearestPerson(paragraph: number, offset: number, gender: Gender | null, { lookback = PRONOUN_LOOKBACK, untitled = false } = {}): string | null {
    for (let n = paragraph; n >= Math.max(1, paragraph - lookback); n--) {
      const text = this.article.paragraphs[n - 1]?.text ?? '';
      const end = n === paragraph ? offset : text.length;
      const spans = this.fitting(n, end, gender).filter((span) => !untitled || !holdsOffice(span.person));
      if (spans.length === 0) continue;
      const starts = [0, ...sentenceBreaks(text, 0, end)];
      for (let k = starts.length - 1; k >= 0; k--) {
        const inSentence = spans.filter((span) => span.start >= starts[k]!);
        if (inSentence.length > 0) return inSentence[0]!.person.name;
      }
    }
    return null;
  }

  /** The first person named in a stretch of a paragraph, outside quotations. */
  firstPersonIn(paragraph: number, start: number, end: number): string | null {
    return this.fitting(paragraph, end, null).find((span) => span.start >= start)?.person.name ?? null;
  }

  private fitting(paragraph: number, end: number, gender: Gender | null): PersonSpan[] {
    const quotes = this.quoteSpans.get(paragraph) ?? [];
    return this.people
      .mentionsIn(this.article.slug, paragraph)
      .filter((span) => span.start < end && !insideQuote(quotes, span.start))
      .filter((span) => gender === null || span.person.gender == null || span.person.gender === gender);
  }
}
