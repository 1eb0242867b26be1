import { Command, CommanderError, Option } from 'commander';
import type { Config } from '../config.js';
import type { Story } from '../story.js';
import { askAction, askEachLineAction } from './ask.js';
import { chatAction } from './chat.js';
import type { CliIo } from './io.js';
import { renderFacts, renderIndexReport, renderQuotes, renderSources, renderSpeakers, renderSummary } from './render.js';
import { stylerFor } from './style.js';

export interface OpenStoryOptions {
  corpusDir: string;
  strict: boolean;
}

export interface CliContext {
  io: CliIo;
  config: Config;
  openStory(options: OpenStoryOptions): Promise<Story>;
  /** Builds and saves the search index, for `storybot index`; returns what it indexed. */
  buildIndex(options: OpenStoryOptions): Promise<IndexReport>;
}

export interface IndexReport {
  articles: number;
  paragraphs: number;
  terms: number;
  milliseconds: number;
  savedTo: string | null;
  /** False: `index` always builds anew, it never just loads a saved index. */
  loadedFromCache: boolean;
}

interface CommonOptions {
  corpus: string;
  json?: boolean;
  strict?: boolean;
}

/** Exit codes: 0 done, 1 the work failed (bad corpus, bad question), 2 the command line was wrong. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** Runs one `storybot …` command line and resolves to its exit code. */
export async function runCli(argv: string[], context: CliContext): Promise<number> {
  const { io } = context;
  let exitCode = EXIT_OK;
  const program = buildProgram(context, (code) => {
    exitCode = Math.max(exitCode, code);
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    io.stderr.write(`storybot: ${(error as Error).message}\n`);
    for (const warning of (error as { warnings?: Array<{ file: string; problem: string }> }).warnings ?? []) {
      io.stderr.write(`  ${warning.file} ${warning.problem}\n`);
    }
    return EXIT_FAILED;
  }
}

function buildProgram(context: CliContext, reportExit: (code: number) => void): Command {
  const { io, config } = context;
  const style = stylerFor(io.stdout);
  const print = (text: string) => io.stdout.write(text);
  const printJson = (value: unknown) => print(`${JSON.stringify(value, null, 2)}\n`);
  /** A result as JSON with --json, else as `render` writes it for people. */
  const show = <T>(options: CommonOptions, value: T, render: (value: T, styler: typeof style) => string) =>
    options.json ? printJson(value) : print(render(value, style));

  const program = new Command('storybot')
    .description('Ask a news story questions and get answers that cite its paragraphs.')
    .usage('<command> [options]')
    .exitOverride()
    .showHelpAfterError('(run storybot --help, or storybot <command> --help, for usage)')
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) });

  const command = (name: string, description: string) =>
    program
      .command(name)
      .description(description)
      .addOption(new Option('--corpus <dir>', 'folder of articles (.txt, .md); CORPUS_DIR sets the default').default(config.corpusDir))
      .option('--json', 'print machine-readable JSON')
      .option('--strict', 'fail on any bad article file instead of skipping it');

  const open = async (options: CommonOptions): Promise<Story> => {
    const story = await context.openStory({ corpusDir: options.corpus, strict: options.strict ?? false });
    for (const warning of story.corpus.warnings) io.stderr.write(`warning: ${warning.file} ${warning.problem}\n`);
    return story;
  };

  command('ask', 'answer a question, citing the paragraphs; "-" reads one question a line from standard input')
    .argument('<question...>', 'the question, or - to read questions from standard input')
    .action(async (words: string[], options: CommonOptions) => {
      const story = await open(options);
      const question = words.join(' ');
      const json = options.json ?? false;
      reportExit(question === '-' ? await askEachLineAction(story, io, json) : await askAction(story, question, io, json));
    });

  command('quote', "a speaker's quotations (any part of their name)")
    .argument('<speaker...>', 'who said it, e.g. "duarte"')
    .option('--about <words>', 'only quotations about these words')
    .action(async (words: string[], options: CommonOptions & { about?: string }) => {
      const story = await open(options);
      const name = words.join(' ');
      const speaker = await story.findSpeaker(name);
      if (!speaker) {
        const known = (await story.speakers()).map((s) => s.name);
        const message = `Nobody called "${name}" is quoted. ${known.length > 0 ? `Quoted: ${known.join(', ')}.` : 'Nobody is quoted in this corpus.'}`;
        if (options.json) printJson([]);
        io.stderr.write(`${message}\n`);
        reportExit(EXIT_FAILED);
        return;
      }
      show(options, await story.quotes({ speaker: speaker.name, ...(options.about ? { about: options.about } : {}) }), renderQuotes);
    });

  command('quotes', 'every quotation in the corpus with its speaker').action(async (options: CommonOptions) => {
    show(options, await (await open(options)).quotes(), renderQuotes);
  });

  command('speakers', 'who is quoted, with their aliases').action(async (options: CommonOptions) => {
    show(options, await (await open(options)).speakers(), renderSpeakers);
  });

  command('facts', 'the key facts: people, figures, places, dates, organisations, events')
    .option('--topic <words>', 'only facts about these words')
    .action(async (options: CommonOptions & { topic?: string }) => {
      show(options, await (await open(options)).facts(options.topic), renderFacts);
    });

  command('summary', 'a brief of three to six cited points').action(async (options: CommonOptions) => {
    show(options, await (await open(options)).summary(), renderSummary);
  });

  command('sources', 'the articles in the corpus and their links').action(async (options: CommonOptions) => {
    show(options, (await open(options)).sources(), renderSources);
  });

  command('index', 'build and save the search index, and show what it indexed').action(async (options: CommonOptions) => {
    show(options, await context.buildIndex({ corpusDir: options.corpus, strict: options.strict ?? false }), renderIndexReport);
  });

  command('chat', 'an interactive session; follow-up questions use the earlier turns').action(async (options: CommonOptions) => {
    reportExit(await chatAction(await open(options), io, options.json ?? false));
  });

  return program;
}
