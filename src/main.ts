#!/usr/bin/env node
/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the local chat on the corpus. Also the
 * script each shard of `npm run start:sharded` runs.
 */
import { cliContext, loadConfigOrExplain } from './cli/context.js';
import { EXIT_FAILED, runCli } from './cli/program.js';
import { createLogger } from './logger.js';
import { createStory } from './story.js';

async function main(): Promise<number | null> {
  const config = loadConfigOrExplain();
  if (config === null) return EXIT_FAILED;

  if (config.discord === null) {
    process.stderr.write(`No DISCORD_TOKEN set, so this is the local chat on ${config.corpusDir}/ (set DISCORD_TOKEN in .env to run the Discord bot).\n`);
    return runCli(['chat'], cliContext(config));
  }

  const logger = createLogger(config.logLevel ?? 'info');
  try {
    const story = await createStory({ corpusDir: config.corpusDir, cacheDir: config.cacheDir, llm: config.llm, logger });
    for (const warning of story.corpus.warnings) logger.warn({ file: warning.file }, `corpus: ${warning.file} ${warning.problem}`);
    // Before the gateway connects: a first answer that analyses the corpus would hold up everyone's acknowledgement.
    logger.info({ ms: Math.round(await story.warmUp()) }, 'story ready');
    const { startBot } = await import('./discord/bot.js');
    await startBot({ config, story, logger });
    return null; // the bot serves until SIGINT or SIGTERM
  } catch (error) {
    logger.fatal({ err: error }, (error as Error).message);
    return EXIT_FAILED;
  }
}

const exitCode = await main();
// Once standard output is flushed (see src/cli/main.ts).
if (exitCode !== null) process.stdout.write('', () => process.exit(exitCode));
