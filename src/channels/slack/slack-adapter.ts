/**
 * The Slack channel: Bolt over our own HTTP server (POST /slack/events) or Socket Mode, mapping Slack
 * payloads to InboundMessages and Replies to Block Kit. `@slack/*` is imported only in this folder.
 */
import { App, HTTPReceiver } from '@slack/bolt';
import type { Config } from '../../config/config.js';
import type { ChannelAdapter, HttpRoute } from '../../core/channel.js';
import { ChannelError } from '../../core/errors.js';
import type { ConversationEngine, ConversationRefStore, Logger } from '../../core/ports.js';
import { registerAppHome } from './app-home.js';
import { createAssistant } from './assistant.js';
import { toBoltLogger } from './bolt-logger.js';
import { createConversationRunner, receiverOf } from './conversation-runner.js';
import { registerListeners, SLASH_COMMAND } from './listeners.js';
import { createSlackFileSource } from './file-download.js';
import { createSlackSender } from './slack-sender.js';
import { toChannelError } from './slack-errors.js';
import { createWorkQueue } from './work-queue.js';

export const SLACK_EVENTS_PATH = '/slack/events';

/**
 * What the code subscribes to and the bot scopes it uses; `manifest/slack.yaml` must match (tested).
 * message.channels/message.groups: follow-ups in threads where the bot answered (no mention needed).
 */
export const SLACK_SUBSCRIPTIONS = {
  events: ['app_mention', 'message.im', 'message.channels', 'message.groups', 'assistant_thread_started', 'app_home_opened'],
  commands: [SLASH_COMMAND],
  interactivity: true,
  scopes: [
    'app_mentions:read', // app_mention
    'assistant:write', // Assistant pane: assistant_thread_started, setStatus, setSuggestedPrompts
    'channels:history', // message.channels + conversations.replies (did the bot answer in this thread?)
    'groups:history', // message.groups + conversations.replies in private channels
    'im:history', // message.im
    'im:write', // conversations.open for DMs (proactive messages, button replies)
    'chat:write', // chat.postMessage, chat.postEphemeral
    'files:read', // files.info + url_private_download: documents coordinators send in a DM (message.im, subtype file_share)
    'reactions:write', // ⏳ while working
    'commands', // /afspraken
  ],
} as const;

/** Slack jobs running at once after their acks; the embedded database serialises queries anyway, more only delays acks. */
const WORK_CONCURRENCY = 4;
/** Work starts once events stopped arriving for this long (ms), so a burst of mentions is acked before answering. */
const ACK_QUIET_MS = 50;

/** Slack's own window for a request's timestamp, applied to both sides of now. */
const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/** WebClient retries: a 429 waits Retry-After, then retries; give up after a few tries (answers go stale). */
const RETRY_CONFIG = { retries: 4, factor: 2, minTimeout: 250, maxTimeout: 10_000, randomize: true };

export interface SlackAdapterDeps {
  config: NonNullable<Config['slack']>;
  engine: ConversationEngine;
  refs?: ConversationRefStore;
  logger: Logger;
  publicUrl?: string;
  /** Milliseconds since the epoch, for the timestamp check (tests move it). */
  now?: () => number;
}

const apiBase = (url?: string) => (url ? (url.endsWith('/') ? url : `${url}/`) : undefined);

/** Builds the Slack adapter: routes (HTTP mode), a proactive sender, and start/stop (Socket Mode connects). */
export function createSlackAdapter(deps: SlackAdapterDeps): ChannelAdapter {
  const { config, engine, refs, logger, publicUrl } = deps;
  const now = deps.now ?? Date.now;
  const boltLogger = toBoltLogger(logger);
  const clientOptions = { slackApiUrl: apiBase(config.apiUrl), retryConfig: RETRY_CONFIG, timeout: 15_000 };
  const common = { token: config.botToken, logger: boltLogger, clientOptions, deferInitialization: true, ignoreSelf: true };

  let receiver: HTTPReceiver | undefined;
  let app: App;
  if (config.mode === 'socket') {
    if (!config.appToken) throw new ChannelError('bad_request', 'SLACK_APP_TOKEN is verplicht voor Socket Mode');
    app = new App({ ...common, appToken: config.appToken, socketMode: true });
  } else {
    if (!config.signingSecret) throw new ChannelError('bad_request', 'SLACK_SIGNING_SECRET is verplicht in HTTP-modus');
    receiver = new HTTPReceiver({
      signingSecret: config.signingSecret,
      endpoints: SLACK_EVENTS_PATH,
      logger: boltLogger,
      // Ack first, work after: Slack wants a response within 3 seconds.
      processBeforeResponse: false,
    });
    app = new App({ ...common, receiver });
  }

  const converse = createConversationRunner(engine, logger);
  const render = { publicUrl };
  const queue = createWorkQueue({ concurrency: WORK_CONCURRENCY, logger, warnAt: 200, quietMs: ACK_QUIET_MS });
  // Events are recorded at once, ahead of the (possibly long) work queue, yet one at a time on a fresh turn.
  const recordLane = createWorkQueue({ concurrency: 1, logger });
  const receive = receiverOf(engine, recordLane);
  app.assistant(createAssistant({ converse, receive, logger, render, queue }));
  registerListeners(app, { converse, receive, logger, refs, render, queue });
  registerAppHome(app, { converse, logger, render, queue, refs });
  app.error(async (err) => {
    logger.error('slack: unhandled listener error', { error: String((err as Error).stack ?? err) });
  });

  // auth.test once (bot user id for ignoreSelf and thread checks); retried on the next request if it failed.
  let initializing: Promise<void> | undefined;
  const ensureInit = () =>
    (initializing ??= app.init().catch((err: unknown) => {
      initializing = undefined;
      throw toChannelError(err, 'Slack auth.test');
    }));

  const routes: HttpRoute[] = receiver
    ? [
        {
          method: 'POST',
          path: SLACK_EVENTS_PATH,
          // Signed by Slack (checked below and by Bolt); no cookies, so no same-origin check.
          access: 'machine',
          async handle(req, res) {
            // Bolt refuses signatures older than five minutes but not ones dated ahead: a request signed for
            // later could be replayed until then. Refuse both directions.
            const timestamp = Number(req.headers['x-slack-request-timestamp']);
            if (Number.isFinite(timestamp) && timestamp > Math.floor(now() / 1000) + MAX_CLOCK_SKEW_SECONDS) {
              logger.warn('slack: request dated in the future refused', { timestamp, aheadSeconds: timestamp - Math.floor(now() / 1000) });
              res.writeHead(401).end();
              return;
            }
            try {
              await ensureInit();
            } catch (err) {
              logger.error('slack: not initialised', { error: (err as Error).message });
              res.writeHead(503).end();
              return;
            }
            receiver!.requestListener(req, res);
          },
        },
      ]
    : [];

  return {
    name: 'slack',
    routes,
    sender: createSlackSender({ api: app.client, logger, publicUrl }),
    files: createSlackFileSource({ api: app.client, botToken: config.botToken, apiUrl: config.apiUrl }),
    async start() {
      await ensureInit();
      if (config.mode === 'socket') await app.start();
      logger.info('slack started', { mode: config.mode });
    },
    /** Waits (until `deadline`) for answers in the work queue, so a shutdown does not cut one in half. */
    async stop(deadline?: number) {
      if (config.mode === 'socket') await app.stop();
      const idle = (await recordLane.idle(deadline)) && (await queue.idle(deadline));
      if (!idle) logger.warn('slack: stopping with answers unfinished; they are answered after the restart', { left: queue.size });
    },
  };
}
