import { basename } from 'node:path';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Corpus } from '../../src/corpus/schema.js';
import { loadGoldSet, type GoldQuestion } from '../../src/search/recall.js';

/** The bundled story, as `storybot` loads it. */
export function loadStory(): Promise<Corpus> {
  return loadCorpus('corpus');
}

/**
 * The fixture articles, which make a corpus of several outlets and topics; `goldFiles` narrows it to the
 * articles those gold sets ask about (named `<slug>.json`).
 */
export async function loadFixtureArticles(goldFiles?: readonly string[]): Promise<Corpus> {
  const corpus = await loadCorpus('test/fixtures/articles');
  if (goldFiles === undefined) return corpus;
  const slugs = new Set(goldFiles.map((file) => basename(file, '.json')));
  return { ...corpus, articles: corpus.articles.filter((article) => slugs.has(article.slug)) };
}

/** One fixture article alone, as storybot serves a story of one article. */
export async function loadFixtureArticle(slug: string): Promise<Corpus> {
  const corpus = await loadCorpus('test/fixtures/articles');
  return { ...corpus, articles: corpus.articles.filter((article) => article.slug === slug) };
}

/** A corpus of one article made of these paragraphs, for tests that need paragraphs of their own. */
export function corpusOfParagraphs(texts: readonly string[], title = 'Town news'): Corpus {
  const slug = 'town';
  return {
    dir: 'memory',
    warnings: [],
    hash: `paragraphs-${texts.length}`,
    articles: [
      {
        slug,
        title,
        url: null,
        published: null,
        file: 'town.txt',
        paragraphs: texts.map((text, i) => ({ article: slug, n: i + 1, text, section: null })),
      },
    ],
  };
}

export const DEV_QUESTIONS_FILE = '../shared/eval/questions.dev.json';

export const FIXTURE_GOLD_FILES = [
  'test/search/gold/riverton-council-budget.json',
  'test/search/gold/harbour-city-striker-transfer.json',
  'test/search/gold/lumen-devices-earnings.json',
];

export async function loadFixtureQuestions(): Promise<GoldQuestion[]> {
  const sets = await Promise.all(FIXTURE_GOLD_FILES.map(loadGoldSet));
  return sets.flatMap((set) => set.questions);
}
