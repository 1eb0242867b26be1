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

function readQuestions(goldFile: string): GoldQuestion[] {
  return (JSON.parse(readFileSync(goldFile, 'utf8')) as { questions: GoldQuestion[] }).questions;
}

async function answererFor(corpusDir: string) {
  const corpus = await loadCorpus(corpusDir);
  const index = ParagraphIndex.build(corpus);
  const answerer = new ExtractiveAnswerer(corpus);
  return (question: string) => answerer.answer({ question, passages: index.search(question, { limit: EXTRACTIVE_PASSAGES }), history: [] });
}

describe.each(GOLD_SETS)('gold questions: $name', ({ corpusDir, goldFile }) => {
  const ready = answererFor(corpusDir());

  it.each(readQuestions(goldFile))('answers "$q" as the gold set says, with the evidence cited', async (gold) => {
    const answer = await (await ready)(gold.q);
    expect(fullyRight(gold, answer), `${gold.q}\n  -> ${answer.answer}`).toBe(true);
  });
});

// Questions written for other helpers' fixture articles before the answerer was first run on them. The first run
// of the first two (20 of 31 right) led to general fixes only (shares in words such as "a fifth", "blaming" as a
// cause, the article's title and other paragraphs as weak context, "Chief Executive" as a title), never to rules
// for their words; the third then got 14 of 16 on its first run, the fourth 11 of 15 (then 12, with "The
// 24-year-old" read as the person the paragraph before names). Some remain beyond the answerer (an idiom such as
// "left $90 million on the table" for "lose", "play" for a football club); the bar is that most are fully right.
const HELD_OUT_SETS = [
  { name: 'a dock strike story with single quotation marks', article: 'harbour-strike.txt', goldFile: 'test/fixtures/gold/harbour-strike.questions.json' },
  { name: 'an earnings story in Markdown', article: 'lumen-devices-earnings.md', goldFile: 'test/fixtures/gold/lumen-devices-earnings.questions.json' },
  { name: 'a council budget story with sections', article: 'riverton-council-budget.txt', goldFile: 'test/fixtures/gold/riverton-council-budget.questions.json' },
  { name: 'a football transfer story', article: 'harbour-city-striker-transfer.txt', goldFile: 'test/fixtures/gold/harbour-city-striker-transfer.questions.json' },
];
const HELD_OUT_BAR = 0.75;

describe.each(HELD_OUT_SETS)('held-out gold questions: $name', ({ article, goldFile }) => {
  it(`gets at least ${HELD_OUT_BAR * 100}% fully right, and abstains on every unanswerable question`, async () => {
    const ask = await answererFor(articleFolder(article));
    const questions = readQuestions(goldFile);
    const misses: string[] = [];
    for (const gold of questions) {
      const answer = await ask(gold.q);
      if (!fullyRight(gold, answer)) misses.push(`${gold.q} -> ${answer.answer}`);
      if (gold.answerable === false) expect(answer.citations, gold.q).toEqual([]);
    }
    expect(1 - misses.length / questions.length, misses.join('\n')).toBeGreaterThanOrEqual(HELD_OUT_BAR);
  });
});
