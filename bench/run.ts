/**
 * `npm run bench`: generates the synthetic corpora, measures each section in fresh child processes, prints
 * the tables and writes BENCHMARKS.md. `npm run bench -- --help` lists the options.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseOptions, USAGE, type BenchOptions } from './options.js';
import { devQuestions, questionsForStory, questionsForSynthetic } from './questions.js';
import { renderForTerminal, renderReport } from './report.js';
import { STORY_LABEL, syntheticLabel, type BenchResults } from './results.js';
import { askTable, measureAsk, measureQuotes, quotesTable } from './sections/answers.js';
import { corporaTable, generateCorpora } from './sections/corpora.js';
import { discordTable, measureDiscord } from './sections/discord.js';
import { indexTable, measureIndexScale, retrievalTable } from './sections/index-scale.js';
import { llmTable, measureLlmPostProcessing } from './sections/llm.js';
import { measureQuality, qualityTable } from './sections/quality.js';
import { measureStartup, startupTable } from './sections/startup.js';
import { describeMachine, loadAverage } from './support/machine.js';
import type { Table } from './support/table.js';
import { targetsTable } from './targets.js';

const STORY_DIR = 'corpus';
const FINDINGS = 'bench/findings.md';

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

async function main(argv: string[]): Promise<number> {
  let options: BenchOptions | 'help';
  try {
    options = parseOptions(argv);
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }

  const startedAt = new Date();
  const started = performance.now();
  const loadAtStart = loadAverage();
  const results = await measure(options);
  const report = {
    command: ['npm run bench', ...(argv.length ? ['--', ...argv] : [])].join(' '),
    machine: describeMachine(),
    startedAt,
    durationMs: performance.now() - started,
    load: { start: loadAtStart, end: loadAverage() },
    targets: targetsTable(results),
    sections: sectionTables(results),
    findings: await readFile(FINDINGS, 'utf8').catch(() => null),
  };
  process.stdout.write(`${renderForTerminal(report)}\n\n`);
  await mkdir(dirname(options.out), { recursive: true });
  await writeFile(options.out, renderReport(report));
  log(`wrote ${options.out}`);
  return 0;
}

async function measure(options: BenchOptions): Promise<BenchResults> {
  const { sections } = options;
  const results: BenchResults = {};
  const needsCorpora = sections.has('corpus') || sections.has('index') || sections.has('answers');
  const corpora = needsCorpora ? await generateCorpora(options.sizes) : [];
  if (sections.has('corpus')) results.corpora = corpora;
  if (sections.has('index')) {
    const largest = Math.max(...corpora.map((corpus) => corpus.articles));
    const targets = [
      { label: STORY_LABEL, corpusDir: STORY_DIR, questions: await questionsForStory() },
      ...(await Promise.all(
        corpora.map(async (corpus) => ({
          label: syntheticLabel(corpus.articles),
          corpusDir: corpus.dir,
          questions: await questionsForSynthetic(corpus.articles),
          compareWithoutBudget: corpus.articles === largest,
        })),
      )),
    ];
    results.scale = await measureIndexScale(targets, log);
  }
  if (sections.has('answers')) {
    const synthetic = corpora.filter((corpus) => options.answerSizes.includes(corpus.articles));
    results.ask = await measureAsk(
      [
        { label: STORY_LABEL, corpusDir: STORY_DIR, questions: await questionsForStory() },
        ...(await Promise.all(synthetic.map(async (corpus) => ({ label: syntheticLabel(corpus.articles), corpusDir: corpus.dir, questions: await questionsForSynthetic(corpus.articles) })))),
      ],
      log,
    );
    results.quotes = await measureQuotes(
      [
        { label: STORY_LABEL, corpusDir: STORY_DIR },
        ...corpora.filter((corpus) => options.quoteSizes.includes(corpus.articles)).map((corpus) => ({ label: syntheticLabel(corpus.articles), corpusDir: corpus.dir })),
      ],
      log,
    );
  }
  if (sections.has('startup')) results.startup = await measureStartup(options.startup, log);
  if (sections.has('quality')) {
    log('quality: recall of every library on the gold sets');
    results.quality = await measureQuality();
  }
  if (sections.has('discord')) {
    const questions = (await devQuestions()).map((question) => question.q);
    results.discord = await measureDiscord({ corpusDir: STORY_DIR, questions, bursts: options.bursts }, log);
  }
  if (sections.has('llm')) {
    log('llm: post-processing of model-like replies');
    results.llm = await measureLlmPostProcessing(STORY_DIR, options.quick ? 500 : 2_000);
  }
  return results;
}

function sectionTables(results: BenchResults): Table[] {
  const tables: Table[] = [];
  if (results.corpora) tables.push(corporaTable(results.corpora));
  if (results.scale) tables.push(indexTable(results.scale), retrievalTable(results.scale));
  if (results.ask) tables.push(askTable(results.ask));
  if (results.quotes) tables.push(quotesTable(results.quotes));
  if (results.startup) tables.push(startupTable(results.startup));
  if (results.quality) tables.push(qualityTable(results.quality));
  if (results.discord) tables.push(discordTable(results.discord));
  if (results.llm) tables.push(llmTable(results.llm));
  return tables;
}

process.exitCode = await main(process.argv.slice(2));
