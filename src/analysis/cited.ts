import type { Citation } from '../answer/schema.js';
import { paragraphCitation } from './article-text.js';
import type { FactDraft } from './fact-draft.js';
import type { Fact } from './schema.js';

/** A fact or summary point with the paragraphs it rests on. */
export interface Cited {
  text: string;
  citations: Citation[];
}

/**
 * Numbers the citations of a list as one list of sources: the first paragraph cited anywhere is [1], and a
 * paragraph cited by several items keeps one number, so a front end can print the sources once, under the list.
 */
export function numberCitations<T extends Cited>(items: T[]): T[] {
  const numbers = new Map<string, number>();
  return items.map((item) => ({
    ...item,
    citations: item.citations.map((citation) => {
      const key = `${citation.article}#${citation.paragraph}`;
      let n = numbers.get(key);
      if (n === undefined) {
        n = numbers.size + 1;
        numbers.set(key, n);
      }
      return { ...citation, n };
    }),
  }));
}

/** A draft as the fact it states, citing the paragraph of each of its sources. */
export function toFact(draft: FactDraft): Fact {
  return {
    kind: draft.kind,
    text: draft.text,
    citations: draft.sources.map((sentence) => paragraphCitation(sentence.article, sentence.paragraph)),
  };
}
