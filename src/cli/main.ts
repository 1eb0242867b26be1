#!/usr/bin/env node
import { cliContext, loadConfigOrExplain } from './context.js';
import { EXIT_FAILED, runCli } from './program.js';

const config = loadConfigOrExplain();
const exitCode = config === null ? EXIT_FAILED : await runCli(process.argv.slice(2), cliContext(config));
// Exit as soon as the command is done (an LLM client's idle keep-alive sockets must not hold the process
// open), but only once standard output is flushed: a pipe takes 64 KB at a time, and exiting earlier cuts it.
process.stdout.write('', () => process.exit(exitCode));
