import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Measurements that must not mix run in a fresh Node process each: one corpus size's index, one analysis.
 * The parent forks `worker.js` (next to this folder once compiled), sends it a task and its input, and gets
 * back the task's result; whatever the worker allocated dies with it.
 */
const WORKER = fileURLToPath(new URL('../worker.js', import.meta.url));

type Reply<T> = { result: T } | { error: string };

export interface WorkerOptions {
  /** Node flags for the worker; `--expose-gc` lets it collect garbage before measuring what it holds. */
  execArgv?: string[];
}

export function runInWorker<T>(task: string, input: unknown, options: WorkerOptions = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [], { execArgv: options.execArgv ?? ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let settled = false;
    child.on('message', (reply: Reply<T>) => {
      settled = true;
      if ('error' in reply) reject(new Error(`${task}: ${reply.error}`));
      else resolve(reply.result);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (!settled) reject(new Error(`${task}: the worker exited (${signal ?? `code ${code}`}) before answering`));
    });
    child.send({ task, input });
  });
}

export type Task = (input: never) => Promise<unknown>;

/** The worker side: runs the one task it is sent, replies, and exits. */
export function serveTasks(tasks: Record<string, Task>): void {
  process.once('message', async ({ task, input }: { task: string; input: unknown }) => {
    let reply: Reply<unknown>;
    try {
      const run = tasks[task];
      if (!run) throw new Error(`no task named ${task}`);
      reply = { result: await run(input as never) };
    } catch (error) {
      reply = { error: (error as Error).stack ?? String(error) };
    }
    process.send!(reply, () => process.exit(0));
  });
}
