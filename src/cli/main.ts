#!/usr/bin/env node
import { cliContext, loadConfigOrExplain } from './context.js';
import { EXIT_FAILED, runCli } from './program.js';

const config = loadConfigOrExplain();
// Exit as soon as the command is done: an LLM client's idle keep-alive sockets must not hold the process open.
process.exit(config === null ? EXIT_FAILED : await runCli(process.argv.slice(2), cliContext(config)));
