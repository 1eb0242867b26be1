import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { bytes } from './format.js';

/** The machine the figures were taken on, from `node:os`. */
export interface Machine {
  cpu: string;
  cores: number;
  memory: string;
  node: string;
  os: string;
}

export function describeMachine(): Machine {
  const processors = cpus();
  return {
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memory: bytes(totalmem()),
    node: process.version,
    os: `${platform()} ${release()}`,
  };
}

/** The 1-minute load average: on a shared machine, how many other processes wanted the cores. */
export function loadAverage(): number {
  return loadavg()[0] ?? 0;
}
