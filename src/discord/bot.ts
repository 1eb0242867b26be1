import { setTimeout as sleep } from 'node:timers/promises';
import {
  Client,
  Events,
  GatewayCloseCodes,
  GatewayIntentBits,
  Partials,
  type ClientOptions,
  type RESTOptions,
} from 'discord.js';
import type { Logger } from 'pino';
import { ConfigError, type Config, type DiscordConfig } from '../config.js';
import type { Story } from '../story.js';
import { AcknowledgementsFirst } from './acknowledgements.js';
import type { CommandContext } from './command.js';
import { ConversationMemory } from './conversation-memory.js';
import { createConversationHandler } from './conversations.js';
import { inviteUrl } from './invite.js';
import { loadCommands } from './load-commands.js';
import { QuestionRateLimit } from './rate-limit.js';
import { NO_PINGS } from './reply.js';
import { createInteractionRouter } from './router.js';

export interface StartBotOptions {
  config: Config;
  story: Story;
  logger: Logger;
  /** Knobs for tests and unusual deployments; the defaults suit Discord itself. */
  tuning?: BotTuning;
}

export interface BotTuning {
  /** Passed to discord.js's REST client (its `api` comes from the config). */
  rest?: Partial<RESTOptions>;
  /** The shortest time between two edits of a streaming answer. Default 1,000 ms. */
  editIntervalMs?: number;
  /** How long `stop` waits for replies under way. Default 10,000 ms. */
  shutdownTimeoutMs?: number;
  /** On SIGINT and SIGTERM, stop and then end the process. Default true. */
  handleSignals?: boolean;
}

export interface RunningBot {
  client: Client<true>;
  /** Turns new requests away, lets the replies under way finish, then disconnects. */
  stop(): Promise<void>;
}

/** The intents for slash commands alone, and the ones mention and thread conversations add. */
const COMMAND_INTENTS = [GatewayIntentBits.Guilds];
const CONVERSATION_INTENTS = [GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent, GatewayIntentBits.DirectMessages];

/**
 * Connects the bot to Discord and serves until `stop`: slash commands always, mention/thread/DM
 * conversations when the privileged Message Content intent is granted (when it is refused, the bot warns and
 * serves slash commands alone). Resolves once the bot is ready.
 */
export async function startBot({ config, story, logger, tuning = {} }: StartBotOptions): Promise<RunningBot> {
  const discord = config.discord;
  if (!discord) throw new ConfigError('DISCORD_TOKEN is not set: the bot needs a token to connect to Discord');
  const commands = await loadCommands();
  const log = logger.child({ component: 'discord' });
  const inFlight = new InFlight((error) => log.error({ err: error }, 'a handler failed'));
  let draining = false;

  const acknowledgements = new AcknowledgementsFirst();
  const context: CommandContext = {
    render: { llmModel: config.llm?.model ?? null },
    commands: [...commands.values()].map((command) => ({ name: command.data.name, description: command.data.toJSON().description })),
    conversations: true,
    editIntervalMs: tuning.editIntervalMs ?? 1000,
    acknowledge: (interaction) => acknowledgements.acknowledge(() => interaction.deferReply()),
  };
  const shared = { story, context, access: discord, rateLimit: new QuestionRateLimit(discord.questionsPerMinute), logger: log, isDraining: () => draining };
  const handlers = {
    interaction: createInteractionRouter({ ...shared, commands }),
    message: createConversationHandler({ ...shared, memory: new ConversationMemory() }),
  };

  const connect = async (conversations: boolean) => {
    const client = createClient(discord, conversations, tuning.rest);
    watch(client, log, () => draining);
    client.on(Events.InteractionCreate, (interaction) => inFlight.track(handlers.interaction(interaction)));
    if (conversations) client.on(Events.MessageCreate, (message) => inFlight.track(handlers.message(message)));
    return login(client, discord.token);
  };

  let client: Client<true>;
  try {
    client = await connect(true);
  } catch (error) {
    if (!(error instanceof IntentsRefused)) throw error;
    log.warn('The Message Content intent is not enabled for this bot: serving slash commands only. Enable it in the developer portal (Bot → Privileged Gateway Intents) for @mention and thread conversations.');
    context.conversations = false;
    client = await connect(false);
  }
  log.info(
    { user: client.user.tag, guilds: client.guilds.cache.size, commands: commands.size, conversations: context.conversations, invite: inviteUrl(client.application.id) },
    'bot ready',
  );

  let removeSignals = () => {};
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      draining = true;
      removeSignals();
      const unfinished = await inFlight.settle(tuning.shutdownTimeoutMs ?? 10_000);
      if (unfinished > 0) log.warn({ unfinished }, 'stopping with replies still under way');
      await client.destroy();
      log.info('bot stopped');
    })());
  if (tuning.handleSignals ?? true) removeSignals = stopOnSignals(stop, log);
  return { client, stop };
}

