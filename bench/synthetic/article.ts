import {
  APPOSITIVE_ROLES,
  FEMALE_FIRST_NAMES,
  MALE_FIRST_NAMES,
  MEASURES,
  MONTHS,
  ORGANISATION_KINDS,
  PEOPLE_NOUNS,
  TITLES,
  WEEKDAYS,
} from './lexicon.js';
import { SeededRandom } from './random.js';
import { capitalize, thirdPerson, type Verb, type Vocabulary } from './vocabulary.js';

/**
 * One synthetic news article: a title, 15 to 25 paragraphs of news prose (quotations attributed in the ways
 * news writing attributes them, people introduced with a title or a role, figures with units, dates, places),
 * sometimes subheadings, and a `Source:` line. Along the way it notes questions its paragraphs answer, each
 * with a snippet of the paragraph that answers it, as the gold sets do.
 */
export interface SyntheticQuestion {
  q: string;
  /** A snippet of the paragraph that answers the question. */
  evidence: string;
  article: string;
}

export interface SyntheticArticle {
  slug: string;
  /** The article as a `.txt` file of the corpus format. */
  text: string;
  paragraphs: number;
  questions: SyntheticQuestion[];
}

interface Person {
  full: string;
  last: string;
  pronoun: 'he' | 'she';
  /** Written before the name at first mention ("Finance Minister"), or null when a role follows the name. */
  title: string | null;
  /** Written after the name at first mention ("an economist at the Harbour Institute"). */
  appositive: string | null;
  mentioned: boolean;
}

const MIN_PARAGRAPHS = 15;
const MAX_PARAGRAPHS = 25;
/** Paragraph kinds after the lede, by weight. */
const PARAGRAPH_KINDS = [
  ['quote', 34],
  ['statement', 18],
  ['measure', 6],
  ['cost', 6],
  ['distance', 4],
  ['count', 6],
  ['date', 8],
  ['according', 6],
  ['indirect', 7],
  ['introduction', 5],
] as const;
type ParagraphKind = (typeof PARAGRAPH_KINDS)[number][0];

export function composeArticle(vocabulary: Vocabulary, seed: number, index: number): SyntheticArticle {
  return new ArticleWriter(vocabulary, new SeededRandom(seed), index).write();
}

