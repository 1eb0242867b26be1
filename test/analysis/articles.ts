import { findPeople } from '../../src/analysis/people.js';
import type { Person } from '../../src/analysis/schema.js';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Corpus } from '../../src/corpus/schema.js';

/** The bundled story, or fixture articles by slug, as a corpus of their own with the people they name. */
export async function storyCorpus(): Promise<{ corpus: Corpus; people: Person[] }> {
  return withPeople(await loadCorpus('corpus'));
}

export async function fixtureCorpus(...slugs: string[]): Promise<{ corpus: Corpus; people: Person[] }> {
  const all = await loadCorpus('test/fixtures/articles');
  const articles = slugs.map((slug) => {
    const article = all.articles.find((candidate) => candidate.slug === slug);
    if (!article) throw new Error(`no fixture article ${slug}`);
    return article;
  });
  return withPeople({ ...all, articles });
}

function withPeople(corpus: Corpus): { corpus: Corpus; people: Person[] } {
  return { corpus, people: findPeople(corpus) };
}
