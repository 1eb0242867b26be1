import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { JsonFileCache } from '../../../src/answer/llm/cache.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'storybot-json-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const Value = z.object({ n: z.number() });

describe('JsonFileCache', () => {
  it('reads back what it wrote, creating its folder', async () => {
    const cache = new JsonFileCache(join(dir, 'nested', 'cache'));
    await cache.write('key', { n: 1 });
    expect(await cache.read('key', Value)).toEqual({ n: 1 });
  });

  it('reads a missing, corrupt or outdated file as absent', async () => {
    const cache = new JsonFileCache(dir);
    expect(await cache.read('missing', Value)).toBeUndefined();
    await writeFile(cache.fileFor('corrupt'), '{"n":', 'utf8');
    expect(await cache.read('corrupt', Value)).toBeUndefined();
    await writeFile(cache.fileFor('outdated'), '{"m": 1}', 'utf8');
    expect(await cache.read('outdated', Value)).toBeUndefined();
  });

  it('leaves one whole file and no temporary ones after many writes at once', async () => {
    const cache = new JsonFileCache(dir);
    await Promise.all(Array.from({ length: 20 }, (_, n) => cache.write('key', { n })));
    expect(await readdir(dir)).toEqual(['key.json']);
    expect((await cache.read('key', Value))?.n).toBeGreaterThanOrEqual(0);
  });

  it('keeps a key with a model name like "llama3.1:8b" inside its folder', () => {
    expect(new JsonFileCache(dir).fileFor('llm-summary-abc-llama3.1:8b/../x')).toBe(join(dir, 'llm-summary-abc-llama3.1_8b_.._x.json'));
  });
});
