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
