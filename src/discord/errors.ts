import { randomBytes } from 'node:crypto';

/**
 * A problem with what the user asked (a bad option, an unknown command): shown to them as it is, privately,
 * and not logged as an error.
 */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
}

/** A short id that links what the user is told to the log line with the details. */
export function newErrorId(): string {
  return randomBytes(4).toString('hex');
}

/** What the user is told when answering failed: short, with the id of the log line that has the details. */
export function failureNotice(errorId: string): string {
  return `Sorry, something went wrong while answering (error id ${errorId}). Please try again.`;
}

/** What the user is told while the bot is shutting down. */
export const RESTARTING_NOTICE = "I'm restarting. Please ask again in a moment.";