/**
 * On SIGINT or SIGTERM, stops the bot and ends the process: a handler replaces the signal's default of ending
 * it, and idle sockets (an LLM client's keep-alive, a shard's channel to its manager) would hold it open. A
 * second signal while stopping ends it at once. Returns a function that removes the handlers.
 */
function stopOnSignals(stop: () => Promise<void>, log: Logger): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    log.info({ signal }, 'finishing the replies under way, then disconnecting');
    void stop().finally(() => process.exit(0));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}

function createClient(discord: DiscordConfig, conversations: boolean, rest: Partial<RESTOptions> = {}): Client {
  const options: ClientOptions = {
    intents: conversations ? [...COMMAND_INTENTS, ...CONVERSATION_INTENTS] : COMMAND_INTENTS,
    // Direct-message channels arrive without a CHANNEL_CREATE; discord.js needs this to deliver their messages.
    partials: [Partials.Channel],
    allowedMentions: NO_PINGS,
    failIfNotExists: false,
    rest: { ...rest, api: discord.apiBase },
  };
  return new Client(options);
}

/** The gateway refused the privileged intents (close code 4014). */
class IntentsRefused extends Error {}

async function login(client: Client, token: string): Promise<Client<true>> {
  let refused = false;
  const onDisconnect = ({ code }: { code: number }) => {
    if (code === GatewayCloseCodes.DisallowedIntents) refused = true;
  };
  client.on(Events.ShardDisconnect, onDisconnect);
  try {
    const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
    await client.login(token);
    return await ready;
  } catch (error) {
    await client.destroy();
    if (refused) throw new IntentsRefused('disallowed intents', { cause: error });
    throw error;
  } finally {
    client.off(Events.ShardDisconnect, onDisconnect);
  }
}

function watch(client: Client, log: Logger, isStopping: () => boolean): void {
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn(message));
  client.on(Events.ShardError, (error, shard) => log.warn({ err: error, shard }, 'gateway connection error'));
  client.on(Events.ShardReconnecting, (shard) => isStopping() || log.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway session resumed'));
  client.on(Events.ShardDisconnect, ({ code }, shard) => log.warn({ shard, code }, 'gateway disconnected'));
}

/** The handlers still running, so a shutdown can wait for them. */
class InFlight {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly onError: (error: unknown) => void) {}

  track(work: Promise<void>): void {
    const tracked: Promise<void> = work.catch(this.onError).finally(() => this.running.delete(tracked));
    this.running.add(tracked);
  }

  /** Waits for the running handlers, at most `timeoutMs`; returns how many were still running. */
  async settle(timeoutMs: number): Promise<number> {
    const timeout = new AbortController();
    await Promise.race([Promise.allSettled([...this.running]), sleep(timeoutMs, undefined, { signal: timeout.signal }).catch(() => undefined)]);
    timeout.abort();
    return this.running.size;
  }
}
