import { WEEKDAY } from '../language/calendar.js';
import type { ArticleSentence } from './article-text.js';
import type { ProperNoun } from './proper-nouns.js';

/**
 * Companies the article names without an organisation noun ("Morgan Stanley", "Halvorsen Pike"), found by
 * how news writes about companies, which it never writes about people:
 * - their shares: "shares of X", "X shares", "X's stock";
 * - their officers: "X's chief executive", "X's board";
 * - people who work there: "an analyst at X", "economists at X";
 * - their statements about themselves as "it": "X said Tuesday it will…".
 */

const NAME = String.raw`(\p{Lu}[\p{L}&.'’-]*(?:\s(?:of\s|&\s)?\p{Lu}[\p{L}&.'’-]*){0,3})`;
const EVIDENCE = [
  new RegExp(String.raw`\b(?:[Ss]hares|[Ss]tock)\s(?:of|in)\s${NAME}`, 'gu'),
  new RegExp(
    String.raw`${NAME}(?:['’]s)?\s(?:shares|stock|chief\sexecutive|chief\sfinancial\sofficer|CEO|chairman|chairwoman|board|shareholders|headquarters)\b`,
    'gu',
  ),
  new RegExp(String.raw`\b(?:analysts?|economists?|strategists?|researchers?|executives?|engineers?|employees?|workers?|traders?)\sat\s${NAME}`, 'gu'),
  new RegExp(String.raw`^${NAME}\s(?:said|says|announced)\s(?:(?:on\s)?${WEEKDAY}\s)?(?:that\s)?it\b`, 'gu'),
];

/** The names of the article's proper nouns that the article writes about as companies. */
export function companyNames(sentences: ArticleSentence[], nouns: ProperNoun[][]): Set<string> {
  const runs = new Set(nouns.flat().map((noun) => noun.text));
  const companies = new Set<string>();
  for (const sentence of sentences) {
    for (const pattern of EVIDENCE) {
      for (const match of sentence.text.matchAll(pattern)) {
        const name = match[1]!.replace(/['’]s$/, '').replace(/\.$/, '');
        if (runs.has(name)) companies.add(name);
      }
    }
  }
  return companies;
}
