import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError } from '../../src/config.js';
import { runScript } from '../../src/discord/run-script.js';

describe('runScript', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it('turns a failure into one line on stderr and exit code 1, without a stack trace', async () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    runScript(async () => {
      throw new ConfigError('DISCORD_API_BASE="nope" must be a URL such as https://discord.com/api');
    });
    await vi.waitFor(() => expect(written).toHaveLength(1));
    expect(written).toEqual(['DISCORD_API_BASE="nope" must be a URL such as https://discord.com/api\n']);
    expect(process.exitCode).toBe(1);
  });
});
