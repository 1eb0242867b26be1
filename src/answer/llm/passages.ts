import type { Corpus } from '../../corpus/schema.js';
import type { Passage } from '../../search/schema.js';
import { passageOf } from '../../search/passage.js';

/** The corpus's paragraphs in reading order, article by article, up to `maxChars` characters of text (at least one). */
export function corpusPassages(corpus: Corpus, maxChars = Infinity): Passage[] {
  const passages: Passage[] = [];
  let chars = 0;
  for (const article of corpus.articles) {
    for (const paragraph of article.paragraphs) {
      chars += paragraph.text.length;
      if (chars > maxChars && passages.length > 0) return passages;
      passages.push(passageOf(article, paragraph));
    }
  }
  return passages;
}
