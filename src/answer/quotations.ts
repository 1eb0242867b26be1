import type { Quote, Speaker } from '../analysis/schema.js';
import type { Corpus } from '../corpus/schema.js';
import type { Passage } from '../search/schema.js';
import { bestMatch, SAME_NAME } from './focus-match.js';
import { passageOf } from '../search/passage.js';
import { speakerForRole } from './role-speaker.js';
import { words } from './words.js';

/**
 * The corpus's quotations and speakers as the answerer uses them for "what did X say" questions: the quotations
 * of a paragraph, the speaker a role stands for ("the governor"), and the paragraphs where a speaker is quoted,
 * which a search for "What did the governor say?" may not find when the story writes "Gov." and then only the
 * governor's surname.
 */
export class Quotations {
  private readonly byParagraph = new Map<string, Quote[]>();

  constructor(
    private readonly quotes: readonly Quote[],
    private readonly speakers: readonly Speaker[],
  ) {
    for (const quote of quotes) {
      const key = paragraphKey(quote.article, quote.paragraph);
      this.byParagraph.set(key, [...(this.byParagraph.get(key) ?? []), quote]);
    }
  }

  /** The quotations of one paragraph. */
  in(passage: Pick<Passage, 'article' | 'paragraph'>): Quote[] {
    return this.byParagraph.get(paragraphKey(passage.article, passage.paragraph)) ?? [];
  }

  /** The speaker a role phrase stands for ("the Titans coach"), or null (see `speakerForRole`). */
  speakerForRole(phrase: string): Speaker | null {
    return speakerForRole(phrase, this.speakers);
  }

  /** The paragraphs, as passages, where a speaker known by this name or surname is quoted, in reading order. */
  paragraphsQuoting(name: string, corpus: Corpus): Passage[] {
    const surname = words(name).filter((word) => !word.functionWord).at(-1);
    if (!surname) return [];
    const passages: Passage[] = [];
    const seen = new Set<string>();
    for (const quote of this.quotes) {
      const key = paragraphKey(quote.article, quote.paragraph);
      if (seen.has(key) || !words(quote.speaker).some((word) => bestMatch(surname, [word]) >= SAME_NAME)) continue;
      seen.add(key);
      const article = corpus.articles.find((candidate) => candidate.slug === quote.article);
      const paragraph = article?.paragraphs[quote.paragraph - 1];
      if (article && paragraph) passages.push(passageOf(article, paragraph));
    }
    return passages;
  }
}

function paragraphKey(article: string, paragraph: number): string {
  return `${article}\u0000${paragraph}`;
}
