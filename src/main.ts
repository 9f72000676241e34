/**
 * The single composition root: reads config, builds every part, starts what is configured.
 * Nothing else wires implementations together.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from './config/config.js';
import type { ChannelAdapter, HttpRoute } from './core/channel.js';
import { createLogger } from './core/logger.js';
import type { MessageHandler } from './core/people.js';
import { systemClock, type ChannelSender, type Clock, type ConversationEngine, type Logger } from './core/ports.js';
import { ingestBuffers, ingestFiles, type IngestOutcome } from './app/ingest-files.js';
import { createConversationEngine } from './conversation/engine.js';
import { createNotifier } from './conversation/notifier.js';
import { createHttpServer, requestGuardFor } from './channels/web/http-server.js';
import { createWebConsole } from './channels/web/web-console.js';
import { unconfiguredChannelRoute } from './channels/web/unconfigured-route.js';
import { createIngestRoute } from './channels/web/ingest-route.js';
import { createWebAuth } from './channels/web/auth/web-auth.js';
import type { StartingServer } from './channels/web/starting-server.js';
import { createWebSessionStore } from './storage/web-session-store.js';
import { randomBytes } from 'node:crypto';
import { readDocument } from './ingest/read-document.js';
import { extractDocument } from './ingest/extract-agreements.js';
import { createQaService } from './qa/qa-service.js';
import { createProgressService } from './progress/progress-service.js';
import { createProgressHandler } from './progress/progress-handler.js';
import { createDigestService } from './digests/digest-service.js';
import { createMeetingHandler } from './digests/meeting-handler.js';
import { createScheduler } from './scheduler/scheduler.js';
import { openDatabase, type Db } from './storage/database.js';
import { createAgreementRepository } from './storage/agreement-repository.js';
import { createSearchStore } from './storage/search-store.js';
import { createAnswerStore, createConversationRefStore, createEventLog, createOutboxStore } from './storage/conversation-store.js';
import { createDirectoryRepository } from './storage/directory-repository.js';
import { createDigestStore } from './storage/digest-store.js';
import { createMeetingStore } from './storage/meeting-store.js';
import { createJobStore } from './storage/job-store.js';
import { renderDigestHtml } from './digests/render-html.js';
import { renderMatrixHtml } from './digests/matrix.js';
import { createProgressStore } from './storage/progress-store.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Sample documents shipped with the project, loaded into an empty database. */
export const SAMPLES_DIR = path.join(REPO_ROOT, 'examples', 'documents');

export interface AppOptions {
  config: Config;
  clock?: Clock;
  logger?: Logger;
  /** The configured database, already opening (serve starts it before loading the rest); else opened here. */
  db?: Promise<Db>;
}

export type App = Awaited<ReturnType<typeof createApp>>;