class ArticleWriter {
  private readonly people: Person[];
  private readonly topic: string;
  private readonly place: string;
  private readonly organisation: string;
  private readonly year: number;
  private readonly curly: boolean;
  private readonly slug: string;
  private readonly questions: SyntheticQuestion[] = [];
  /** The person quoted in the paragraph before, whom a pronoun can refer to. */
  private lastSpeaker: Person | null = null;

  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly random: SeededRandom,
    index: number,
  ) {
    this.topic = vocabulary.noun(random);
    this.place = vocabulary.place(random);
    this.organisation = this.newOrganisation();
    this.year = random.int(2015, 2026);
    this.curly = random.chance(0.3);
    this.people = Array.from({ length: random.int(3, 6) }, () => this.newPerson());
    this.slug = `a${String(index).padStart(5, '0')}-${this.topic}-${this.place.toLowerCase()}`.replace(/[^a-z0-9-]/g, '');
  }

  write(): SyntheticArticle {
    const random = this.random;
    const count = random.int(MIN_PARAGRAPHS, MAX_PARAGRAPHS);
    const headingsAt = random.chance(0.4) ? new Set([Math.floor(count / 3), Math.floor((2 * count) / 3)]) : new Set<number>();
    const blocks: string[] = [this.headline()];
    for (let n = 0; n < count; n++) {
      if (headingsAt.has(n)) blocks.push(this.subheading());
      const paragraph = n === 0 ? this.lede() : this.paragraph(random.weighted(PARAGRAPH_KINDS));
      blocks.push(paragraph);
    }
    if (random.chance(0.8)) blocks.push(`Source: https://news.example.org/${this.year}/${this.slug}`);
    return { slug: this.slug, text: `${blocks.join('\n\n')}\n`, paragraphs: count, questions: this.questions };
  }

  private paragraph(kind: ParagraphKind): string {
    const lead = this.leadSentence(kind);
    const fillers = this.random.int(0, lead.split(' ').length > 30 ? 1 : 2);
    const sentences = [lead];
    for (let i = 0; i < fillers; i++) sentences.push(this.statement());
    return sentences.join(' ');
  }

  private leadSentence(kind: ParagraphKind): string {
    switch (kind) {
      case 'quote':
        return this.quotation();
      case 'statement':
        return this.statement();
      case 'measure':
        return this.measure();
      case 'cost':
        return this.cost();
      case 'distance':
        return this.distance();
      case 'count':
        return this.count();
      case 'date':
        return this.date();
      case 'according':
        return `According to ${this.mention(this.person(), 'end')}, the ${this.topic} ${this.verb().past} ${this.object()} ${this.circumstance()}.`;
      case 'indirect':
        return `${this.mention(this.person(), 'subject')} said the ${this.noun()} would ${this.verb().base} ${this.object()} ${this.circumstance()}.`;
      case 'introduction':
        return this.introduction();
    }
  }

  private lede(): string {
    const person = this.people[0]!;
    return `${this.mention(person, 'subject')} ${this.verb().past} the ${this.adjective()} ${this.topic} in ${this.place} on ${this.random.pick(WEEKDAYS)}, ${this.oneOf(
      () => `after months of ${this.noun()} over ${this.object()}`,
      () => `saying the ${this.noun()} would ${this.verb().base} ${this.object()}`,
      () => `a move that ${this.verb().past} ${this.object()} across the ${this.noun()}`,
    )}. ${this.statement()}`;
  }

  // A quotation attributed the ways news writing does: cue after, cue before with a colon, interrupted,
  // continued by a pronoun. The question asks what the speaker said about the quotation's noun.
  private quotation(): string {
    const person = this.lastSpeaker && this.random.chance(0.25) ? this.lastSpeaker : this.person();
    const continuing = person === this.lastSpeaker && person.mentioned;
    const about = this.noun();
    const first = this.quoteSentence(about);
    const [open, close] = this.curly ? ['\u201C', '\u201D'] : ['"', '"'];
    const asClause = (text: string) => text.replace(/\.$/, ',');
    const style = continuing ? this.random.pick(['pronoun', 'interrupted-pronoun']) : this.random.pick(['after', 'said-after', 'colon', 'interrupted', 'told']);
    let text: string;
    switch (style) {
      case 'pronoun':
        text = `${open}${asClause(first)}${close} ${person.pronoun} ${this.random.pick(['added', 'said', 'continued'])}.`;
        break;
      case 'interrupted-pronoun':
        text = `${open}${asClause(first)}${close} ${person.pronoun} said. ${open}${this.quoteSentence(this.noun())}${close}`;
        break;
      case 'after':
        text = `${open}${asClause(first)}${close} ${this.mention(person, 'subject')} said.`;
        break;
      case 'said-after':
        text = `${open}${asClause(first)}${close} said ${this.mention(person, 'end')}.`;
        break;
      case 'colon':
        text = `${this.mention(person, 'subject')} ${this.random.pick(['said', 'wrote on social media', 'said in a statement'])}: ${open}${first}${close}`;
        break;
      case 'told':
        text = `${open}${asClause(first)}${close} ${this.mention(person, 'subject')} told reporters in ${this.place}.`;
        break;
      default:
        text = `${open}${asClause(first)}${close} ${this.mention(person, 'subject')} said. ${open}${this.quoteSentence(this.noun())}${close}`;
    }
    this.lastSpeaker = person;
    this.ask(`What did ${person.last} say about the ${about}?`, first.split(' ').slice(0, 5).join(' '));
    return text;
  }

  private quoteSentence(about: string): string {
    const verb = this.verb();
    return this.oneOf(
      () => `We will not ${verb.base} the ${about} until the ${this.noun()} is ${this.adjective()}.`,
      () => `This ${about} is ${this.adjective()} for ${this.place}, and we have to ${verb.base} it.`,
      () => `I think the ${about} can still be ${verb.past} before ${this.random.pick(MONTHS)}.`,
      () => `Nobody wants to ${verb.base} a ${this.adjective()} ${about}, but the ${this.noun()} leaves us no choice.`,
      () => `The ${about} is the most ${this.adjective()} ${this.noun()} we have seen since ${this.year - this.random.int(1, 20)}.`,
      () => `Our ${about} has ${verb.past} every ${this.noun()} in ${this.vocabulary.place(this.random)}.`,
      () => `Why would anyone ${verb.base} the ${about} now?`,
    );
  }

  private statement(): string {
    const verb = this.verb();
    return this.oneOf(
      () => `The ${this.adjective()} ${this.noun()} ${verb.past} the ${this.noun()} of ${this.vocabulary.place(this.random)} ${this.circumstance()}.`,
      () => `${capitalize(this.organisationReference())} ${verb.past} a ${this.adjective()} ${this.noun()} in ${this.random.pick(MONTHS)}, ${this.circumstance()}.`,
      () => `Officials in ${this.vocabulary.place(this.random)} ${verb.past} that the ${this.noun()} could ${this.verb().base} the ${this.noun()}.`,
      () => `The ${this.topic} comes after ${this.adjective()} ${this.noun()} in ${this.place} ${verb.past} the ${this.noun()} last ${this.random.pick(WEEKDAYS)}.`,
      () => `Critics ${verb.past} the ${this.noun()}, saying it would ${this.verb().base} ${this.adjective()} ${this.noun()} across ${this.vocabulary.place(this.random)}.`,
      () => `${this.mention(this.person(), 'subject')} has ${verb.past} the ${this.noun()} since ${this.year - this.random.int(1, 9)}.`,
    );
  }

  private measure(): string {
    const measure = this.random.pick(MEASURES);
    const value = formatNumber(this.random.int(measure.min, measure.max));
    const subject = `${this.adjective()} ${this.noun()}`;
    this.ask(`What is the ${measure.noun} of the ${subject}?`, `${value} ${measure.unit}`);
    return `The ${subject} has a ${measure.noun} of ${value} ${measure.unit}, according to ${this.organisationReference()}.`;
  }

  private cost(): string {
    const noun = this.noun();
    const amount = `$${this.random.int(1, 999)}.${this.random.int(1, 9)} ${this.random.pick(['million', 'million', 'billion'])}`;
    const change = `${this.random.pick(['up', 'down'])} ${this.random.int(2, 60)}% from ${this.year - 1}`;
    this.ask(`How much will the ${noun} in ${this.place} cost?`, amount);
    return `The ${noun} in ${this.place} will cost ${amount}, ${change}, ${this.mention(this.person(), 'subject')} said.`;
  }

  private distance(): string {
    const from = this.vocabulary.place(this.random);
    const km = this.random.int(12, 4000);
    const miles = Math.round(km * 0.621371);
    this.ask(`How far is ${this.place} from ${from}?`, `${formatNumber(km)} km`);
    return `${this.place} lies about ${formatNumber(km)} km (${formatNumber(miles)} miles) from ${from}, where the ${this.noun()} ${this.verb().past} the ${this.noun()}.`;
  }

  private count(): string {
    const who = this.random.pick(PEOPLE_NOUNS);
    const number = formatNumber(this.random.int(20, 90_000));
    const verb = this.verb();
    const noun = this.noun();
    this.ask(`How many ${who} ${verb.past} the ${noun}?`, `${number} ${who}`);
    return `About ${number} ${who} ${verb.past} the ${noun} in ${this.place} on ${this.random.pick(WEEKDAYS)}, ${this.organisationReference()} said.`;
  }

  private date(): string {
    const person = this.person();
    const verb = this.verb();
    const noun = this.noun();
    const day = `${this.random.pick(MONTHS)} ${this.random.int(1, 28)}`;
    this.ask(`When will ${person.last} ${verb.base} the ${noun}?`, day);
    return `${this.mention(person, 'subject')} will ${verb.base} the ${noun} on ${this.random.pick(WEEKDAYS)}, ${day}, ${this.year}.`;
  }

  private introduction(): string {
    const person = this.people.find((candidate) => !candidate.mentioned) ?? this.person();
    return `${this.mention(person, 'subject')} ${this.verb().past} the ${this.topic} ${this.circumstance()}.`;
  }

  /** How a person is named: title or role at first mention (noting a "Who is" question), then the surname. */
  private mention(person: Person, position: 'subject' | 'end'): string {
    if (person.mentioned) {
      if (person.title && this.random.chance(0.1)) return `the ${person.title.toLowerCase()}`;
      return person.last;
    }
    person.mentioned = true;
    if (person.title) {
      this.ask(`Who is ${person.full}?`, `${person.title} ${person.full}`);
      return `${person.title} ${person.full}`;
    }
    this.ask(`Who is ${person.full}?`, `${person.full}, ${person.appositive}`);
    return `${person.full}, ${person.appositive}${position === 'subject' ? ',' : ''}`;
  }

  private headline(): string {
    const person = this.people[0]!;
    return [
      this.place,
      capitalize(thirdPerson(this.verb())),
      capitalize(this.topic),
      'as',
      person.last,
      capitalize(thirdPerson(this.verb())),
      capitalize(this.noun()),
    ].join(' ');
  }

  private subheading(): string {
    return `${this.person().last} ${capitalize(thirdPerson(this.verb()))} ${capitalize(this.adjective())} ${capitalize(this.noun())}`;
  }

  private newPerson(): Person {
    const female = this.random.chance(0.5);
    const first = this.random.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
    const last = this.vocabulary.surname(this.random);
    const titled = this.random.chance(0.6);
    return {
      full: `${first} ${last}`,
      last,
      pronoun: female ? 'she' : 'he',
      title: titled ? this.random.pick(TITLES) : null,
      appositive: titled ? null : this.random.pick(APPOSITIVE_ROLES).replace('{org}', this.organisationReference()),
      mentioned: false,
    };
  }

  private newOrganisation(): string {
    return `${this.vocabulary.place(this.random)} ${capitalize(this.vocabulary.noun(this.random))} ${this.random.pick(ORGANISATION_KINDS)}`;
  }

  private organisationReference(): string {
    return this.random.chance(0.6) ? `the ${this.organisation}` : `the ${this.newOrganisation()}`;
  }

  private circumstance(): string {
    return this.oneOf(
      () => `on ${this.random.pick(WEEKDAYS)}`,
      () => 'last week',
      () => 'earlier this year',
      () => `in ${this.random.pick(MONTHS)}`,
      () => `after months of ${this.noun()}`,
      () => `despite ${this.adjective()} ${this.noun()}`,
      () => `in ${this.vocabulary.place(this.random)}`,
    );
  }

  private object(): string {
    return this.oneOf(
      () => `the ${this.adjective()} ${this.noun()}`,
      () => `a ${this.noun()} of ${this.noun()}`,
      () => `the ${this.noun()}`,
    );
  }

  /** One of several ways to write something; only the chosen one is written, so only it draws randomness. */
  private oneOf(...writers: ReadonlyArray<() => string>): string {
    return this.random.pick(writers)();
  }

  private person(): Person {
    return this.random.pick(this.people);
  }

  private noun(): string {
    return this.vocabulary.noun(this.random);
  }

  private adjective(): string {
    return this.vocabulary.adjective(this.random);
  }

  private verb(): Verb {
    return this.vocabulary.verb(this.random);
  }

  private ask(q: string, evidence: string): void {
    this.questions.push({ q, evidence, article: this.slug });
  }
}

/** 12345 → "12,345", as news writes figures. */
function formatNumber(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
