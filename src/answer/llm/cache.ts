import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';

/**
 * JSON values kept on disk, one file per key. A file that is missing, unreadable or no longer matches its
 * schema reads as absent (it is then recomputed and overwritten); a write goes to a temporary file that is
 * renamed into place, so a reader never sees half a file, even with two processes writing.
 */
export class JsonFileCache {
  constructor(private readonly dir: string) {}

  async read<Schema extends z.ZodType>(key: string, schema: Schema): Promise<z.output<Schema> | undefined> {
    let raw: string;
    try {
      raw = await readFile(this.fileFor(key), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const parsed = schema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  async write(key: string, value: unknown): Promise<void> {
    const file = this.fileFor(key);
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    await mkdir(this.dir, { recursive: true });
    try {
      await writeFile(temporary, `${JSON.stringify(value, null, 2)}\n`, 'utf8');
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  fileFor(key: string): string {
    return join(this.dir, `${key.replace(/[^\w.-]+/g, '_')}.json`);
  }
}