/** Builds the whole bot on one database. `listen()` starts HTTP, channels and the scheduler. */
export async function createApp(options: AppOptions) {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  const opening = options.db ?? openDatabase(config.database);
  opening.catch(() => undefined); // awaited below; an early failure must not count as unhandled meanwhile
  // Channel SDKs, the model client and OIDC load only when configured (tens of MB each, and start time).
  const [slack, teams, openai, openid] = await Promise.all([
    config.slack ? import('./channels/slack/slack-adapter.js') : undefined,
    config.teams ? import('./channels/teams/teams-adapter.js') : undefined,
    config.llm ? import('./llm/openai-client.js') : undefined,
    config.web.oidc ? import('./channels/web/auth/oidc-client.js') : undefined,
  ]).catch(async (err: unknown) => {
    await (await opening).close();
    throw err;
  });
  const db: Db = await opening;

  const agreements = createAgreementRepository(db);
  const llm = config.llm && openai ? openai.createOpenAiClient(config.llm) : undefined;
  const qa = createQaService({
    agreements,
    store: createSearchStore(db),
    llm,
    synonymsFile: config.synonymsFile,
    logger,
    now: () => clock.now(),
    llmTimeoutMs: config.llmTimeoutMs,
  });
  const refs = createConversationRefStore(db);
  const answers = createAnswerStore(db);
  const outbox = createOutboxStore(db, () => clock.now());
  const directory = createDirectoryRepository(db);

  const senders: ChannelSender[] = [];
  const notifier = createNotifier({ directory, refs, outbox, senders, logger });

  const progress = createProgressService({ agreements, directory, store: createProgressStore(db), notifier, clock, settings: config.scheduler, logger });
  const digestStore = createDigestStore(db);
  const digests = createDigestService({
    store: digestStore,
    meetings: createMeetingStore(db),
    agreements,
    directory,
    notifier,
    clock,
    logger,
    timeZone: config.scheduler.timezone,
    meetingDigestWorkingDays: config.scheduler.meetingDigestWorkingDays,
  });

  const handlers: MessageHandler[] = [createProgressHandler(progress), createMeetingHandler(digests)];
  const engine: ConversationEngine = createConversationEngine({
    qa,
    agreements,
    directory,
    events: createEventLog(db),
    answers,
    handlers,
    clock,
    logger,
  });

  const ingestDeps = { agreements, indexer: qa.indexer, readDocument, extractDocument };
  const ingest = (files: string[], onProgress?: (done: number, total: number, outcome: IngestOutcome) => void) =>
    ingestFiles(ingestDeps, files, onProgress);

  /** Loads the sample documents when the database holds none yet; never in production, which starts empty. */
  async function loadSamplesIfEmpty(dir = config.sampleDocsDir ?? SAMPLES_DIR): Promise<IngestOutcome[]> {
    if (config.env === 'production') {
      // The example directory has console ids like "admin"; real people and documents come from the operator.
      logger.info('production: no sample documents or example directory loaded');
      return [];
    }
    if ((await agreements.countAgreements()) > 0 || !existsSync(dir)) return [];
    const files = readdirSync(dir)
      .filter((f) => !f.startsWith('.'))
      .map((f) => path.join(dir, f));
    const outcomes = await ingest(files);
    for (const o of outcomes) {
      if (o.ok) logger.info('sample document loaded', { file: path.basename(o.file), agreements: o.agreements });
      else logger.warn('sample document failed', { error: o.error });
    }
    // The example directory lets a newcomer act as a reporter or coordinator in the console.
    const directoryFile = path.join(REPO_ROOT, 'examples', 'directory.yaml');
    if (existsSync(directoryFile) && (await directory.listPeople()).length === 0) {
      try {
        await progress.importDirectory('directory.yaml', readFileSync(directoryFile, 'utf8'));
      } catch (err) {
        logger.warn('example directory not loaded', { error: (err as Error).message });
      }
    }
    return outcomes;
  }

  const oidc = config.web.oidc && openid ? { client: openid.createOidcClient(config.web.oidc), redirectUri: config.web.oidc.redirectUri } : undefined;
  const auth = createWebAuth({
    mode: config.web.signIn,
    secureCookies: config.web.secureCookies,
    sessionTtlMs: config.web.sessionTtlMs,
    sessions: createWebSessionStore(db),
    directory,
    oidc: oidc?.client,
    now: () => clock.now(),
    logger,
  });
  if (config.env === 'production' && config.http.publicUrl.startsWith('http://localhost')) {
    logger.warn('PUBLIC_URL is not set: only requests for localhost are answered; set PUBLIC_URL or ALLOWED_HOSTS to the public host name');
  }
  if (config.web.signIn === 'closed') logger.warn('console closed: NODE_ENV=production without OIDC_ISSUER/OIDC_CLIENT_ID/OIDC_CLIENT_SECRET; Slack and Teams still work');

  const adapters: ChannelAdapter[] = [];
  adapters.push(
    createWebConsole({
      auth,
      oidc,
      engine,
      agreements,
      directory,
      inbox: { inbox: async (user) => outbox.inbox('web', user) },
      dashboard: {
        matrixHtml: async (municipality, filters) =>
          renderMatrixHtml(await digests.buildProgressMatrix(municipality, filters), { action: `/dashboard/${encodeURIComponent(municipality)}` }),
        digestPreviewHtml: async (municipality, kind) => renderDigestHtml(await digests.build(municipality, kind)),
        municipalities: () => digests.listMunicipalities(),
      },
      logger,
      now: () => clock.now(),
      health: () => db.healthy(),
    }),
  );
  if (config.slack && slack) adapters.push(slack.createSlackAdapter({ config: config.slack, engine, refs, logger, publicUrl: config.http.publicUrl }));
  if (config.teams && teams) adapters.push(await teams.createTeamsAdapter({ config: config.teams, engine, refs, logger, publicUrl: config.http.publicUrl }));
  for (const adapter of adapters) if (adapter.sender) senders.push(adapter.sender);
  const routes: HttpRoute[] = adapters.flatMap((a) => a.routes);
  if (!config.slack) routes.push(unconfiguredChannelRoute('/slack/events', 'Slack', 'SLACK_BOT_TOKEN en SLACK_SIGNING_SECRET (of SLACK_APP_TOKEN)'));
  // The embedded database belongs to this process; a CLI started beside it hands its files over here.
  const ingestToken = randomBytes(24).toString('hex');
  routes.push(createIngestRoute({ token: ingestToken, ingest: (files) => ingestBuffers(ingestDeps, files) }));
  if (!config.teams) routes.push(unconfiguredChannelRoute('/api/messages', 'Microsoft Teams', 'TEAMS_CLIENT_ID en TEAMS_CLIENT_SECRET'));

  const scheduler = createScheduler({
    claims: createJobStore(db),
    clock,
    settings: config.scheduler,
    logger,
    jobs: {
      quarterlyPrompts: async (now, ctx) => {
        for (const due of await progress.duePrompts(now)) {
          await ctx.once(`${due.municipality}:${due.quarter}`, async () => {
            await progress.startQuarter(due.municipality, due.quarter);
          });
        }
      },
      reminders: async (now) => {
        await progress.runReminders(now);
      },
      weeklyDigests: async (now, ctx) => {
        await digests.runWeeklyDigests(now, ctx.once);
      },
      meetingDigests: async (now, ctx) => {
        await digests.runMeetingDigests(now, ctx.once);
      },
    },
  });

  let server: Server | undefined;
  let closed = false;

  return {
    config,
    db,
    clock,
    logger,
    engine,
    routes,
    adapters,
    services: { agreements, qa, progress, digests, digestSettings: digestStore, directory, notifier, answers, outbox, refs, scheduler, ingest },
    loadSamplesIfEmpty,
    /**
     * Starts the HTTP server, the channels and the scheduler. With `early` (serve listens before the app is
     * built, with the same request guard) the app's routes go behind that server instead.
     */
    async listen(early?: StartingServer): Promise<{ port: number; url: string }> {
      let port: number;
      if (early) {
        server = early.server;
        port = early.port;
        early.serve(routes);
      } else {
        server = createHttpServer(routes, logger, requestGuardFor(config, logger));
        await new Promise<void>((resolve, reject) => {
          server!.once('error', reject);
          server!.listen(config.http.port, config.http.host, () => resolve());
        });
        const address = server.address();
        port = typeof address === 'object' && address ? address.port : config.http.port;
      }
      db.advertise?.({ port, token: ingestToken });
      for (const adapter of adapters) await adapter.start?.();
      if (config.scheduler.enabled) {
        // start() first catches up runs missed while the bot was down.
        await scheduler.start();
      }
      return { port, url: `http://${config.http.host === '0.0.0.0' ? 'localhost' : config.http.host}:${port}` };
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await scheduler.stop();
      for (const adapter of adapters) await adapter.stop?.().catch((err: unknown) => logger.warn('adapter stop failed', { adapter: adapter.name, error: String(err) }));
      if (server) {
        const s = server;
        await new Promise<void>((resolve) => {
          s.close(() => resolve());
          s.closeAllConnections();
        });
      }
      await db.close();
    },
  };
}
