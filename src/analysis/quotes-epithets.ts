/**
 * "The 24-year-old said": news writing calls a person it has just named by their age, given in an appositive
 * when they were introduced ("Jo Hale, 24, scored twice"). The speaker is the person given that age.
 */
import type { Article } from '../corpus/schema.js';
import type { PeopleIndex } from './people.js';

// How many paragraphs back an age epithet looks for the person given that age.
const LOOKBACK = 6;
const AGE_AFTER_NAME = /^(?:['’]s)?,\s*(\d{1,3})\s*[,.;]/u;

/** The age an epithet gives ("the 24-year-old", "the 81-year-old potter"), or null. */
export function ageOfEpithet(subject: string): number | null {
  const age = /^the\s+(\d{1,3})-year-old\b/i.exec(subject)?.[1];
  return age === undefined ? null : Number(age);
}

/** The person the story introduced with that age, nearest before `offset` in `paragraph`, or null. */
export function personAged(people: PeopleIndex, article: Article, age: number, paragraph: number, offset: number): string | null {
  for (let n = paragraph; n >= Math.max(1, paragraph - LOOKBACK); n--) {
    const text = article.paragraphs[n - 1]?.text ?? '';
    const spans = people.mentionsIn(article.slug, n);
    for (let k = spans.length - 1; k >= 0; k--) {
      const span = spans[k]!;
      if (n === paragraph && span.start >= offset) continue;
      if (Number(AGE_AFTER_NAME.exec(text.slice(span.end, span.end + 8))?.[1]) === age) return span.person.name;
    }
  }
  return null;
}
