/**
 * Other JavaScript search libraries a user might pick instead of MiniSearch, each set up for English
 * questions the way its documentation suggests, over the same paragraphs as storybot's index.
 */
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import { Charset, Encoder, Index } from 'flexsearch';
import EnglishPreset from 'flexsearch/lang/en';
import lunr from 'lunr';
import { ENGLISH_STOP_WORDS } from '../../src/search/stopwords.js';
import type { Corpus, Paragraph } from '../../src/corpus/schema.js';
import type { RetrievalCandidate } from '../retrieval-quality.js';

function paragraphsOf(corpus: Corpus): Paragraph[] {
  return corpus.articles.flatMap((article) => article.paragraphs);
}

/** Orama 3: BM25 over a radix tree; English stemming and stop words switched on; any term may match. */
export const ORAMA: RetrievalCandidate = {
  name: 'Orama (English stemming, stop words)',
  build(corpus) {
    const paragraphs = paragraphsOf(corpus);
    const db = create({
      schema: { text: 'string' } as const,
      components: { tokenizer: { language: 'english', stemming: true, stopWords: [...ENGLISH_STOP_WORDS] } },
    });
    const inserted = insertMultiple(
      db,
      paragraphs.map((paragraph, id) => ({ id: String(id), text: paragraph.text })),
    );
    if (inserted instanceof Promise) throw new Error('Orama inserted asynchronously; this bench needs its synchronous mode');
    return (question, limit) => {
      // threshold 1: paragraphs holding any of the question's terms, as a question rarely repeats a paragraph's words.
      const results = oramaSearch(db, { term: question, properties: ['text'], limit, threshold: 1 });
      if (results instanceof Promise) throw new Error('Orama searched asynchronously; this bench needs its synchronous mode');
      return results.hits.map((hit) => paragraphs[Number(hit.id)]!);
    };
  },
};

/** FlexSearch 0.8: its English language pack (stemmer and stop words) on the balanced Latin charset; partial matches allowed. */
export const FLEXSEARCH: RetrievalCandidate = {
  name: 'FlexSearch (English pack, suggest)',
  build(corpus) {
    const paragraphs = paragraphsOf(corpus);
    const index = new Index({ encoder: new Encoder(Charset.LatinBalance).assign(EnglishPreset) });
    paragraphs.forEach((paragraph, id) => index.add(id, paragraph.text));
    // suggest: without it FlexSearch returns only paragraphs holding every word of the question.
    return (question, limit) => index.search(question, { limit, suggest: true }).map((id) => paragraphs[Number(id)]!);
  },
};

/** Lunr 2: its default English pipeline (trimmer, stop words, Porter stemmer); the question's words as optional terms. */
export const LUNR: RetrievalCandidate = {
  name: 'Lunr (English pipeline)',
  build(corpus) {
    const paragraphs = paragraphsOf(corpus);
    const index = lunr(function () {
      this.ref('id');
      this.field('text');
      paragraphs.forEach((paragraph, id) => this.add({ id: String(id), text: paragraph.text }));
    });
    // The query builder, not `index.search`: Lunr's query syntax would read a question's ":" or "-" as operators.
    return (question, limit) =>
      index
        .query((query) => query.term(lunr.tokenizer(question), {}))
        .slice(0, limit)
        .map((result) => paragraphs[Number(result.ref)]!);
  },
};

export const OTHER_LIBRARIES: readonly RetrievalCandidate[] = [ORAMA, FLEXSEARCH, LUNR];
