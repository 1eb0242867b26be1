import { readFileSync } from 'node:fs';
import { parse as parseDotenv } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.js';

describe('configuration from the environment', () => {
  it('works with nothing set: bundled corpus, extractive answers, no Discord', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ corpusDir: 'corpus', cacheDir: '.cache', llm: null, discord: null });
  });

  it('accepts .env.example as it is, treating empty values as unset', () => {
    const config = parseConfig(parseDotenv(readFileSync('.env.example')));
    expect(config.llm).toBeNull();
    expect(config.discord).toBeNull();
  });

  it('uses an LLM when a key is set, and a base URL alone is enough for a local server', () => {
    expect(parseConfig({ OPENAI_API_KEY: 'sk-test' }).llm).toMatchObject({ apiKey: 'sk-test', model: 'gpt-4o-mini', timeoutMs: 30_000 });
    expect(parseConfig({ OPENAI_BASE_URL: 'http://localhost:11434/v1' }).llm).toMatchObject({ apiKey: undefined, baseURL: 'http://localhost:11434/v1' });
  });

  it('forces the extractive answerer with LLM=off even when a key is set', () => {
    expect(parseConfig({ OPENAI_API_KEY: 'sk-test', LLM: 'off' }).llm).toBeNull();
  });

  it('reads the Discord settings when a token is set', () => {
    const config = parseConfig({ DISCORD_TOKEN: 'abc', DISCORD_CLIENT_ID: '123456789012345678', ALLOWED_CHANNEL_IDS: '111111, 222222', RATE_LIMIT_PER_MINUTE: '3' });
    expect(config.discord).toMatchObject({ token: 'abc', clientId: '123456789012345678', allowedChannelIds: ['111111', '222222'], questionsPerMinute: 3 });
  });

  it('names a malformed variable and its value in one line', () => {
    const attempt = () => parseConfig({ RATE_LIMIT_PER_MINUTE: 'lots' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/^RATE_LIMIT_PER_MINUTE="lots" /);
    expect(() => parseConfig({ OPENAI_BASE_URL: 'localhost:11434' })).toThrow(/OPENAI_BASE_URL="localhost:11434" must be an http\(s\) URL/);
    expect(() => parseConfig({ DISCORD_GUILD_ID: 'my-server' })).toThrow(/DISCORD_GUILD_ID.*Discord id/);
  });

  it('explains that LLM=on needs a key or a base URL', () => {
    expect(() => parseConfig({ LLM: 'on' })).toThrow(/LLM=on needs OPENAI_API_KEY/);
  });
});
