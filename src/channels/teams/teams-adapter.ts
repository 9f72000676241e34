import type { AdaptiveCardActionResponse } from '@microsoft/teams.api';
import { App } from '@microsoft/teams.apps';
import type { Config } from '../../config/config.js';
import type { ChannelAdapter } from '../../core/channel.js';
import { escapeTeams } from '../../core/escape-teams.js';
import type { InboundMessage, Reply } from '../../core/messages.js';
import type { ConversationEngine, ConversationRefStore, Logger } from '../../core/ports.js';
import { handleAndDeliver } from '../../conversation/handle-and-deliver.js';
import { privateNotice, splitForGroup } from '../../conversation/private-replies.js';
import {
  installedMessage,
  isPersonal,
  referenceOf,
  replyConversationId,
  toInboundMessage,
  userIdOf,
  type InboundActivity,
  type TeamsReference,
} from './activity-mapping.js';
import { toChannelError } from './errors.js';
import { createTeamsFileSource } from './file-download.js';
import { createHttpBridge } from './http-bridge.js';
import { needsCard, renderReply } from './render-reply.js';
import { toSdkLogger } from './sdk-logger.js';
import { createTeamsSender } from './teams-sender.js';
import { teamsTexts as t } from './texts.js';

export const TEAMS_MESSAGES_PATH = '/api/messages';

export interface TeamsAdapterDeps {
  config: NonNullable<Config['teams']>;
  engine: ConversationEngine;
  refs: ConversationRefStore;
  logger: Logger;
  publicUrl?: string;
  /**
   * How long a message may take before the HTTP request is answered and the reply follows on its own
   * (Teams wants a response within 15 s). Default 10 s.
   */
  ackAfterMs?: number;
  /** Timeout for calls to the Bot Connector. Default 15 s. */
  requestTimeoutMs?: number;
}

/** The few calls we make on the SDK's turn context. */
interface TurnContext {
  activity: unknown;
  ref: { serviceUrl: string; conversation: { id: string } };
  send(activity: never, ref?: never): Promise<{ id: string }>;
}

const invokeError = (statusCode: 400 | 500, code: string, message: string): AdaptiveCardActionResponse => ({
  statusCode,
  type: 'application/vnd.microsoft.error',
  value: { code, message, innerHttpError: { statusCode, body: { message } } },
});

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * The Microsoft Teams channel: the real Teams SDK App (token validation, activity routing, sending) mounted
 * on our HTTP server at /api/messages, mapping activities to InboundMessages and Replies to Adaptive Cards.
 */
