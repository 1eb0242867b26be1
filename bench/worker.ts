/**
 * The child process of `npm run bench`: runs the one measurement it is sent (see `support/child.ts`). Each
 * task's module is imported only when that task runs, so a process measuring the index does not also hold
 * discord.js, and memory figures are of the work measured.
 */
import { serveTasks } from './support/child.js';

serveTasks({
  'index:build': async (input) => (await import('./sections/index-tasks.js')).buildIndexTask(input),
  'index:serve': async (input) => (await import('./sections/index-tasks.js')).serveIndexTask(input),
  'answers:ask': async (input) => (await import('./sections/answers-tasks.js')).askTask(input),
  'answers:quotes': async (input) => (await import('./sections/answers-tasks.js')).quotesTask(input),
  'discord:bursts': async (input) => (await import('./sections/discord-tasks.js')).discordTask(input),
});
