import type { Article } from '../corpus/schema.js';
import { articleSentences, type ArticleSentence } from './article-text.js';
import { companyNames } from './companies.js';
import { properNouns, type ProperNoun } from './proper-nouns.js';
import type { Person } from './schema.js';
import { shortNames } from './short-names.js';
import { contentStems } from './terms.js';

/** What facts and the summary need to know of a person (`findPeople` gives whole `Person`s). */
export type PersonLike = Pick<Person, 'name' | 'aliases' | 'role'>;

/** One article read once, shared by every fact finder and the summary. */
export interface ArticleAnalysis {
  article: Article;
  sentences: ArticleSentence[];
  /** The proper nouns of each sentence, by sentence index. */
  nouns: ProperNoun[][];
  /** How central each sentence is to what the article is about, 0 to 1, by sentence index. */
  centrality: number[];
  /** How early each sentence comes, 1 for the lede and falling, by sentence index. */
  prominence: number[];
  /** Every way the article's people are named ("Jane Doe", "Doe"), which are never places or organisations. */
  personNames: Set<string>;
  /** Names the article writes about as companies ("shares of X"), even if taken for people. */
  companies: Set<string>;
  /** Rewrites people's long names ("President Jane Doe") to their short ones ("Doe") in a statement. */
  shortNames: (text: string) => string;
}

// The title says what the story is about; its words count as much as several mentions in the body.
const TITLE_WEIGHT = 3;

export function analyseArticle(article: Article, people: PersonLike[]): ArticleAnalysis {
  const sentences = articleSentences(article);
  const stemsBySentence = sentences.map((sentence) => contentStems(sentence.text));
  const frequency = new Map<string, number>();
  for (const stems of stemsBySentence) for (const stem of new Set(stems)) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  for (const stem of new Set(contentStems(article.title))) frequency.set(stem, (frequency.get(stem) ?? 0) + TITLE_WEIGHT);

  // A sentence is central when it is made of the words the article keeps coming back to.
  const raw = stemsBySentence.map((stems) => {
    const unique = new Set(stems);
    if (unique.size === 0) return 0;
    let sum = 0;
    for (const stem of unique) sum += Math.log1p((frequency.get(stem) ?? 1) - 1);
    return sum / Math.sqrt(unique.size + 4);
  });
  const highest = Math.max(...raw, Number.EPSILON);

  const nouns = sentences.map((sentence) => properNouns(sentence.text));
  const companies = companyNames(sentences, nouns);
  const persons = people.filter((person) => !companies.has(person.name));
  return {
    article,
    sentences,
    nouns,
    centrality: raw.map((value) => value / highest),
    prominence: sentences.map((sentence) => 1 / (1 + sentence.index / 10)),
    personNames: personNames(persons),
    companies,
    shortNames: shortNames(persons),
  };
}

/** Every capitalised way of naming these people, and each word of their full names. */
export function personNames(people: PersonLike[]): Set<string> {
  const names = new Set<string>();
  for (const person of people) {
    for (const name of [person.name, ...person.aliases]) {
      if (!/^\p{Lu}/u.test(name)) continue;
      names.add(name);
      for (const word of name.split(/\s+/)) if (word.length > 2 && /^\p{Lu}/u.test(word)) names.add(word);
    }
  }
  return names;
}
