/**
 * What the LLM answer post-processing costs per answer: `groundAnswer` on the finished reply, and the
 * `previewAnswer` calls made while it streams (one per chunk). Prints figures; asserts nothing.
 *
 *   npx tsx bench/llm-ground.ts [corpus-dir]
 */
import { groundAnswer, previewAnswer } from '../src/answer/llm/ground.js';
import { corpusPassages } from '../src/answer/llm/passages.js';
import { loadCorpus } from '../src/corpus/load.js';
import type { Passage } from '../src/search/schema.js';

const corpus = await loadCorpus(process.argv[2] ?? 'corpus');
const passages: Passage[] = corpusPassages({ ...corpus, articles: corpus.articles.slice(0, 1) }).slice(0, 8);

// Replies shaped like a model's: sentences lifted from the passages, cited validly, invalidly, or not at all.
function reply(sentences: number, seed: number): string {
  const parts: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const passage = passages[(seed + i) % passages.length]!;
    const sentence = passage.text.split(/(?<=\.)\s/)[0]!.replace(/\.$/, '');
    const marker = i % 5 === 4 ? ' [12]' : i % 3 === 2 ? ` [${(i % passages.length) + 1}, ${((i + 3) % passages.length) + 1}]` : ` [${((seed + i) % passages.length) + 1}]`;
    parts.push(`${sentence}${marker}.`);
  }
  return parts.join(' ');
}

function measure(label: string, replies: string[], run: (text: string) => void): void {
  for (const text of replies.slice(0, 50)) run(text); // warm-up
  const times: number[] = [];
  for (const text of replies) {
    const start = performance.now();
    run(text);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const chars = replies.reduce((sum, text) => sum + text.length, 0) / replies.length;
  console.log(
    `${label.padEnd(44)} mean ${(mean * 1000).toFixed(0).padStart(6)} µs   p50 ${(at(0.5) * 1000).toFixed(0).padStart(6)} µs   ` +
      `p99 ${(at(0.99) * 1000).toFixed(0).padStart(6)} µs   (${chars.toFixed(0)} chars/answer, ${replies.length} answers)`,
  );
}

const CHUNK = 12; // characters per streamed piece, about three tokens
for (const sentences of [3, 8]) {
  const replies = Array.from({ length: 2_000 }, (_, seed) => reply(sentences, seed));
  measure(`groundAnswer, ${sentences}-sentence answer`, replies, (text) => groundAnswer(text, passages));
  measure(`previewAnswer per chunk x all chunks, ${sentences} sent.`, replies.slice(0, 300), (text) => {
    for (let end = CHUNK; end < text.length + CHUNK; end += CHUNK) previewAnswer(text.slice(0, end), passages.length);
  });
}
