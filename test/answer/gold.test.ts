import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACTIVE_PASSAGES, ExtractiveAnswerer } from '../../src/answer/extractive.js';
import type { Answer } from '../../src/answer/schema.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { ParagraphIndex } from '../../src/search/paragraph-index.js';
import { fold } from '../analysis/quotes-score.js';

interface GoldQuestion {
  q: string;
  answers: string[];
  evidence?: string;
  answerable?: boolean;
}

// The scorer's own rules (../shared/eval/score.mjs): the answer holds one of the gold answers once folded as the
// scorer folds text, a cited paragraph holds the evidence, and an unanswerable question is answered false with no
// citations.
function fullyRight(gold: GoldQuestion, answer: Answer): boolean {
  if (gold.answerable === false) return answer.answered === false && answer.citations.length === 0;
  const hit = answer.answered && gold.answers.some((expected) => fold(answer.answer).includes(fold(expected)));
  const supported = answer.citations.some((citation) => fold(citation.text).includes(fold(gold.evidence ?? '')));
  return hit && supported;
}

function articleFolder(file: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'storybot-gold-'));
  copyFileSync(join('test/fixtures/articles', file), join(dir, file));
  return dir;
}

const GOLD_SETS: Array<{ name: string; corpusDir: () => string; goldFile: string }> = [
  { name: 'the shared dev set on the bundled story', corpusDir: () => 'corpus', goldFile: '../shared/eval/questions.dev.json' },
  { name: 'a local-news Markdown article', corpusDir: () => articleFolder('millbrook-bridge-vote.md'), goldFile: 'test/fixtures/gold/millbrook-bridge-vote.questions.json' },
  { name: 'a business story with figures', corpusDir: () => articleFolder('harbor-foods-earnings.txt'), goldFile: 'test/fixtures/gold/harbor-foods-earnings.questions.json' },
  { name: 'a British story with single quotation marks', corpusDir: () => articleFolder('severn-flood-barrier.txt'), goldFile: 'test/fixtures/gold/severn-flood-barrier.questions.json' },
];

describe.each(GOLD_SETS)('gold questions: $name', ({ corpusDir, goldFile }) => {
  const questions = (JSON.parse(readFileSync(goldFile, 'utf8')) as { questions: GoldQuestion[] }).questions;
  const ready = (async () => {
    const corpus = await loadCorpus(corpusDir());
    return { index: ParagraphIndex.build(corpus), answerer: new ExtractiveAnswerer(corpus) };
  })();

  it.each(questions)('answers "$q" as the gold set says, with the evidence cited', async (gold) => {
    const { index, answerer } = await ready;
    const answer = await answerer.answer({ question: gold.q, passages: index.search(gold.q, { limit: EXTRACTIVE_PASSAGES }), history: [] });
    expect(fullyRight(gold, answer), `${gold.q}\n  -> ${answer.answer}`).toBe(true);
  });
});
