import { ConfigError, loadConfig, type Config } from '../config.js';
import { createLogger } from '../logger.js';
import { createStory } from '../story.js';
import { processIo } from './io.js';
import type { CliContext, OpenStoryOptions } from './program.js';

/** The context a real `storybot` run works in: the process's streams, `.env` config, the real story. */
export function cliContext(config: Config): CliContext {
  const io = processIo();
  const logger = createLogger(config.logLevel ?? 'warn');
  const openStory = ({ corpusDir, strict }: OpenStoryOptions, rebuildIndex = false) =>
    createStory({ corpusDir, strict, rebuildIndex, cacheDir: config.cacheDir, llm: config.llm, logger });
  return {
    io,
    config,
    openStory,
    buildIndex: async (options) => {
      const { indexStats, corpus } = await openStory(options, true);
      return {
        articles: corpus.articles.length,
        paragraphs: indexStats.paragraphs,
        terms: indexStats.terms,
        milliseconds: indexStats.ms,
        savedTo: indexStats.cacheFile,
        loadedFromCache: indexStats.loadedFromCache,
      };
    },
  };
}

/** The configuration from `.env` and the environment, or null after saying in one line what is wrong with it. */
export function loadConfigOrExplain(stderr: { write(text: string): unknown } = process.stderr): Config | null {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    stderr.write(`storybot: configuration: ${error.message}\n`);
    return null;
  }
}
