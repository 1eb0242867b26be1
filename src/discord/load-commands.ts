import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { isCommand, type Command } from './command.js';

/** The `commands/` folder next to `src/` (in the source tree and in `dist/` alike). */
export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

/**
 * Loads every command module in a folder, as the discord.js guide does, keyed by command name. A module
 * that does not export `data` and `execute`, or a name used twice, is an error naming the file.
 */
export async function loadCommands(dir: string = COMMANDS_DIR): Promise<Map<string, Command>> {
  const files = (await readdir(dir)).filter((file) => /\.(js|ts)$/.test(file) && !file.endsWith('.d.ts')).sort();
  const commands = new Map<string, Command>();
  for (const file of files) {
    const module: unknown = await import(pathToFileURL(path.join(dir, file)).href);
    if (!isCommand(module)) throw new Error(`${file} is not a command: it must export "data" (a SlashCommandBuilder) and "execute"`);
    if (commands.has(module.data.name)) throw new Error(`${file} defines /${module.data.name}, which another command already defines`);
    commands.set(module.data.name, module);
  }
  return commands;
}
