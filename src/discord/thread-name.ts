import { truncate } from './escape.js';
import { DiscordLimits } from './limits.js';

/** A thread's name from the question that opens it: one line, at most Discord's 100 characters, never empty. */
export function threadName(question: string): string {
  return truncate(question, DiscordLimits.threadName) || 'Question';
}
