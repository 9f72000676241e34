import { Client as ConnectorClient, type AdaptiveCardActionResponse } from '@microsoft/teams.api';
import { App } from '@microsoft/teams.apps';
import type { Config } from '../../config/config.js';
import type { ChannelAdapter } from '../../core/channel.js';
import { ChannelError } from '../../core/errors.js';
import { escapeTeams } from '../../core/escape-teams.js';
import type { ConversationRef, InboundMessage, Reply } from '../../core/messages.js';
import type { ChannelSender, ConversationEngine, ConversationRefStore, Logger } from '../../core/ports.js';
import {
  isPersonal,
  parseReference,
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
import { needsCard, renderReply, type OutgoingActivity } from './render-reply.js';
import { toSdkLogger } from './sdk-logger.js';
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

  async function sendReplies(ctx: TurnContext, conversationId: string, replies: Reply[]): Promise<void> {
    const ref = { ...ctx.ref, conversation: { ...ctx.ref.conversation, id: conversationId } };
    for (const reply of replies) await ctx.send(renderReply(reply) as never, ref as never);
  }

  /** Runs the engine for a turn and sends the replies; failures are logged with the activity id. */
  async function answer(ctx: TurnContext, message: InboundMessage, conversationId: string): Promise<Reply[]> {
    const replies = await engine.handle(message);
    await sendReplies(ctx, conversationId, replies);
    return replies;
  }

  app.on('message', async (ctx) => {
    const a = ctx.activity as unknown as InboundActivity;
    const turn = ctx as unknown as TurnContext;
    const conversationId = replyConversationId(a);
    const message = toInboundMessage(a, new Date());
    await remember(a, ctx.ref.serviceUrl);
    // Typing at once; the answer follows when ready. A typing failure must not cost the answer.
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
    // Ephemeral replies (feedback thanks) are shown to the clicker only, as the invoke response; the
    // rest (the next form question, a saved confirmation) go to the conversation.
    const work = track(
      engine.handle(message).then(async (replies) => {
        const visible = replies.filter((r) => !(r.ephemeral && !needsCard(r)));
        await sendReplies(turn, conversationId, visible);
        return replies.filter((r) => !visible.includes(r));
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

  // Installation (personal, team or chat) and the bot being added to a conversation: remember the reference.
  app.on('installationUpdate', async (ctx) => {
    const a = ctx.activity as unknown as InboundActivity & { action?: string };
    if (a.action?.startsWith('add')) await remember(a, ctx.ref.serviceUrl);
  });
  app.on('conversationUpdate', async (ctx) => {
    const a = ctx.activity as unknown as InboundActivity;
    if (a.membersAdded?.some((m) => m.id === a.recipient.id)) await remember(a, ctx.ref.serviceUrl);
  });

  app.event('error', ({ error }) => logger.error('teams: sdk error', { error: String((error as Error)?.stack ?? error) }));

  await app.initialize();

  const sender: ChannelSender = {
    channel: 'teams',
    async send(to: ConversationRef, replies: Reply[]) {
      const ref = parseReference(to.reference);
      if (!ref.conversationId && !ref.user?.id) {
        throw new ChannelError('not_found', `geen Teams-gesprek bekend voor ${to.userId} (app niet geïnstalleerd of nooit een bericht gestuurd)`);
      }
      const api = new ConnectorClient((ref.serviceUrl ?? app.api.serviceUrl).replace(/\/+$/, ''), app.api.http);
      let conversationId = ref.conversationId;
      try {
        if (!conversationId) {
          if (!ref.bot?.id) throw new ChannelError('not_found', `onvolledige Teams-referentie voor ${to.userId}`);
          const created = await api.conversations.create({
            isGroup: false,
            bot: ref.bot,
            members: [{ id: ref.user!.id, name: ref.user!.name ?? '', role: 'user' }],
            tenantId: ref.tenantId,
            channelData: ref.tenantId ? { tenant: { id: ref.tenantId } } : undefined,
          });
          conversationId = created.id;
          await saveReference(to.userId, { ...(ref as TeamsReference), conversationId });
        }
        for (const reply of replies) {
          const activity: OutgoingActivity & { from?: unknown } = { ...renderReply(reply), ...(ref.bot ? { from: ref.bot } : {}) };
          await api.conversations.activities(conversationId).create(activity as never);
        }
      } catch (err) {
        const error = toChannelError(err, `Teams-bericht aan ${to.userId}`);
        logger.warn('teams: proactive send failed', { userId: to.userId, conversationId, code: error.code, error: error.message });
        throw error;
      }
    },
  };

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
    /** Waits for answers still being sent, so a shutdown does not cut a reply in half. */
    async stop() {
      await Promise.allSettled([...pending]);
      await app.stop();
    },
  };
}
