import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
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
 * The text may come in chunks, so a large file never has to be held as one string.
 */
export async function writeCacheFileAtomically(path: string, text: string | Iterable<string>): Promise<{ written: boolean; problem?: string }> {
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

const STALE_TEMPORARY_MS = 60 * 60 * 1000;

/**
 * Keeps only the `keep` most recently written files of a folder whose names start with `prefix` and end in
 * `.json`, and removes temporary files that a crashed write left over an hour ago. Each change of a corpus
 * saves a new index; without this the folder would grow by one index per change, forever. Nothing here
 * is allowed to fail the caller: a file that cannot be removed stays.
 */
export async function pruneCacheFiles(dir: string, prefix: string, keep: number): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const files = await Promise.all(
    names
      .filter((name) => name.startsWith(prefix) || name.startsWith(`.${prefix}`))
      .map(async (name) => ({ name, modified: (await stat(join(dir, name)).catch(() => null))?.mtimeMs ?? 0 })),
  );
  const saved = files.filter((file) => !file.name.startsWith('.') && file.name.endsWith('.json')).sort((a, b) => b.modified - a.modified);
  const staleTemporaries = files.filter((file) => file.name.endsWith('.tmp') && Date.now() - file.modified > STALE_TEMPORARY_MS);
  for (const file of [...saved.slice(keep), ...staleTemporaries]) await rm(join(dir, file.name), { force: true }).catch(() => undefined);
}
