import type { AskedQuestion } from '../questions.js';
import { runInWorker } from '../support/child.js';
import { count, ms } from '../support/format.js';
import type { Table } from '../support/table.js';
import type { AskResult, QuotesResult } from './answers-tasks.js';

/** Section 3 (answers): the whole extractive `ask` through `createStory`, and quotation extraction. */
export interface AnswerTarget {
  label: string;
  corpusDir: string;
  questions: AskedQuestion[];
}

export interface AskRow extends AskResult {
  label: string;
  questions: number;
}

export interface QuotesRow extends QuotesResult {
  label: string;
}

const WARM_UP_QUESTIONS = 20;

export async function measureAsk(targets: readonly AnswerTarget[], log: (line: string) => void): Promise<AskRow[]> {
  const rows: AskRow[] = [];
  for (const target of targets) {
    log(`answers: asking ${target.label} ${target.questions.length} questions`);
    const questions = target.questions.map((question) => question.q);
    const result = await runInWorker<AskResult>('answers:ask', { corpusDir: target.corpusDir, questions, warmUp: WARM_UP_QUESTIONS });
    rows.push({ label: target.label, questions: questions.length, ...result });
  }
  return rows;
}

export async function measureQuotes(targets: readonly { label: string; corpusDir: string }[], log: (line: string) => void): Promise<QuotesRow[]> {
  const rows: QuotesRow[] = [];
  for (const target of targets) {
    log(`answers: extracting the quotations of ${target.label}`);
    rows.push({ label: target.label, ...(await runInWorker<QuotesResult>('answers:quotes', { corpusDir: target.corpusDir })) });
  }
  return rows;
}

export function askTable(rows: readonly AskRow[]): Table {
  return {
    title: '3b. Extractive answers: `createStory(…).ask`',
    columns: ['corpus', 'paragraphs:', 'questions:', 'ready in:', 'p50:', 'p95:', 'p99:', 'CPU p99:', 'answered:'],
    rows: rows.map((row) => [
      row.label,
      count(row.paragraphs),
      String(row.questions),
      ms(row.readyMs),
      ms(row.wall.p50),
      ms(row.wall.p95),
      ms(row.wall.p99),
      ms(row.cpu.p99),
      `${row.answered} / ${row.questions}`,
    ]),
    notes: [
      `The whole answer: question validation, retrieval, sentence selection and wording, citations (no LLM). One fresh process per corpus;`,
      `"ready in" is \`createStory\` with the index built in memory; each question once after ${WARM_UP_QUESTIONS} warm-up questions.`,
    ],
  };
}

export function quotesTable(rows: readonly QuotesRow[]): Table {
  return {
    title: '3c. Quotations and speakers',
    columns: ['corpus', 'paragraphs:', 'quotations:', 'speakers:', 'people index:', 'quotations:', 'paragraphs/s (both):'],
    rows: rows.map((row) => [
      row.label,
      count(row.paragraphs),
      count(row.quotes),
      count(row.speakers),
      ms(row.peopleMs),
      ms(row.quotesMs),
      count(row.paragraphs / ((row.peopleMs + row.quotesMs) / 1000)),
    ]),
    notes: ['`PeopleIndex.fromCorpus` (names, roles, aliases) then `extractQuotes` (marks, cues, speaker resolution), in a fresh process.'],
  };
}
