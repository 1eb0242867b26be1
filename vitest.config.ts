import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Vitest leaves a core to itself by default; many of these tests wait on child processes and sockets
    // (the CLI, the scorer, the protocol doubles), so one worker per core finishes far sooner on small machines.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
