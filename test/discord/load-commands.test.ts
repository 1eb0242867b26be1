import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/discord/load-commands.js';

describe('loadCommands', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('loads every command of commands/, keyed by name', async () => {
    const commands = await loadCommands();
    expect([...commands.keys()].sort()).toEqual(['ask', 'facts', 'help', 'quote', 'sources', 'summary']);
    expect(commands.get('quote')!.autocomplete).toBeTypeOf('function');
    expect(commands.get('ask')!.limited).toBe(true);
    expect(commands.get('help')!.limited).toBeUndefined();
  });

  it('gives each command a definition Discord accepts: lowercase name, a description, options with descriptions', async () => {
    for (const command of (await loadCommands()).values()) {
      const json = command.data.toJSON();
      expect(json.name).toMatch(/^[a-z]{1,32}$/);
      expect(json.description.length).toBeGreaterThan(0);
      expect(json.description.length).toBeLessThanOrEqual(100);
      for (const option of json.options ?? []) expect(option.description.length).toBeGreaterThan(0);
    }
  });

  it('names the file of a module that is not a command', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'storybot-commands-'));
    await writeFile(path.join(dir, 'broken.js'), 'export const nothing = 1;\n');
    await expect(loadCommands(dir)).rejects.toThrow('broken.js is not a command');
  });

  it('refuses two modules defining the same command', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'storybot-commands-'));
    const module = "export const data = { name: 'same', toJSON: () => ({ name: 'same', description: 'x' }) };\nexport async function execute() {}\n";
    await writeFile(path.join(dir, 'a.js'), module);
    await writeFile(path.join(dir, 'b.js'), module);
    await expect(loadCommands(dir)).rejects.toThrow('b.js defines /same, which another command already defines');
  });
});
