/**
 * The single composition root: reads config, builds every part, starts what is configured.
 * Nothing else wires implementations together.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { hostname } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from './config/config.js';
import type { ChannelAdapter, HttpRoute, InboundFileSource } from './core/channel.js';
import type { ChannelName } from './core/messages.js';
import { createLogger } from './core/logger.js';
import type { MessageHandler } from './core/people.js';
import { systemClock, type ChannelSender, type Clock, type ConversationEngine, type Logger } from './core/ports.js';
import type { IngestDeps, IngestOutcome, IngestOverrides } from './app/ingest-files.js';
import type { StartingServer } from './channels/web/starting-server.js';
import { requestGuardFor } from './channels/web/http-server.js';
import { openDatabase, type Db } from './storage/database.js';
import { createAgreementRepository } from './storage/agreement-repository.js';
import { withCorrections } from './storage/corrected-agreements.js';
import { DEFAULT_LIMITS } from './ingest/limits.js';
import { formatDateTime } from './core/dutch-format.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Sample documents shipped with the project, loaded into an empty database. */
export const SAMPLES_DIR = path.join(REPO_ROOT, 'examples', 'documents');

export interface AppOptions {
  config: Config;
  clock?: Clock;
  logger?: Logger;
  /** One CLI command, then exit: the embedded database opens lean (see OpenOptions.shortLived). */
  shortLived?: boolean;
  /** The configured database, already opening (serve starts it before loading the rest); else opened here. */
  db?: Promise<Db>;
}

export type App = Awaited<ReturnType<typeof createApp>>;

/**
 * Only the database and its agreements: what `agreements` and `agreement` need. Search, progress, digests
 * and the channels are not loaded, so such a command answers in about a second.
 */
export async function openAgreementStore(config: Config) {
  const db: Db = await openDatabase(config.database, { shortLived: true });
  // Read as everyone reads them: with the coordinators' corrections applied.
  return { db, agreements: withCorrections(db, createAgreementRepository(db)), close: () => db.close() };
}

