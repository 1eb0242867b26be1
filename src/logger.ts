import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured logs, one JSON object a line, on standard error so that standard output stays for answers. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'storybot' } }, pino.destination({ fd: 2, sync: true }));
}
