import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

/**
 * The only reader of the environment: `.env` (through dotenv) and the process environment, validated by one
 * zod schema. Everything else receives the resulting `Config`.
 */

const optionalText = z.string().trim().min(1).optional();

const idList = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value.split(',').map((id) => id.trim()).filter(Boolean) : []))
  .pipe(z.array(z.string().regex(/^\d{5,25}$/, 'must be a comma-separated list of Discord ids (digits)')));

const snowflake = z
  .string()
  .trim()
  .regex(/^\d{5,25}$/, 'must be a Discord id (digits only)')
  .optional();

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const EnvSchema = z.object({
  CORPUS_DIR: z.string().trim().min(1).default('corpus'),
  CACHE_DIR: z.string().trim().min(1).default('.cache'),
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).optional(),

  DISCORD_TOKEN: optionalText,
  DISCORD_CLIENT_ID: snowflake,
  DISCORD_GUILD_ID: snowflake,
  DISCORD_API_BASE: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL such as https://discord.com/api' }).default('https://discord.com/api'),
  ALLOWED_GUILD_IDS: idList,
  ALLOWED_CHANNEL_IDS: idList,
  RATE_LIMIT_PER_MINUTE: positiveInt(5),

  LLM: z.enum(['auto', 'on', 'off']).default('auto'),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL such as http://localhost:11434/v1' }).optional(),
  OPENAI_MODEL: z.string().trim().min(1).default('gpt-4o-mini'),
  LLM_TIMEOUT_MS: positiveInt(30_000),
  LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  LLM_CONCURRENCY: positiveInt(4),
});

export interface LlmConfig {
  /** Absent for local servers (Ollama, llama.cpp) that need no key. */
  apiKey: string | undefined;
  baseURL: string | undefined;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  concurrency: number;
}

export interface DiscordConfig {
  token: string;
  clientId: string | undefined;
  guildId: string | undefined;
  apiBase: string;
  allowedGuildIds: string[];
  allowedChannelIds: string[];
  questionsPerMinute: number;
}

export interface Config {
  corpusDir: string;
  cacheDir: string;
  /** Unset means each front end's own default: `info` for the bot, `warn` for the CLI. */
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  /** Null when no LLM is configured or `LLM=off`: the extractive answerer serves. */
  llm: LlmConfig | null;
  /** Null when there is no `DISCORD_TOKEN`: `npm start` opens the local chat instead. */
  discord: DiscordConfig | null;
}

/** A variable is missing or malformed; the message names it in one line. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface LoadConfigOptions {
  /** Read `.env` from the working directory first (variables already set win). Default true. */
  dotenv?: boolean;
  env?: NodeJS.ProcessEnv;
}

export function loadConfig(options: LoadConfigOptions = {}): Config {
  if (options.dotenv ?? true) loadDotenv({ quiet: true });
  return parseConfig(options.env ?? process.env);
}

/** Validates an environment (a plain map of variables) into a `Config`. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  // An empty `NAME=` line in .env means "not set", as it does in .env.example.
  const setVariables = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = EnvSchema.safeParse(setVariables);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    const value = env[name];
    throw new ConfigError(`${name}${value === undefined ? '' : `=${JSON.stringify(value)}`} ${issue.message}`);
  }
  const e = parsed.data;
  const llmWanted = e.LLM === 'on' || (e.LLM === 'auto' && (e.OPENAI_API_KEY !== undefined || e.OPENAI_BASE_URL !== undefined));
  if (e.LLM === 'on' && e.OPENAI_API_KEY === undefined && e.OPENAI_BASE_URL === undefined) {
    throw new ConfigError('LLM=on needs OPENAI_API_KEY (for OpenAI) or OPENAI_BASE_URL (for a local server)');
  }
  return {
    corpusDir: e.CORPUS_DIR,
    cacheDir: e.CACHE_DIR,
    logLevel: e.LOG_LEVEL,
    llm: llmWanted
      ? {
          apiKey: e.OPENAI_API_KEY,
          baseURL: e.OPENAI_BASE_URL,
          model: e.OPENAI_MODEL,
          timeoutMs: e.LLM_TIMEOUT_MS,
          maxRetries: e.LLM_MAX_RETRIES,
          concurrency: e.LLM_CONCURRENCY,
        }
      : null,
    discord:
      e.DISCORD_TOKEN === undefined
        ? null
        : {
            token: e.DISCORD_TOKEN,
            clientId: e.DISCORD_CLIENT_ID,
            guildId: e.DISCORD_GUILD_ID,
            apiBase: e.DISCORD_API_BASE,
            allowedGuildIds: e.ALLOWED_GUILD_IDS,
            allowedChannelIds: e.ALLOWED_CHANNEL_IDS,
            questionsPerMinute: e.RATE_LIMIT_PER_MINUTE,
          },
  };
}
