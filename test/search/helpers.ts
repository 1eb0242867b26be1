import { loadCorpus } from '../../src/corpus/load.js';
import type { Corpus } from '../../src/corpus/schema.js';
import { loadGoldSet, type GoldQuestion } from '../../src/search/recall.js';

/** The bundled story, as `storybot` loads it. */
export function loadStory(): Promise<Corpus> {
  return loadCorpus('corpus');
}

/** The fixture articles of every helper, which make a corpus of several outlets and topics. */
export function loadFixtureArticles(): Promise<Corpus> {
  return loadCorpus('test/fixtures/articles');
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
