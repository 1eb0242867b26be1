import { performance } from 'node:perf_hooks';
import { groundAnswer, previewAnswer } from '../../src/answer/llm/ground.js';
import { corpusPassages } from '../../src/answer/llm/passages.js';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Passage } from '../../src/search/schema.js';
import { ms } from '../support/format.js';
import { distribution } from '../support/stats.js';
import type { Table } from '../support/table.js';

/**
 * Section 7: what the LLM answer's post-processing costs per answer, with no model involved: `groundAnswer`
 * on the finished reply (markers parsed, invalid citations dropped, renumbered) and the `previewAnswer`
 * calls made while a reply streams (one per chunk of about three tokens).
 */
export interface LlmRow {
  step: string;
  sentences: number;
  chars: number;
  answers: number;
  samples: number[];
}

const CHUNK_CHARS = 12;
const PASSAGES = 8;

export async function measureLlmPostProcessing(corpusDir: string, answers: number): Promise<LlmRow[]> {
  const corpus = await loadCorpus(corpusDir);
  const passages = corpusPassages(corpus).slice(0, PASSAGES);
  const rows: LlmRow[] = [];
  for (const sentences of [3, 8]) {
    const replies = Array.from({ length: answers }, (_, seed) => modelLikeReply(passages, sentences, seed));
    const chars = replies.reduce((sum, text) => sum + text.length, 0) / replies.length;
    rows.push({ step: 'groundAnswer (final reply)', sentences, chars, answers, samples: timeEach(replies, (text) => groundAnswer(text, passages)) });
    rows.push({
      step: 'previewAnswer (every chunk of the stream)',
      sentences,
      chars,
      answers,
      samples: timeEach(replies, (text) => {
        for (let end = CHUNK_CHARS; end < text.length + CHUNK_CHARS; end += CHUNK_CHARS) previewAnswer(text.slice(0, end), passages.length);
      }),
    });
  }
  return rows;
}

/** Sentences lifted from the passages, cited as models do: validly, with a list, or with a number not given. */
function modelLikeReply(passages: readonly Passage[], sentences: number, seed: number): string {
  const parts: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const passage = passages[(seed + i) % passages.length]!;
    const sentence = passage.text.split(/(?<=\.)\s/)[0]!.replace(/\.$/, '');
    const marker =
      i % 5 === 4 ? ` [${passages.length + 4}]`
      : i % 3 === 2 ? ` [${(i % passages.length) + 1}, ${((i + 3) % passages.length) + 1}]`
      : ` [${((seed + i) % passages.length) + 1}]`;
    parts.push(`${sentence}${marker}.`);
  }
  return parts.join(' ');
}

function timeEach(replies: readonly string[], run: (text: string) => void): number[] {
  for (const text of replies.slice(0, 50)) run(text); // warm-up
  return replies.map((text) => {
    const started = performance.now();
    run(text);
    return performance.now() - started;
  });
}

export function llmTable(rows: readonly LlmRow[]): Table {
  return {
    title: '7. LLM answers: post-processing overhead per answer',
    columns: ['step', 'sentences:', 'chars:', 'answers:', 'p50:', 'p95:', 'p99:'],
    rows: rows.map((row) => {
      const stats = distribution(row.samples);
      return [row.step, String(row.sentences), row.chars.toFixed(0), String(row.answers), ms(stats.p50), ms(stats.p95), ms(stats.p99)];
    }),
    notes: [
      'Model-like replies built from the bundled story\'s paragraphs (valid, listed and out-of-range citations), timed in this',
      'process after a warm-up. This is all storybot adds to an LLM answer; the model\'s own latency is not included.',
    ],
  };
}
