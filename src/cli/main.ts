#!/usr/bin/env node
import { ConfigError, loadConfig, type Config } from '../config.js';
import { cliContext } from './context.js';
import { EXIT_FAILED, runCli } from './program.js';

async function main(): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`storybot: configuration: ${error.message}\n`);
    return EXIT_FAILED;
  }
  return runCli(process.argv.slice(2), cliContext(config));
}

// Exit as soon as the command is done: an LLM client's idle keep-alive sockets must not hold the process open.
process.exit(await main());
