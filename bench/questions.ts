import { loadGoldSet } from '../src/search/recall.js';
import { syntheticQuestions } from './synthetic/generate.js';

/** A question the benchmarks ask, with the snippet its answering paragraph holds when that is known. */
export interface AskedQuestion {
  q: string;
  /** Null when the corpus cannot answer it (an article it does not hold, or a question on another story). */
  evidence: string | null;
}

export const DEV_QUESTIONS = '../shared/eval/questions.dev.json';
export const SYNTHETIC_QUESTIONS = 200;

/** The dev questions on the bundled story, with their evidence for the answerable ones. */
export async function devQuestions(): Promise<AskedQuestion[]> {
  const { questions } = await loadGoldSet(DEV_QUESTIONS);
  return questions.map((question) => ({ q: question.q, evidence: question.answerable ? (question.evidence ?? null) : null }));
}

/**
 * The fixed set asked of a synthetic corpus: 200 questions generated from its articles' people, figures,
 * places and quotations, then the dev questions (about another story, so answerable by none of it).
 */
export async function questionsForSynthetic(articles: number): Promise<AskedQuestion[]> {
  const generated = syntheticQuestions(articles, SYNTHETIC_QUESTIONS).map((question) => ({
    q: question.q,
    evidence: question.inCorpus ? question.evidence : null,
  }));
  const dev = (await devQuestions()).map((question) => ({ q: question.q, evidence: null }));
  return [...generated, ...dev];
}

/** The set asked of the bundled story: its dev questions, then 200 synthetic questions it cannot answer. */
export async function questionsForStory(): Promise<AskedQuestion[]> {
  const generated = syntheticQuestions(0, SYNTHETIC_QUESTIONS).map((question) => ({ q: question.q, evidence: null }));
  return [...(await devQuestions()), ...generated];
}
