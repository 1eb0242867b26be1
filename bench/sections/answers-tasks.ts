import { performance } from 'node:perf_hooks';
import { PeopleIndex } from '../../src/analysis/people.js';
import { extractQuotes } from '../../src/analysis/quotes.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { createStory } from '../../src/story.js';
import { distribution, timeEach, type Distribution } from '../support/stats.js';

/** The worker side of the answers section: the whole extractive `ask`, and quotation extraction. */

export interface AskInput {
  corpusDir: string;
  questions: string[];
  warmUp: number;
}

export interface AskResult {
  paragraphs: number;
  /** From nothing to a story ready to answer: corpus, index (in memory), answerer. */
  readyMs: number;
  wall: Distribution;
  cpu: Distribution;
  answered: number;
}

export async function askTask({ corpusDir, questions, warmUp }: AskInput): Promise<AskResult> {
  const started = performance.now();
  const story = await createStory({ corpusDir, cacheDir: null, llm: null });
  const readyMs = performance.now() - started;
  for (const question of questions.slice(0, warmUp)) await story.ask(question);

  let answered = 0;
  const times = await timeEach(questions, async (question) => {
    if ((await story.ask(question)).answered) answered += 1;
  });
  const paragraphs = story.corpus.articles.reduce((sum, article) => sum + article.paragraphs.length, 0);
  return { paragraphs, readyMs, wall: distribution(times.wall), cpu: distribution(times.cpu), answered };
}

export interface QuotesResult {
  paragraphs: number;
  quotes: number;
  speakers: number;
  peopleMs: number;
  quotesMs: number;
}

export async function quotesTask({ corpusDir }: { corpusDir: string }): Promise<QuotesResult> {
  const corpus = await loadCorpus(corpusDir);
  const started = performance.now();
  const people = PeopleIndex.fromCorpus(corpus);
  const peopleDone = performance.now();
  const quotes = extractQuotes(corpus, people);
  const quotesDone = performance.now();
  return {
    paragraphs: corpus.articles.reduce((sum, article) => sum + article.paragraphs.length, 0),
    quotes: quotes.length,
    speakers: new Set(quotes.map((quote) => quote.speaker)).size,
    peopleMs: peopleDone - started,
    quotesMs: quotesDone - peopleDone,
  };
}
