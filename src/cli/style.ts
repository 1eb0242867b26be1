import { styleText } from 'node:util';

type Format = Parameters<typeof styleText>[0];

/** Terminal styling that disappears when the output is not a terminal (a pipe, a file, a test). */
export function stylerFor(stream: { isTTY?: boolean }): (format: Format, text: string) => string {
  return stream.isTTY ? (format, text) => styleText(format, text) : (_format, text) => text;
}
