/** The streams a CLI run reads and writes, so tests can run the CLI in-process. */
export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

export function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}

/** Reads standard input one line at a time, without waiting for its end. */
export async function* readLines(stdin: NodeJS.ReadableStream): AsyncGenerator<string> {
  const { createInterface } = await import('node:readline');
  const lines = createInterface({ input: stdin, crlfDelay: Infinity, terminal: false });
  for await (const line of lines) yield line;
}
