import { Readable } from 'node:stream';
import { parseConfig } from '../../src/config.js';
import { createStory } from '../../src/story.js';
import { runCli, type CliContext } from '../../src/cli/program.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `storybot <argv>` in-process on the real story engine, with the given standard input. */
export async function runStorybot(argv: string[], stdin = ''): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const config = parseConfig({ CACHE_DIR: '' });
  const openStory: CliContext['openStory'] = ({ corpusDir, strict }) => createStory({ corpusDir, strict, cacheDir: null });
  const code = await runCli(argv, {
    io: {
      stdin: Object.assign(Readable.from(stdin === '' ? [] : [stdin]), { isTTY: false }),
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
    },
    config,
    openStory,
    buildIndex: async (options) => {
      const story = await openStory(options);
      return { articles: story.corpus.articles.length, paragraphs: story.indexStats.paragraphs, terms: story.indexStats.terms, milliseconds: story.indexStats.ms, savedTo: null, loadedFromCache: false };
    },
  });
  return { code, stdout, stderr };
}
