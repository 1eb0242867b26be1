/**
 * People's genders, for resolving "he" and "she": from honorifics and gendered titles ("Mr.", "Congresswoman"),
 * from the pronouns of the prose about each person alone, or from the first name.
 */
import { splitSentences } from '../corpus/sentences.js';
import type { Corpus } from '../corpus/schema.js';
import { genderOfFirstName } from './people-names.js';
import type { PersonSpan } from './people.js';
import type { Sighting } from './people-sightings.js';
import type { Gender } from '../language/lexicon.js';
import { findQuoteSpans } from '../language/quotation-marks.js';
import type { Person } from './schema.js';

/** What gender inference reads of the people index: its people and where each is named. */
interface NamedPeople {
  readonly people: Person[];
  mentionsIn(article: string, paragraph: number): readonly PersonSpan[];
}

const PRONOUNS_MALE = /\b(?:he|him|his|himself)\b/gi;
const PRONOUNS_FEMALE = /\b(?:she|her|hers|herself)\b/gi;
const PRONOUN = /\b(?:he|him|his|himself|she|her|hers|herself)\b/i;
const QUOTATION_MARK = /["“”‘’']/;

/**
 * Gender, for resolving "he" and "she": an honorific or gendered title decides; else the pronouns used in
 * sentences about that person alone; else the first name.
 */
export function inferGenders(corpus: Corpus, index: NamedPeople, titled: Map<Person, Gender>): void {
  const votes = new Map<Person, { male: number; female: number }>();
  for (const article of corpus.articles) {
    for (const paragraph of article.paragraphs) {
      const spans = index.mentionsIn(article.slug, paragraph.n);
      if (spans.length === 0) continue;
      const sentences = splitSentences(paragraph.text);
      // "She handed me the clay," Treloar says: pronouns inside a quotation are someone else.
      let prose: string | undefined;
      sentences.forEach((sentence, k) => {
        const inside = spans.filter((span) => span.start >= sentence.start && span.start < sentence.end);
        if (new Set(inside.map((span) => span.person)).size !== 1) return;
        // The pronouns after the name in its sentence, and in the next sentence if it names nobody.
        let end = sentence.end;
        const next = sentences[k + 1];
        if (next && !spans.some((span) => span.start >= next.start && span.start < next.end)) end = next.end;
        let after = paragraph.text.slice(inside[0]!.end, end);
        if (!PRONOUN.test(after)) return;
        if (QUOTATION_MARK.test(after)) after = (prose ??= withoutQuotations(paragraph.text)).slice(inside[0]!.end, end);
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

/** A paragraph with its quotations blanked out, every offset kept. */
function withoutQuotations(text: string): string {
  let prose = text;
  for (const span of findQuoteSpans(text)) prose = prose.slice(0, span.open) + ' '.repeat(span.close - span.open) + prose.slice(span.close);
  return prose;
}

/** The gender honorifics and gendered titles give ("Mr.", "Congresswoman"), person by person. */
export function titledGenders(sightings: Sighting[], index: NamedPeople): Map<Person, Gender> {
  const titled = new Map<Person, Gender>();
  for (const sighting of sightings) {
    if (!sighting.run.titleGender) continue;
    const person = index.mentionsIn(sighting.article, sighting.paragraph).find((span) => span.start === sighting.run.start)?.person;
    if (person) titled.set(person, sighting.run.titleGender);
  }
  return titled;
}
