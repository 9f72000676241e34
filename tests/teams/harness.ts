import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createHttpServer } from '../../src/channels/web/http-server.js';
import { createTeamsAdapter } from '../../src/channels/teams/teams-adapter.js';
import type { ChannelAdapter } from '../../src/core/channel.js';
import type { DirectoryLookup, MessageHandler } from '../../src/core/people.js';
import type { Clock, Logger } from '../../src/core/ports.js';
import { loadConfig } from '../../src/config/config.js';
import { createApp, type App } from '../../src/main.js';
import { createConversationEngine, type QaPort } from '../../src/conversation/engine.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { createAnswerStore, createConversationRefStore, createEventLog } from '../../src/storage/conversation-store.js';
import { startFakeBotConnector, type FakeBotConnector } from '../helpers/fake-bot-connector.js';
import { openTempDb } from '../helpers/temp-db.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/teams');

/** A recorded activity from tests/fixtures/teams with `${name}` placeholders filled in. */
export function fixture(name: string, vars: Record<string, string>, overrides: Record<string, unknown> = {}): Record<string, any> {
  const raw = readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8').replace(/\$\{(\w+)\}/g, (_, k: string) => {
    if (!(k in vars)) throw new Error(`fixture ${name}: no value for \${${k}}`);
    return vars[k]!;
  });
  return { ...(JSON.parse(raw) as Record<string, unknown>), ...overrides };
}

/** The fixed Q&A answer: the engine, stores and DB are real, only retrieval is replaced. */
export const fixedQa: QaPort = {
  async ask(question) {
    return {
      answer: `Over "${question}": Beter Wonen verkoopt in 2026 circa 22 woningen.`,
      found: true,
      citations: [{ municipality: 'Almelo', number: '12', title: 'Verkoop huurwoningen', chapter: 'Betaalbaarheid', passage: 'Beter Wonen verkoopt in 2026 circa 22 woningen.' }],
    };
  },
};

const nobody = {
  findByChannelUser: async () => null,
  getPerson: async () => null,
  listPeople: async () => [],
} satisfies DirectoryLookup;

export const quietLogger = (lines: string[] = []): Logger & { lines: string[] } => {
  const log = (level: string) => (msg: string, data?: Record<string, unknown>) => void lines.push(`${level} ${msg} ${data ? JSON.stringify(data) : ''}`);
  return { lines, debug: () => undefined, info: log('info'), warn: log('warn'), error: log('error') };
};

export interface TeamsHarness {
  connector: FakeBotConnector;
  adapter: ChannelAdapter;
  db: Awaited<ReturnType<typeof openTempDb>>;
  refs: ReturnType<typeof createConversationRefStore>;
  answers: ReturnType<typeof createAnswerStore>;
  logger: ReturnType<typeof quietLogger>;
  url: string;
  /** POSTs a body (object → JSON, string → as is) to /api/messages. */
  post(body: unknown): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

/** The real engine, real stores on a temp DB, the real Teams SDK behind our HTTP server, a fake connector. */
export async function startTeamsHarness(opts: { handlers?: MessageHandler[]; ackAfterMs?: number } = {}): Promise<TeamsHarness> {
  const db = await openTempDb();
  const connector = await startFakeBotConnector();
  const logger = quietLogger();
  const refs = createConversationRefStore(db);
  const answers = createAnswerStore(db);
  const engine = createConversationEngine({
    qa: fixedQa,
    agreements: createAgreementRepository(db),
    directory: nobody,
    events: createEventLog(db),
    answers,
    handlers: opts.handlers ?? [],
    clock: { now: () => new Date('2026-11-23T10:00:00Z') },
    logger,
  });
  const adapter = await createTeamsAdapter({ config: { skipAuth: true }, engine, refs, logger, ackAfterMs: opts.ackAfterMs });
  await adapter.start?.();
  const server: Server = createHttpServer(adapter.routes, logger);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    connector,
    adapter,
    db,
    refs,
    answers,
    logger,
    url,
    post: (body) => postActivity(url, body),
    async close() {
      await adapter.stop?.();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await connector.close();
      await db.cleanup();
    },
  };
}

export interface TeamsAppHarness extends Omit<TeamsHarness, 'db'> {
  app: App;
  db: App['db'];
}

/**
 * The whole bot from the composition root (createApp): sample documents and example directory loaded,
 * real Q&A, progress form and notifier, Teams without token validation, on a temp PGlite database.
 * Only the Bot Connector is a fake.
 */
export async function startTeamsAppHarness(opts: { clock?: Clock; env?: Record<string, string> } = {}): Promise<TeamsAppHarness> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-teams-app-'));
  const connector = await startFakeBotConnector();
  const logger = quietLogger();
  const config = loadConfig({ DATABASE_URL: `pglite:${dataDir}`, PORT: '0', HOST: '127.0.0.1', SCHEDULER_ENABLED: 'false', TEAMS_SKIP_AUTH: 'true', LOG_LEVEL: 'error', ...opts.env });
  const app = await createApp({ config, clock: opts.clock, logger });
  try {
    await app.loadSamplesIfEmpty();
    const { url } = await app.listen();
    const adapter = app.adapters.find((a) => a.name === 'teams');
    if (!adapter) throw new Error('createApp did not build the Teams adapter with TEAMS_SKIP_AUTH=true');
    return {
      app,
      connector,
      adapter,
      db: app.db,
      refs: app.services.refs,
      answers: app.services.answers,
      logger,
      url,
      post: (body) => postActivity(url, body),
      async close() {
        await app.close();
        await connector.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await app.close().catch(() => undefined);
    await connector.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
}

/** POSTs a body (object → JSON, string → as is) to /api/messages. */
async function postActivity(url: string, body: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}
