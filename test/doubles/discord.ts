import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { Waitlist } from './waitlist.js';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  GatewayDispatchEvents,
  GatewayIntentBits,
  GatewayOpcodes,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildHubType,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  InteractionContextType,
  InteractionResponseType,
  InteractionType,
  Locale,
  MessageFlags,
  MessageType,
  OverwriteType,
  PermissionFlagsBits,
  type ApplicationFlags,
  type GuildMemberFlags,
  type RoleFlags,
  type APIApplicationCommand,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandOption,
  type APIChatInputApplicationCommandInteraction,
  type APIEmbed,
  type APIGuildMember,
  type APIInteractionResponse,
  type APIMessage,
  type APIRole,
  type APITextChannel,
  type APIThreadChannel,
  type APIUser,
  type GatewayDispatchPayload,
  type GatewayGuildCreateDispatchData,
  type GatewayIdentifyData,
  type GatewayReadyDispatchData,
  type GatewayResumeData,
  type GatewaySendPayload,
  type RESTGetAPIGatewayBotResult,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';

/**
 * A Discord API v10 double for tests: an HTTP server and a gateway WebSocket on 127.0.0.1 that speak enough
 * of Discord's protocol for the real, unmodified discord.js client to log in, receive slash commands,
 * autocomplete and messages, and reply, edit, follow up and open threads, with only its REST `api` option
 * pointed at {@link DiscordDouble.apiBase} (the gateway URL comes from `GET /gateway/bot`).
 *
 * It validates what it receives the way Discord does where storybot could get it wrong (message and embed
 * limits, thread names, command definitions, replying twice to an interaction), records every request, and
 * lets a test script faults: a 429 with `retry_after`, a dropped gateway connection, refused intents.
 */

// ---------------------------------------------------------------- public types

export interface DiscordDoubleOptions {
  /** Privileged intents the application has been granted. Default: all. Others in IDENTIFY close with 4014. */
  grantedPrivilegedIntents?: number;
  /** The heartbeat interval sent in HELLO. Default 41,250 ms, like Discord. */
  heartbeatIntervalMs?: number;
}

export interface RecordedRequest {
  method: string;
  /** The route after `/api/v10`, e.g. `/interactions/123/tok/callback`. */
  path: string;
  query: URLSearchParams;
  body: unknown;
  status: number;
  /** `performance.now()` when it arrived. */
  at: number;
}

export interface RateLimitRule {
  /** Which request is answered with a 429. */
  match: (request: RecordedRequest) => boolean;
  /** Seconds the client must wait (`retry_after`). Default 0.2. */
  retryAfter?: number;
  /** How many matching requests get the 429. Default 1. */
  times?: number;
  global?: boolean;
}

export interface InteractionRecord {
  id: string;
  token: string;
  channelId: string;
  dispatchedAt: number;
  /** The interaction callback (the acknowledgement), when it came. */
  callback?: { response: APIInteractionResponse; at: number };
  original?: APIMessage;
  followUps: APIMessage[];
}

export interface SlashCommandOptions {
  user?: APIUser;
  channelId?: string;
  /** Send from a direct message instead of the guild. */
  dm?: boolean;
}

export interface PostMessageOptions {
  author?: APIUser;
  channelId?: string;
  /** Mention the bot at the start of the message. Default true outside threads and DMs. */
  mentionBot?: boolean;
}

/** What a test has the double send or check. */
export const Ids = {
  application: '900000000000000001',
  bot: '900000000000000002',
  guild: '900000000000000003',
  general: '900000000000000004',
  /** A channel where the bot may not open threads (an overwrite denies it). */
  noThreads: '900000000000000005',
  alice: '900000000000000006',
  bob: '900000000000000007',
  otherBot: '900000000000000008',
  dm: '900000000000000009',
} as const;

export const BOT_TOKEN = 'storybot-double-token';

// ---------------------------------------------------------------- the double

export class DiscordDouble {
  private readonly recorded = new Waitlist<RecordedRequest>((recent) =>
    recent.map((request) => `  ${request.method} ${request.path} → ${request.status}`).join('\n'),
  );
  /** Every request received, in order. */
  readonly requests: readonly RecordedRequest[] = this.recorded.items;
  readonly interactions = new Map<string, InteractionRecord>();
  /** Every IDENTIFY and RESUME the gateway received. */
  readonly identifies: GatewayIdentifyData[] = [];
  readonly resumes: GatewayResumeData[] = [];
  heartbeats = 0;
  commands: APIApplicationCommand[] = [];