export async function createTeamsAdapter(deps: TeamsAdapterDeps): Promise<ChannelAdapter> {
  const { config, engine, refs, logger } = deps;
  const ackAfterMs = deps.ackAfterMs ?? 10_000;
  const pending = new Set<Promise<unknown>>();

  if (config.skipAuth) {
    logger.warn(
      '!!! TEAMS_SKIP_AUTH=true: inkomende Teams-verzoeken worden NIET gecontroleerd (geen JWT-validatie). Alleen voor lokaal testen, nooit in productie !!!',
      { path: TEAMS_MESSAGES_PATH },
    );
  }

  // Outgoing calls get a bot token only with a client id and secret. Empty strings (not undefined) keep the
  // SDK from falling back to CLIENT_ID/CLIENT_SECRET in the environment or to a managed identity, so local
  // tests without credentials never wait for login.microsoftonline.com.
  const withCredentials = Boolean(config.clientId && config.clientSecret);
  if (!withCredentials) logger.warn('teams: geen TEAMS_CLIENT_ID/TEAMS_CLIENT_SECRET — uitgaande berichten gaan zonder bot-token (alleen lokaal testen)');
  const bridge = createHttpBridge();
  const app = new App({
    clientId: withCredentials ? config.clientId : '',
    clientSecret: withCredentials ? config.clientSecret : '',
    tenantId: config.tenantId ?? '',
    managedIdentityClientId: '',
    httpServerAdapter: bridge,
    dangerouslyAllowUnauthenticatedRequests: config.skipAuth,
    messagingEndpoint: TEAMS_MESSAGES_PATH,
    logger: toSdkLogger(logger),
    client: { timeout: deps.requestTimeoutMs ?? 15_000 },
  });

  const saved = new Map<string, string>();
  /** Stores a reference once per content change, so every message does not write to the database. */
  async function saveReference(userId: string, reference: TeamsReference): Promise<void> {
    const json = JSON.stringify(reference);
    if (saved.get(userId) === json) return;
    await refs.save({ channel: 'teams', userId, reference });
    saved.set(userId, json);
  }

  /**
   * Remembers how to reach this person (1:1 chat) and, for channels and group chats, the conversation itself
   * (under its id, for Notifier.post). A person first seen in a channel gets a user-only reference; the 1:1
   * chat is created on the first proactive send.
   */
  async function remember(a: InboundActivity, serviceUrl: string): Promise<void> {
    try {
      const reference = referenceOf(a, serviceUrl);
      const userId = userIdOf(a.from);
      if (isPersonal(a)) {
        await saveReference(userId, reference);
        return;
      }
      await saveReference(reference.conversationId!, { ...reference, user: { id: a.recipient.id } });
      if (!saved.has(userId) && !(await refs.get('teams', userId))) {
        const { conversationId: _channel, ...userOnly } = reference;
        await saveReference(userId, userOnly);
      }
    } catch (err) {
      logger.error('teams: could not store conversation reference', { userId: userIdOf(a.from), error: String(err) });
    }
  }

  const track = <T>(p: Promise<T>): Promise<T> => {
    pending.add(p);
    void p.finally(() => pending.delete(p)).catch(() => undefined);
    return p;
  };

  const render = { publicUrl: deps.publicUrl };
  const sender = createTeamsSender({ app, logger, render, saveReference });

  async function sendReplies(ctx: TurnContext, conversationId: string, replies: Reply[]): Promise<void> {
    const ref = { ...ctx.ref, conversation: { ...ctx.ref.conversation, id: conversationId } };
    for (const reply of replies) await ctx.send(renderReply(reply, render) as never, ref as never);
  }

  /** Sends replies to the person's 1:1 chat with the bot (opened when needed); false when that failed. */
  async function sendPersonally(userId: string, replies: Reply[]): Promise<boolean> {
    try {
      const ref = await refs.get('teams', userId);
      if (!ref) return false;
      await sender.send(ref, replies);
      return true;
    } catch (err) {
      logger.warn('teams: private reply failed', { userId, error: String((err as Error).message ?? err) });
      return false;
    }
  }

  /**
   * A turn's replies: all of them in a 1:1 chat; in a channel or group chat the private ones go to the
   * asker's 1:1 chat and the group sees only a line saying so.
   */
  async function deliver(ctx: TurnContext, message: InboundMessage, conversationId: string, replies: Reply[]): Promise<void> {
    if (message.direct) return sendReplies(ctx, conversationId, replies);
    const { shared, personal } = splitForGroup(replies);
    if (personal.length) shared.push(privateNotice(await sendPersonally(message.userId, personal)));
    await sendReplies(ctx, conversationId, shared);
  }

  /** Runs the engine for a turn and sends the replies; the event counts as answered once they are out. */
  async function answer(ctx: TurnContext, message: InboundMessage, conversationId: string): Promise<Reply[]> {
    return handleAndDeliver(engine, message, (replies) => deliver(ctx, message, conversationId, replies));
  }

  /** Where a late answer to this activity goes: its conversation (reply chain included), proactively. */
  const replyToOf = (a: InboundActivity, serviceUrl: string, conversationId: string): TeamsReference => ({ ...referenceOf(a, serviceUrl), conversationId });
  const receive = (message: InboundMessage, replyTo: TeamsReference) => (engine.receive ? engine.receive(message, replyTo) : Promise.resolve('new' as const));

  app.on('message', async (ctx) => {
    const a = ctx.activity as unknown as InboundActivity;
    const turn = ctx as unknown as TurnContext;
    const conversationId = replyConversationId(a);
    const message = toInboundMessage(a, new Date());
    await remember(a, ctx.ref.serviceUrl);
    // Recorded first: a redelivered activity that was answered is dropped, one that was not is answered.
    const receipt = await receive(message, replyToOf(a, ctx.ref.serviceUrl, conversationId));
    if (receipt === 'duplicate') return;
    // Typing at once (not for a late answer); the answer follows when ready. A typing failure must not cost the answer.
    if (receipt === 'new')
      await turn.send({ type: 'typing' } as never, { ...ctx.ref, conversation: { ...ctx.ref.conversation, id: conversationId } } as never).catch((err) =>
        logger.warn('teams: typing indicator failed', { activityId: a.id, error: String(err) }),
      );
    const work = track(
      answer(turn, message, conversationId).catch((err: unknown) => {
        logger.error('teams: answering failed', { activityId: a.id, userId: message.userId, error: String((err as Error).stack ?? err) });
        return [] as Reply[];
      }),
    );
    // Answer the HTTP request when the reply is out, or after ackAfterMs at the latest (the reply follows).
    await Promise.race([work, delay(ackAfterMs)]);
  });

  app.on('card.action', async (ctx): Promise<AdaptiveCardActionResponse> => {
    const a = ctx.activity as unknown as InboundActivity;
    const turn = ctx as unknown as TurnContext;
    const conversationId = replyConversationId(a);
    const message = toInboundMessage(a, new Date());
    await remember(a, ctx.ref.serviceUrl);
    if (!message.action) {
      return invokeError(400, 'BadRequest', t.unknownButton);
    }
    if ((await receive(message, replyToOf(a, ctx.ref.serviceUrl, conversationId))) === 'duplicate') {
      return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: t.received };
    }
    // A short acknowledgement for the clicker alone (feedback thanks) is the invoke response; private replies
    // pressed in a group go to the clicker's 1:1 chat; the rest (the next form question) to the conversation.
    const inResponse = (r: Reply) => Boolean(r.ephemeral && !r.private && !needsCard(r));
    const work = track(
      handleAndDeliver(engine, message, async (replies) => {
        const rest = replies.filter((r) => !inResponse(r));
        const { shared, personal } = message.direct ? { shared: rest, personal: [] } : splitForGroup(rest);
        if (personal.length) shared.push(privateNotice(await sendPersonally(message.userId, personal)));
        await sendReplies(turn, conversationId, shared);
      }).then((replies) => {
        return replies.filter(inResponse);
      }),
    );
    const outcome = await Promise.race([work.then((r) => ({ done: true as const, ephemeral: r })), delay(ackAfterMs).then(() => ({ done: false as const }))]).catch(
      (err: unknown) => {
        logger.error('teams: card action failed', { activityId: a.id, actionId: message.action?.id, error: String((err as Error).stack ?? err) });
        return null;
      },
    );
    if (!outcome) return invokeError(500, 'InternalError', t.failed);
    const text = outcome.done ? outcome.ephemeral.map((r) => escapeTeams(r.text)).join('\n\n') || t.received : t.working;
    return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text };
  });

  /**
   * Installation (personal, team or chat) or the bot added to a conversation: remember the reference and
   * welcome. Teams often sends both events for one install; the engine answers the day's first only.
   */
  async function installed(ctx: TurnContext, a: InboundActivity, serviceUrl: string): Promise<void> {
    await remember(a, serviceUrl);
    const conversationId = a.conversation.id.split(';')[0]!;
    const work = track(
      answer(ctx, installedMessage(a, new Date()), conversationId).catch((err: unknown) => {
        logger.error('teams: welcome failed', { activityId: a.id, conversationId, error: String((err as Error).stack ?? err) });
        return [] as Reply[];
      }),
    );
    await Promise.race([work, delay(ackAfterMs)]);
  }
  app.on('installationUpdate', async (ctx) => {
    const a = ctx.activity as unknown as InboundActivity & { action?: string };
    if (a.action === 'add') await installed(ctx as unknown as TurnContext, a, ctx.ref.serviceUrl);
    else if (a.action?.startsWith('add')) await remember(a, ctx.ref.serviceUrl);
  });
  app.on('conversationUpdate', async (ctx) => {
    const a = ctx.activity as unknown as InboundActivity;
    if (a.membersAdded?.some((m) => m.id === a.recipient.id)) await installed(ctx as unknown as TurnContext, a, ctx.ref.serviceUrl);
  });

  app.event('error', ({ error }) => logger.error('teams: sdk error', { error: String((error as Error)?.stack ?? error) }));

  await app.initialize();

  return {
    name: 'teams',
    routes: [bridge.route(TEAMS_MESSAGES_PATH, logger)],
    sender,
    // The connector client adds the bot's token; redirects are not followed, so it goes nowhere else.
    files: createTeamsFileSource((url, o) =>
      app.api.http.get(url, { responseType: 'arraybuffer', maxContentLength: o.maxBytes, maxRedirects: 0, timeout: o.timeoutMs }),
    ),
    async start() {
      logger.info('teams: listening', { endpoint: deps.publicUrl ? `${deps.publicUrl.replace(/\/+$/, '')}${TEAMS_MESSAGES_PATH}` : TEAMS_MESSAGES_PATH });
    },
    /** Waits (until `deadline`) for answers still being sent, so a shutdown does not cut a reply in half. */
    async stop(deadline?: number) {
      const wait = deadline === undefined ? undefined : Math.max(0, deadline - Date.now());
      const all = Promise.allSettled([...pending]).then(() => true);
      const finished = wait === undefined ? await all : await Promise.race([all, delay(wait).then(() => false)]);
      if (!finished) logger.warn('teams: stopping with answers unfinished; they are answered after the restart', { left: pending.size });
      await app.stop();
    },
  };
}
