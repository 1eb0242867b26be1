import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliContext } from '../../src/cli/context.js';
import { runCli } from '../../src/cli/program.js';
import { parseConfig } from '../../src/config.js';

const cacheDirs: string[] = [];
afterEach(() => cacheDirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('storybot index', () => {
  it('builds and saves the index even when a saved one exists, and says what it indexed', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'storybot-cache-'));
    cacheDirs.push(cacheDir);
    const context = cliContext(parseConfig({ CACHE_DIR: cacheDir, LOG_LEVEL: 'silent' }));
    let printed = '';
    context.io.stdout = { write: (text: string) => (printed += text) };
    for (let run = 0; run < 2; run++) {
      printed = '';
      expect(await runCli(['index', '--json'], context)).toBe(0);
      const report = JSON.parse(printed);
      expect(report).toMatchObject({ articles: 1, paragraphs: 20, terms: expect.any(Number), savedTo: expect.stringContaining(cacheDir), loadedFromCache: false });
    }
    expect(readdirSync(cacheDir).filter((file) => file.startsWith('paragraphs-'))).toHaveLength(1);
  });
});