  readonly botUser = user(Ids.bot, 'storybot', true);
  readonly alice = user(Ids.alice, 'alice');
  readonly bob = user(Ids.bob, 'bob');
  readonly otherBot = user(Ids.otherBot, 'otherbot', true);

  private readonly messages = new Map<string, APIMessage[]>();
  private readonly threads = new Map<string, APIThreadChannel>();
  private readonly rateLimits: Required<RateLimitRule>[] = [];
  private readonly sockets = new Set<WebSocket>();
  private session: GatewaySession | undefined;
  private readonly sessionListeners = new Set<() => void>();
  private nextId = 0;

  private constructor(
    private readonly server: Server,
    private readonly gateway: WebSocketServer,
    private readonly options: Required<DiscordDoubleOptions>,
  ) {}

  static async start(options: DiscordDoubleOptions = {}): Promise<DiscordDouble> {
    const server = createServer();
    const gateway = new WebSocketServer({ server });
    const double = new DiscordDouble(server, gateway, {
      grantedPrivilegedIntents: options.grantedPrivilegedIntents ?? PRIVILEGED_INTENTS,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    });
    server.on('request', (request, response) => void double.handleHttp(request, response));
    gateway.on('connection', (socket) => double.handleGateway(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return double;
  }

  /** What discord.js's REST `api` option (and `DISCORD_API_BASE`) should be set to. */
  get apiBase(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api`;
  }

  /** The id of the gateway session, as READY gave it. */
  get sessionId(): string | undefined {
    return this.session?.id;
  }

  get gatewayUrl(): string {
    return this.apiBase.replace(/^http/, 'ws').replace(/\/api$/, '');
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.gateway.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ------------------------------------------------------------ test controls

  /** Resolves with the first successful request (already received or still to come) that matches. */
  waitForRequest(match: (request: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    return this.recorded.waitFor((request) => request.status < 400 && match(request), timeoutMs, 'matching request');
  }

  /** Answers the next matching request(s) with a 429 and `retry_after`, as Discord's rate limiter does. */
  rateLimit(rule: RateLimitRule): void {
    this.rateLimits.push({ retryAfter: 0.2, times: 1, global: false, ...rule });
  }

  /** Cuts the gateway connection without a close frame, as a network failure would; the client should RESUME. */
  dropGatewayConnection(): void {
    if (this.session) this.session.socket = undefined;
    for (const socket of this.sockets) socket.terminate();
  }

  /** Resolves when the gateway has a live session (after READY, or after RESUMED). */
  async waitForSession(timeoutMs = 5000): Promise<void> {
    if (this.session?.socket) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the client did not (re)connect to the gateway')), timeoutMs);
      const listener = () => {
        clearTimeout(timer);
        this.sessionListeners.delete(listener);
        resolve();
      };
      this.sessionListeners.add(listener);
    });
  }

  /** Dispatches a slash command, as if a user ran it; returns its record (acknowledgement, replies). */
  sendSlashCommand(name: string, options: Record<string, string | number | boolean> = {}, from: SlashCommandOptions = {}): InteractionRecord {
    const data = {
      id: this.commandId(name),
      name,
      type: ApplicationCommandType.ChatInput as const,
      options: Object.entries(options).map(([optionName, value]) => option(optionName, value)),
    };
    const interaction: APIChatInputApplicationCommandInteraction = { ...this.interactionBase(from), type: InteractionType.ApplicationCommand, data };
    return this.dispatchInteraction(interaction);
  }

  /** Dispatches an autocomplete request for the option `focused` of a command, with what the user typed. */
  sendAutocomplete(name: string, focused: string, typed: string, from: SlashCommandOptions = {}): InteractionRecord {
    const interaction: APIApplicationCommandAutocompleteInteraction = {
      ...this.interactionBase(from),
      type: InteractionType.ApplicationCommandAutocomplete,
      data: {
        id: this.commandId(name),
        name,
        type: ApplicationCommandType.ChatInput,
        options: [{ name: focused, type: ApplicationCommandOptionType.String, value: typed, focused: true }],
      },
    };
    return this.dispatchInteraction(interaction);
  }

  /** A user posts a message (dispatched as MESSAGE_CREATE when the session's intents let the bot see it). */
  postMessage(content: string, options: PostMessageOptions = {}): APIMessage {
    const channelId = options.channelId ?? Ids.general;
    const inConversation = channelId === Ids.dm || this.threads.has(channelId);
    const mentionBot = options.mentionBot ?? !inConversation;
    const text = mentionBot ? `<@${Ids.bot}> ${content}` : content;
    const message = this.storeMessage(channelId, options.author ?? this.alice, { content: text });
    this.dispatchMessage(message);
    return message;
  }

  /** The messages of a channel or thread, oldest first. */
  channelMessages(channelId: string): APIMessage[] {
    return [...(this.messages.get(channelId) ?? [])];
  }

  thread(id: string): APIThreadChannel | undefined {
    return this.threads.get(id);
  }

  /** Requests whose JSON body includes message content the bot sent (creates and edits). */
  messageRequests(): RecordedRequest[] {
    return this.requests.filter((request) => isMessageBody(request.body));
  }

  // ------------------------------------------------------------ HTTP

  private async handleHttp(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://double');
    const body = await readJson(request);
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path: decodeURIComponent(url.pathname).replace(/^\/api\/v10/, ''),
      query: url.searchParams,
      body,
      status: 0,
      at: performance.now(),
    };
    const limited = this.takeRateLimit(recorded);
    const reply = limited ? rateLimited(limited) : this.route(recorded, request.headers.authorization);
    recorded.status = reply.status;
    this.recorded.add(recorded);
    send(response, reply, bucketOf(recorded));
  }

  private takeRateLimit(request: RecordedRequest): Required<RateLimitRule> | undefined {
    const rule = this.rateLimits.find((candidate) => candidate.match(request));
    if (rule && --rule.times <= 0) this.rateLimits.splice(this.rateLimits.indexOf(rule), 1);
    return rule;
  }

  private route(request: RecordedRequest, authorization: string | undefined): Reply {
    for (const [method, pattern, handler, needsBotToken] of this.routes) {
      const match = request.method === method ? pattern.exec(request.path) : null;
      if (!match) continue;
      if (needsBotToken && authorization !== `Bot ${BOT_TOKEN}`) return error(401, 0, '401: Unauthorized');
      return handler(request, match.slice(1));
    }
    return error(404, 0, '404: Not Found');
  }

  private readonly routes: [string, RegExp, (request: RecordedRequest, params: string[]) => Reply, boolean][] = [
    ['GET', /^\/gateway\/bot$/, () => ok(this.gatewayBot()), true],
    ['GET', /^\/users\/@me$/, () => ok(this.botUser), true],
    ['GET', /^\/applications\/@me$/, () => ok({ id: Ids.application, name: 'storybot', bot: this.botUser }), true],
    ['PUT', /^\/applications\/(\d+)\/commands$/, (request, [app]) => this.putCommands(app!, request.body), true],
    ['PUT', /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, (request, [app, guild]) => this.putCommands(app!, request.body, guild), true],
    ['POST', /^\/interactions\/(\d+)\/([^/]+)\/callback$/, (request, [id, token]) => this.interactionCallback(id!, token!, request), false],
    ['PATCH', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/, (request, [, token, id]) => this.editWebhookMessage(token!, id!, request.body), false],
    ['DELETE', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/, (_request, [, token, id]) => this.deleteWebhookMessage(token!, id!), false],
    ['POST', /^\/webhooks\/(\d+)\/([^/]+)$/, (request, [, token]) => this.followUp(token!, request.body), false],
    ['POST', /^\/channels\/(\d+)\/messages$/, (request, [channel]) => this.createMessage(channel!, request.body), true],
    ['PATCH', /^\/channels\/(\d+)\/messages\/(\d+)$/, (request, [channel, id]) => this.editMessage(channel!, id!, request.body), true],
    ['GET', /^\/channels\/(\d+)\/messages$/, (request, [channel]) => this.listMessages(channel!, request.query), true],
    ['GET', /^\/channels\/(\d+)\/messages\/(\d+)$/, (_request, [channel, id]) => this.getMessage(channel!, id!), true],
    ['POST', /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/, (request, [channel, id]) => this.startThread(channel!, id!, request.body), true],
    ['POST', /^\/channels\/(\d+)\/typing$/, () => ({ status: 204 }), true],
  ];

  private gatewayBot(): RESTGetAPIGatewayBotResult {
    return { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 } };
  }

  private putCommands(app: string, body: unknown, guildId?: string): Reply {
    if (app !== Ids.application) return error(403, 50001, 'Missing Access');
    if (!Array.isArray(body)) return invalidForm('_root', 'must be an array of commands');
    if (body.length > 100) return invalidForm('_root', 'at most 100 commands');
    for (const [i, command] of body.entries()) {
      const problem = commandProblem(command as RESTPostAPIChatInputApplicationCommandsJSONBody);
      if (problem) return invalidForm(String(i), problem);
    }
    this.commands = (body as RESTPostAPIChatInputApplicationCommandsJSONBody[]).map((command) => ({
      ...command,
      id: this.commandId(command.name),
      application_id: app,
      type: command.type ?? ApplicationCommandType.ChatInput,
      description: command.description,
      default_member_permissions: null,
      version: this.snowflake(),
      ...(guildId ? { guild_id: guildId } : {}),
    }));
    return ok(this.commands);
  }

  private interactionCallback(id: string, token: string, request: RecordedRequest): Reply {
    const interaction = this.interactions.get(id);
    if (!interaction || interaction.token !== token) return error(404, 10062, 'Unknown interaction');
    if (interaction.callback) return error(400, 40060, 'Interaction has already been acknowledged.');
    const response = request.body as APIInteractionResponse;
    if (response.type === InteractionResponseType.ApplicationCommandAutocompleteResult) {
      const choices = response.data.choices ?? [];
      if (choices.length > 25) return invalidForm('data.choices', 'at most 25 choices');
      if (choices.some((choice) => choice.name.length < 1 || choice.name.length > 100)) return invalidForm('data.choices', 'names are 1 to 100 characters');
    } else if (response.type === InteractionResponseType.ChannelMessageWithSource) {
      const problem = messageProblem(response.data, true);
      if (problem) return invalidForm('data', problem);
      interaction.original = this.storeMessage(interaction.channelId, this.botUser, response.data, { webhook: true });
    } else if (response.type === InteractionResponseType.DeferredChannelMessageWithSource) {
      interaction.original = this.storeMessage(interaction.channelId, this.botUser, { flags: (response.data?.flags ?? 0) | MessageFlags.Loading }, { webhook: true });
    } else {
      return invalidForm('type', `the double does not support response type ${response.type}`);
    }
    interaction.callback = { response, at: request.at };
    if (request.query.get('with_response') === 'true') {
      return ok({ interaction: { id, type: InteractionType.ApplicationCommand }, resource: { type: response.type, message: interaction.original } });
    }
    return { status: 204 };
  }

  private editWebhookMessage(token: string, messageId: string, body: unknown): Reply {
    const interaction = this.interactionByToken(token);
    if (!interaction) return error(404, 10015, 'Unknown Webhook');
    const target = messageId === '@original' ? interaction.original : interaction.followUps.find((message) => message.id === messageId);
    if (!target) return error(404, 10008, 'Unknown Message');
    const problem = messageProblem(body, false);
    if (problem) return invalidForm('_root', problem);
    return ok(applyEdit(target, body as MessageBody));
  }

  private deleteWebhookMessage(token: string, messageId: string): Reply {
    const interaction = this.interactionByToken(token);
    if (!interaction || (messageId === '@original' && !interaction.original)) return error(404, 10008, 'Unknown Message');
    if (messageId === '@original') {
      this.removeMessage(interaction.original!);
      interaction.original = undefined;
    }
    return { status: 204 };
  }

  private followUp(token: string, body: unknown): Reply {
    const interaction = this.interactionByToken(token);
    if (!interaction) return error(404, 10015, 'Unknown Webhook');
    if (!interaction.callback) return error(400, 40060, 'The interaction has not been acknowledged');
    const problem = messageProblem(body, true);
    if (problem) return invalidForm('_root', problem);
    const message = this.storeMessage(interaction.channelId, this.botUser, body as MessageBody, { webhook: true });
    interaction.followUps.push(message);
    return ok(message);
  }

  private createMessage(channelId: string, body: unknown): Reply {
    if (!this.channelExists(channelId)) return error(404, 10003, 'Unknown Channel');
    const problem = messageProblem(body, true);
    if (problem) return invalidForm('_root', problem);
    const message = this.storeMessage(channelId, this.botUser, body as MessageBody);
    this.dispatchMessage(message);
    return ok(message);
  }

  private editMessage(channelId: string, id: string, body: unknown): Reply {
    const message = this.messages.get(channelId)?.find((candidate) => candidate.id === id);
    if (!message) return error(404, 10008, 'Unknown Message');
    if (message.author.id !== Ids.bot) return error(403, 50005, 'Cannot edit a message authored by another user');
    const problem = messageProblem(body, false);
    if (problem) return invalidForm('_root', problem);
    return ok(applyEdit(message, body as MessageBody));
  }

  private listMessages(channelId: string, query: URLSearchParams): Reply {
    if (!this.channelExists(channelId)) return error(404, 10003, 'Unknown Channel');
    const limit = Math.min(100, Number(query.get('limit') ?? 50));
    const before = query.get('before');
    const older = this.channelMessages(channelId).filter((message) => !before || BigInt(message.id) < BigInt(before));
    return ok(older.reverse().slice(0, limit));
  }

  private getMessage(channelId: string, id: string): Reply {
    const message = this.messages.get(channelId)?.find((candidate) => candidate.id === id);
    return message ? ok(message) : error(404, 10008, 'Unknown Message');
  }

  private startThread(channelId: string, messageId: string, body: unknown): Reply {
    const starter = this.messages.get(channelId)?.find((message) => message.id === messageId);
    if (!starter) return error(404, 10008, 'Unknown Message');
    if (channelId === Ids.noThreads) return error(403, 50013, 'Missing Permissions');
    if (this.threads.has(messageId)) return error(400, 160004, 'A thread has already been created for this message');
    const name = (body as { name?: unknown }).name;
    if (typeof name !== 'string' || name.trim().length < 1 || name.length > 100) return invalidForm('name', 'must be 1 to 100 characters');
    const thread: APIThreadChannel = {
      id: messageId,
      type: ChannelType.PublicThread,
      guild_id: Ids.guild,
      parent_id: channelId,
      owner_id: Ids.bot,
      name,
      last_message_id: null,
      rate_limit_per_user: 0,
      message_count: 0,
      member_count: 1,
      thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
      total_message_sent: 0,
      applied_tags: [],
    };
    this.threads.set(thread.id, thread);
    this.messages.set(thread.id, []);
    this.dispatch(GatewayDispatchEvents.ThreadCreate, { ...thread, newly_created: true });
    return ok(thread);
  }

  // ------------------------------------------------------------ gateway

  private handleGateway(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.on('close', () => {
      this.sockets.delete(socket);
      if (this.session?.socket === socket) this.session.socket = undefined;
    });
    socket.on('message', (data) => this.onGatewayMessage(socket, data));
    this.sendPayload(socket, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs } });
  }

  private onGatewayMessage(socket: WebSocket, data: RawData): void {
    const payload = JSON.parse(String(data)) as GatewaySendPayload;
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        this.heartbeats += 1;
        this.sendPayload(socket, { op: GatewayOpcodes.HeartbeatAck });
        break;
      case GatewayOpcodes.Identify:
        this.identify(socket, payload.d);
        break;
      case GatewayOpcodes.Resume:
        this.resume(socket, payload.d);
        break;
      default:
        break;
    }
  }

  private identify(socket: WebSocket, identify: GatewayIdentifyData): void {
    this.identifies.push(identify);
    if (identify.token !== BOT_TOKEN) return void socket.close(4004, 'Authentication failed.');
    const refused = Number(identify.intents) & PRIVILEGED_INTENTS & ~this.options.grantedPrivilegedIntents;
    if (refused !== 0) return void socket.close(4014, 'Disallowed intent(s).');
    this.session = { id: `session-${this.snowflake()}`, intents: Number(identify.intents), sequence: 0, sent: [], socket };
    const ready: GatewayReadyDispatchData = {
      v: 10,
      user: this.botUser,
      guilds: [{ id: Ids.guild, unavailable: true }],
      session_id: this.session.id,
      resume_gateway_url: this.gatewayUrl,
      shard: [0, 1],
      application: { id: Ids.application, flags: 0 as ApplicationFlags, flags_new: '0' },
    };
    this.dispatch(GatewayDispatchEvents.Ready, ready);
    this.dispatch(GatewayDispatchEvents.GuildCreate, this.guildCreate());
    this.notifySession();
  }

  private resume(socket: WebSocket, resume: GatewayResumeData): void {
    this.resumes.push(resume);
    const session = this.session;
    if (!session || session.id !== resume.session_id || resume.token !== BOT_TOKEN) {
      return this.sendPayload(socket, { op: GatewayOpcodes.InvalidSession, d: false });
    }
    session.socket = socket;
    for (const missed of session.sent.filter((payload) => payload.s > resume.seq)) this.sendPayload(socket, missed);
    this.dispatch(GatewayDispatchEvents.Resumed, undefined);
    this.notifySession();
  }

  private notifySession(): void {
    for (const listener of [...this.sessionListeners]) listener();
  }

  /** Sends an event to the session, or keeps it for replay on RESUME while the connection is down. */
  private dispatch(event: GatewayDispatchEvents, data: unknown): void {
    const session = this.session;
    if (!session) return;
    session.sequence += 1;
    const payload = { op: GatewayOpcodes.Dispatch, t: event, s: session.sequence, d: data } as GatewayDispatchPayload;
    session.sent.push(payload);
    if (session.socket) this.sendPayload(session.socket, payload);
  }

  private sendPayload(socket: WebSocket, payload: object): void {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(payload));
  }

  private dispatchInteraction(interaction: APIChatInputApplicationCommandInteraction | APIApplicationCommandAutocompleteInteraction): InteractionRecord {
    const record: InteractionRecord = { id: interaction.id, token: interaction.token, channelId: interaction.channel_id!, dispatchedAt: performance.now(), followUps: [] };
    this.interactions.set(record.id, record);
    this.dispatch(GatewayDispatchEvents.InteractionCreate, interaction);
    return record;
  }

  private dispatchMessage(message: APIMessage): void {
    const inDm = message.channel_id === Ids.dm;
    const intents = this.session?.intents ?? 0;
    if (!(intents & (inDm ? GatewayIntentBits.DirectMessages : GatewayIntentBits.GuildMessages))) return;
    // Without the Message Content intent, Discord blanks the content of messages that do not mention the bot.
    const mentionsBot = message.mentions.some((mentioned) => mentioned.id === Ids.bot);
    const visible = intents & GatewayIntentBits.MessageContent || inDm || mentionsBot || message.author.id === Ids.bot;
    this.dispatch(GatewayDispatchEvents.MessageCreate, {
      ...message,
      channel_type: inDm ? ChannelType.DM : this.threads.has(message.channel_id) ? ChannelType.PublicThread : ChannelType.GuildText,
      content: visible ? message.content : '',
      ...(inDm ? {} : { guild_id: Ids.guild, member: member(message.author) }),
    });
  }

  // ------------------------------------------------------------ state

  private interactionBase(from: SlashCommandOptions) {
    const id = this.snowflake();
    const who = from.user ?? this.alice;
    const channelId = from.dm ? Ids.dm : (from.channelId ?? Ids.general);
    const place = from.dm
      ? { user: who, channel: { id: Ids.dm, type: ChannelType.DM as const }, context: InteractionContextType.BotDM }
      : {
          guild_id: Ids.guild,
          member: { ...member(who), permissions: String(EVERYONE_PERMISSIONS) },
          channel: this.threads.has(channelId)
            ? { id: channelId, type: ChannelType.PublicThread as const }
            : { id: channelId, type: ChannelType.GuildText as const },
          context: InteractionContextType.Guild,
        };
    return {
      id,
      application_id: Ids.application,
      token: `token-${id}`,
      version: 1 as const,
      channel_id: channelId,
      app_permissions: String(EVERYONE_PERMISSIONS),
      locale: Locale.EnglishUS,
      guild_locale: Locale.EnglishUS,
      entitlements: [],
      authorizing_integration_owners: {},
      attachment_size_limit: 10_485_760,
      ...place,
    };
  }

  private storeMessage(channelId: string, author: APIUser, body: MessageBody, options: { webhook?: boolean } = {}): APIMessage {
    const content = body.content ?? '';
    const mentioned = [...content.matchAll(/<@!?(\d+)>/g)].map((match) => this.knownUser(match[1]!)).filter((known) => known !== undefined);
    const message: APIMessage = {
      id: this.snowflake(),
      channel_id: channelId,
      author,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: mentioned,
      mention_roles: [],
      attachments: [],
      embeds: body.embeds ?? [],
      pinned: false,
      type: body.message_reference ? MessageType.Reply : MessageType.Default,
      flags: body.flags ?? 0,
      components: [],
      ...(body.message_reference ? { message_reference: { channel_id: channelId, message_id: body.message_reference.message_id } } : {}),
      ...(options.webhook ? { webhook_id: Ids.application, application_id: Ids.application } : {}),
    };
    this.messages.set(channelId, [...(this.messages.get(channelId) ?? []), message]);
    return message;
  }

  private removeMessage(message: APIMessage): void {
    this.messages.set(message.channel_id, this.channelMessages(message.channel_id).filter((candidate) => candidate.id !== message.id));
  }

  private channelExists(channelId: string): boolean {
    return channelId === Ids.general || channelId === Ids.noThreads || channelId === Ids.dm || this.threads.has(channelId);
  }

  private knownUser(id: string): APIUser | undefined {
    return [this.botUser, this.alice, this.bob, this.otherBot].find((known) => known.id === id);
  }

  private interactionByToken(token: string): InteractionRecord | undefined {
    return [...this.interactions.values()].find((interaction) => interaction.token === token);
  }

  private commandId(name: string): string {
    return this.commands.find((command) => command.name === name)?.id ?? `7${String(name.length).padStart(17, '0')}${name.charCodeAt(0)}`;
  }

  private guildCreate(): GatewayGuildCreateDispatchData {
    const everyone: APIRole = {
      id: Ids.guild,
      name: '@everyone',
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position: 0,
      permissions: String(EVERYONE_PERMISSIONS),
      managed: false,
      mentionable: false,
      flags: 0 as RoleFlags,
    };
    return {
      id: Ids.guild,
      name: 'Newsroom',
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: Ids.alice,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: GuildVerificationLevel.None,
      default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
      explicit_content_filter: GuildExplicitContentFilter.Disabled,
      roles: [everyone],
      emojis: [],
      features: [],
      mfa_level: GuildMFALevel.None,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: GuildPremiumTier.None,
      preferred_locale: Locale.EnglishUS,
      public_updates_channel_id: null,
      nsfw_level: GuildNSFWLevel.Default,
      stickers: [],
      premium_progress_bar_enabled: false,
      hub_type: GuildHubType.Default,
      safety_alerts_channel_id: null,
      incidents_data: null,
      region: 'europe',
      joined_at: new Date().toISOString(),
      large: false,
      member_count: 3,
      voice_states: [],
      members: [member(this.botUser)],
      channels: [textChannel(Ids.general, 'general', []), textChannel(Ids.noThreads, 'no-threads', [String(PermissionFlagsBits.CreatePublicThreads)])],
      threads: [...this.threads.values()],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  /** Discord's snowflakes: milliseconds since 2015 in the high bits, so ids sort by time as discord.js expects. */
  private snowflake(): string {
    this.nextId = (this.nextId + 1) % 4096;
    return ((BigInt(Date.now() - 1_420_070_400_000) << 22n) | BigInt(this.nextId)).toString();
  }
}

// ---------------------------------------------------------------- helpers

interface GatewaySession {
  id: string;
  intents: number;
  sequence: number;
  /** Every dispatch of the session, for replay on RESUME. */
  sent: GatewayDispatchPayload[];
  /** The live connection, or undefined while it is down. */
  socket: WebSocket | undefined;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  flags?: number;
  allowed_mentions?: { parse?: string[]; replied_user?: boolean };
  message_reference?: { message_id: string };
}

const PRIVILEGED_INTENTS = GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;

const EVERYONE_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.UseApplicationCommands;

function user(id: string, username: string, bot = false): APIUser {
  return { id, username, discriminator: '0', global_name: username, avatar: null, ...(bot ? { bot: true } : {}) };
}

function member(who: APIUser): APIGuildMember {
  return { user: who, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 as GuildMemberFlags };
}

function textChannel(id: string, name: string, denyEveryone: string[]): APITextChannel {
  return {
    id,
    type: ChannelType.GuildText,
    guild_id: Ids.guild,
    name,
    position: 0,
    parent_id: null,
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    permission_overwrites: denyEveryone.length
      ? [{ id: Ids.guild, type: OverwriteType.Role, allow: '0', deny: String(denyEveryone.reduce((all, bit) => all | BigInt(bit), 0n)) }]
      : [],
  };
}

function option(name: string, value: string | number | boolean): APIApplicationCommandInteractionDataBasicOption {
  if (typeof value === 'string') return { name, type: ApplicationCommandOptionType.String, value };
  if (typeof value === 'boolean') return { name, type: ApplicationCommandOptionType.Boolean, value };
  return { name, type: Number.isInteger(value) ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number, value };
}

function isMessageBody(body: unknown): body is MessageBody {
  if (typeof body !== 'object' || body === null) return false;
  const data = 'data' in body && typeof body.data === 'object' && body.data !== null ? body.data : body;
  return 'content' in data || 'embeds' in data;
}

/** Why Discord would refuse this message body, or undefined when it is valid. */
function messageProblem(body: unknown, creating: boolean): string | undefined {
  if (typeof body !== 'object' || body === null) return 'the body must be a JSON object';
  const message = body as MessageBody;
  const content = message.content ?? '';
  const embeds = message.embeds ?? [];
  if (content.length > 2000) return `content is ${content.length} characters (at most 2000)`;
  if (creating && content.trim() === '' && embeds.length === 0) return 'Cannot send an empty message';
  if (embeds.length > 10) return `${embeds.length} embeds (at most 10)`;
  let total = 0;
  for (const embed of embeds) {
    if ((embed.title ?? '').length > 256) return 'an embed title is over 256 characters';
    if ((embed.description ?? '').length > 4096) return 'an embed description is over 4096 characters';
    if ((embed.fields ?? []).length > 25) return 'an embed has more than 25 fields';
    for (const field of embed.fields ?? []) {
      if (field.name.length < 1 || field.name.length > 256) return 'a field name is not 1 to 256 characters';
      if (field.value.length < 1 || field.value.length > 1024) return `a field value is ${field.value.length} characters (1 to 1024)`;
    }
    if ((embed.footer?.text ?? '').length > 2048) return 'an embed footer is over 2048 characters';
    total += (embed.title ?? '').length + (embed.description ?? '').length + (embed.footer?.text ?? '').length;
    total += (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  }
  if (total > 6000) return `the embeds hold ${total} characters (at most 6000)`;
  return undefined;
}

/** Why Discord would refuse this command definition, or undefined. */
function commandProblem(command: RESTPostAPIChatInputApplicationCommandsJSONBody): string | undefined {
  const name = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;
  if (!name.test(command.name ?? '')) return `name "${command.name}" must be 1-32 lowercase characters`;
  if (!command.description || command.description.length > 100) return `/${command.name}: description must be 1-100 characters`;
  const options: APIApplicationCommandOption[] = command.options ?? [];
  if (options.length > 25) return `/${command.name}: at most 25 options`;
  let optionalSeen = false;
  for (const each of options) {
    if (!name.test(each.name)) return `/${command.name}: option "${each.name}" has an invalid name`;
    if (!each.description || each.description.length > 100) return `/${command.name} ${each.name}: description must be 1-100 characters`;
    if (each.required && optionalSeen) return `/${command.name}: required options must come before optional ones`;
    if (!each.required) optionalSeen = true;
    if ('autocomplete' in each && each.autocomplete && 'choices' in each && each.choices?.length) return `/${command.name} ${each.name}: autocomplete and choices exclude each other`;
  }
  return undefined;
}

function applyEdit(message: APIMessage, body: MessageBody): APIMessage {
  if (body.content !== undefined) message.content = body.content;
  if (body.embeds !== undefined) message.embeds = body.embeds;
  message.flags = (message.flags ?? 0) & ~MessageFlags.Loading;
  message.edited_timestamp = new Date().toISOString();
  return message;
}

function ok(body: unknown): Reply {
  return { status: 200, body };
}

function error(status: number, code: number, message: string): Reply {
  return { status, body: { message, code } };
}

function invalidForm(path: string, problem: string): Reply {
  return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: { [path]: { _errors: [{ code: 'INVALID', message: problem }] } } } };
}

function rateLimited(rule: Required<RateLimitRule>): Reply {
  const seconds = String(rule.retryAfter);
  return {
    status: 429,
    body: { message: 'You are being rate limited.', retry_after: rule.retryAfter, global: rule.global },
    headers: {
      'Retry-After': seconds,
      'X-RateLimit-Limit': '5',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset-After': seconds,
      'X-RateLimit-Scope': rule.global ? 'global' : 'user',
      ...(rule.global ? { 'X-RateLimit-Global': 'true' } : {}),
    },
  };
}

/** One rate-limit bucket per route, as Discord has: the method and the path with its ids left out. */
function bucketOf(request: RecordedRequest): string {
  return Buffer.from(`${request.method} ${request.path.replace(/\/\d+/g, '/:id').replace(/\/webhooks\/:id\/[^/]+/, '/webhooks/:id/:token')}`).toString('base64url');
}

// Every answer carries Discord's rate-limit headers, with room to spare so the client never has to wait.
function send(response: ServerResponse, reply: Reply, bucket: string): void {
  const headers: Record<string, string> = {
    'X-RateLimit-Limit': '50',
    'X-RateLimit-Remaining': '49',
    'X-RateLimit-Reset': String(Date.now() / 1000 + 1),
    'X-RateLimit-Reset-After': '1',
    'X-RateLimit-Bucket': bucket,
    ...reply.headers,
  };
  if (reply.body === undefined) {
    response.writeHead(reply.status, headers).end();
  } else {
    response.writeHead(reply.status, { ...headers, 'Content-Type': 'application/json' }).end(JSON.stringify(reply.body));
  }
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
