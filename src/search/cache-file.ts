import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The text of a cache file, or null when there is none yet; other failures are reported, not thrown. */
export async function readCacheFile(path: string): Promise<{ text: string | null; problem?: string }> {
  try {
    return { text: await readFile(path, 'utf8') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { text: null };
    return { text: null, problem: `cannot read ${path}: ${(error as Error).message}` };
  }
}

/**
 * Writes a cache file atomically: a temporary file in the same folder, then a rename over the target, so a
 * reader never sees half a file and a crash mid-write leaves the old one. A folder that cannot be written
 * (read-only, full disk) is not an error: the cache is only an optimisation, so the reason is returned.
 */
export async function writeCacheFileAtomically(path: string, text: string): Promise<{ written: boolean; problem?: string }> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
    return { written: true };
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    return { written: false, problem: `cannot write ${path}: ${(error as Error).message}` };
  }
}