/** Builds the whole bot on one database. `listen()` starts HTTP, channels and the scheduler. */
export async function createApp(options: AppOptions) {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  const opening = options.db ?? openDatabase(config.database, { shortLived: options.shortLived });
  opening.catch(() => undefined); // awaited below; an early failure must not count as unhandled meanwhile
  // Loaded here, not at the top (commands that only read agreements never pay for them); channel SDKs, the
  // model client and OIDC load only when configured (tens of MB each, and start time).
  const [parts, slack, teams, openai, openid] = await Promise.all([
    import('./app-parts.js'),
    config.slack ? import('./channels/slack/slack-adapter.js') : undefined,
    config.teams ? import('./channels/teams/teams-adapter.js') : undefined,
    config.llm ? import('./llm/openai-client.js') : undefined,
    config.web.oidc ? import('./channels/web/auth/oidc-client.js') : undefined,
  ]).catch(async (err: unknown) => {
    await (await opening).close();
    throw err;
  });
  const {
    ingestBuffers,
    ingestFiles,
    createRecoveryWork,
    stopGracefully,
    createConversationEngine,
    createDelivery,
    createNotifier,
    createAnswerReplay,
    createHttpServer,
    createWebConsole,
    unconfiguredChannelRoute,
    createIngestRoute,
    createWebAuth,
    createWebSessionStore,
    readDocument,
    extractDocument,
    extractWithModelHelp,
    createQaService,
    createProgressService,
    createProgressHandler,
    createDigestService,
    createMeetingHandler,
    createScheduler,
    createReviewStore,
    createReviewService,
    createUploadHandler,
    createSearchStore,
    createAnswerStore,
    createConversationRefStore,
    createInboundLog,
    repairIndex,
    createLeaseStore,
    createOutboxStore,
    withStartupLock,
    createDirectoryRepository,
    createDigestStore,
    createMeetingStore,
    createJobStore,
    renderDigestHtml,
    renderMatrixHtml,
    createProgressStore,
    createNotFoundRoute,
    createExport,
  } = parts;
  const db: Db = await opening;
  const { leaseMs } = config.resilience;
  // This process in every lease it takes; the random part keeps a restarted container (same host, pid 1) apart.
  const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leases = createLeaseStore(db);
  // The embedded database is ours alone (lock file): a lease still held belongs to a process that died.
  if (db.kind === 'pglite') await leases.expireAll(clock.now());

  // Rows hold what the extractor found; everyone reads them with the coordinators' corrections applied.
  const storedAgreements = createAgreementRepository(db);
  const agreements = withCorrections(db, storedAgreements);
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
  // With a model configured it proposes agreements where the rules find none; without one the rules do it all.
  const extract: IngestDeps['extractDocument'] = llm ? (text, opts) => extractWithModelHelp(text, opts, { llm, logger }) : extractDocument;
  const ingestDeps: IngestDeps = { agreements, indexer: qa.indexer, readDocument, extractDocument: extract };
  const reviews = createReviewService({
    store: createReviewStore(db, storedAgreements),
    indexer: qa.indexer,
    ingest: ingestDeps,
    clock,
    timeZone: config.scheduler.timezone,
    maxUploadBytes: DEFAULT_LIMITS.maxBytes,
    logger,
  });
  const refs = createConversationRefStore(db);
  const answers = createAnswerStore(db);
  const outbox = createOutboxStore(db, () => clock.now());
  const directory = createDirectoryRepository(db);

  const senders: ChannelSender[] = [];
  const delivery = createDelivery({
    outbox,
    senders,
    owner,
    clock,
    logger,
    // A send is not renewed by the heartbeat: three leases leave room for a slow one with rate-limit waits.
    settings: { sendLeaseMs: 3 * leaseMs, retryBaseMs: config.resilience.sendRetryBaseMs, maxAttempts: config.resilience.sendMaxAttempts },
  });
  const notifier = createNotifier({ directory, refs, outbox, delivery, senders, logger, timeZone: config.scheduler.timezone, inboxByEmail: config.web.signIn === 'oidc' });

  const progress = createProgressService({ agreements, directory, store: createProgressStore(db), notifier, clock, settings: config.scheduler, logger, reviews });
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
    reviews,
  });

  // Channels that can fetch a file sent in a direct message; filled in once the adapters exist.
  const fileSources = new Map<ChannelName, InboundFileSource>();
  const handlers: MessageHandler[] = [
    createUploadHandler({ reviews, files: fileSources, publicUrl: config.http.publicUrl, logger }),
    createProgressHandler(progress),
    createMeetingHandler(digests),
  ];
  const inbound = createInboundLog(db);
  const engine: ConversationEngine = createConversationEngine({ qa, agreements, directory, events: inbound, answers, handlers, clock, logger, owner, leaseMs });
  const replay = createAnswerReplay({ engine, events: inbound, senders, clock, logger, windowMs: config.resilience.answerReplayMinutes * 60_000 });

  const ingest = (files: string[], onProgress?: (done: number, total: number, outcome: IngestOutcome) => void, overrides?: IngestOverrides) =>
    ingestFiles(ingestDeps, files, onProgress, overrides);

  /**
   * Loads the sample documents when the database holds none yet; never in production, which starts empty.
   * Under a database-wide lock: a second instance starting at the same time waits, then finds them loaded
   * (and the directory imported).
   */
  const loadSamplesIfEmpty = (dir = config.sampleDocsDir ?? SAMPLES_DIR) => withStartupLock(db, () => loadSamples(dir));
  async function loadSamples(dir: string): Promise<IngestOutcome[]> {
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
    // The example meetings (dated relative to today) give the meeting digest on the dashboard something to prepare.
    const meetingsFile = path.join(REPO_ROOT, 'examples', 'meetings.yaml');
    if (dir === SAMPLES_DIR && existsSync(meetingsFile) && (await digests.listMeetings({ includePast: true })).length === 0) {
      const imported = await digests.importMeetings(readFileSync(meetingsFile, 'utf8'), 'yaml', clock.now());
      if (imported.errors.length) logger.warn('example meetings not all loaded', { errors: imported.errors.map((e) => `regel ${e.line}: ${e.message}`) });
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
      reviews,
      // Each inbox message carries its time as a person reads it, in the configured zone.
      inbox: { inbox: async (user) => (await outbox.inbox('web', user)).map((m) => ({ ...m, when: formatDateTime(m.createdAt, config.scheduler.timezone) })) },
      dashboard: {
        matrixHtml: async (municipality, filters) =>
          renderMatrixHtml(await digests.buildProgressMatrix(municipality, filters), {
            action: `/dashboard/${encodeURIComponent(municipality)}`,
            agreementHref: (number) => `/agreements/${encodeURIComponent(municipality)}/${encodeURIComponent(number)}`,
          }),
        digestPreviewHtml: async (municipality, kind) => renderDigestHtml(await digests.build(municipality, kind)),
        municipalities: () => digests.listMunicipalities(),
        exportFile: (municipality, name, filters) => createExport(digests, municipality, name, filters),
      },
      deliveries: async () => ({ counts: await outbox.counts(), problems: await outbox.problems(50) }),
      timeZone: config.scheduler.timezone,
      logger,
      now: () => clock.now(),
      health: () => db.healthy(),
    }),
  );
  if (config.slack && slack) adapters.push(slack.createSlackAdapter({ config: config.slack, engine, refs, logger, publicUrl: config.http.publicUrl }));
  if (config.teams && teams) adapters.push(await teams.createTeamsAdapter({ config: config.teams, engine, refs, logger, publicUrl: config.http.publicUrl }));
  for (const adapter of adapters) if (adapter.sender) senders.push(adapter.sender);
  for (const adapter of adapters) if (adapter.files) fileSources.set(adapter.name, adapter.files);
  const routes: HttpRoute[] = adapters.flatMap((a) => a.routes);
  if (!config.slack) routes.push(unconfiguredChannelRoute('/slack/events', 'Slack', 'SLACK_BOT_TOKEN en SLACK_SIGNING_SECRET (of SLACK_APP_TOKEN)'));
  // The embedded database belongs to this process; a CLI started beside it hands its files over here.
  const ingestToken = randomBytes(24).toString('hex');
  routes.push(createIngestRoute({ token: ingestToken, ingest: (files, overrides) => ingestBuffers(ingestDeps, files, overrides) }));
  if (!config.teams) routes.push(unconfiguredChannelRoute('/api/messages', 'Microsoft Teams', 'TEAMS_CLIENT_ID en TEAMS_CLIENT_SECRET'));
  // Last: whatever no route serves gets the Dutch 404 page in a browser, JSON elsewhere.
  routes.push(createNotFoundRoute());

  const scheduler = createScheduler({
    claims: createJobStore(db),
    clock,
    settings: config.scheduler,
    logger,
    instance: owner,
    leaseMs,
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
      weeklyDigests: async (_now, ctx) => {
        // The week of the occurrence, not of now: a run caught up or resumed next week is still that week's.
        await digests.runWeeklyDigests(ctx.scheduledFor, ctx.once, ctx.periodKey);
      },
      meetingDigests: async (now, ctx) => {
        await digests.runMeetingDigests(now, ctx.once);
      },
    },
  });

  const { heartbeat, work: recovery } = createRecoveryWork({
    owner,
    leaseMs,
    sendRetryBaseMs: config.resilience.sendRetryBaseMs,
    clock,
    logger,
    extendLeases: (who, at, until) => leases.extend(who, at, until),
    deliverDue: () => delivery.deliverDue(),
    answerLate: () => replay.run(),
    // Documents whose indexing a crash cut off are indexed again (search fields, embeddings).
    repairIndex: () => repairIndex({ db, indexer: qa.indexer, embeddingModel: config.llm?.embeddingModel ? config.llm.model : undefined, logger }),
    pruneEvents: (before) => inbound.prune(before),
  });

  let server: Server | undefined;
  let closed = false;
  let draining = false;

  return {
    config,
    db,
    clock,
    logger,
    engine,
    routes,
    adapters,
    owner,
    services: { agreements, reviews, qa, progress, digests, digestSettings: digestStore, directory, notifier, answers, outbox, delivery, refs, scheduler, ingest, replay },
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
        early.serve(routes, { draining: () => draining });
      } else {
        server = createHttpServer(routes, logger, requestGuardFor(config, logger), { draining: () => draining });
        await new Promise<void>((resolve, reject) => {
          server!.once('error', reject);
          server!.listen(config.http.port, config.http.host, () => resolve());
        });
        const address = server.address();
        port = typeof address === 'object' && address ? address.port : config.http.port;
      }
      db.advertise?.({ port, token: ingestToken });
      // The search index is built in the background, so the first question need not wait for it.
      qa.warmUp();
      for (const adapter of adapters) await adapter.start?.();
      await withStartupLock(db, async () => undefined);
      heartbeat.start();
      recovery.start();
      // The scheduler's first sweep catches up runs missed while the bot was down, in the background.
      if (config.scheduler.enabled) await scheduler.start();
      return { port, url: `http://${config.http.host === '0.0.0.0' ? 'localhost' : config.http.host}:${port}` };
    },
    /**
     * Graceful stop: new requests get 503, nothing new starts, running work gets until the grace period
     * ends; what is still running then is released (another instance or the next start takes it over).
     */
    async close(options: { graceMs?: number } = {}): Promise<void> {
      if (closed) return;
      closed = true;
      qa.close();
      draining = true;
      const adapterStop = (adapter: ChannelAdapter) => (deadline: number) =>
        (adapter.stop?.(deadline) ?? Promise.resolve()).then(
          () => true,
          (err: unknown) => {
            logger.warn('adapter stop failed', { adapter: adapter.name, error: String(err) });
            return false;
          },
        );
      await stopGracefully({
        graceMs: options.graceMs ?? config.resilience.shutdownGraceMs,
        server,
        stoppers: [(deadline) => scheduler.stop(deadline), (deadline) => recovery.stop(deadline), ...adapters.map(adapterStop)],
        release: () => leases.release(owner, clock.now()),
        heartbeat,
        closeDatabase: () => db.close(),
        logger,
      });
    },
  };
}
