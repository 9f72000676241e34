/**
 * Test harness: the real engine on a temp PGlite database, the real Bolt behind our HTTP server, and the
 * fake Slack Web API. Until `createApp` (src/main.ts) builds, a tiny QaPort stands in for Q&A.
 */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Config } from '../../src/config/config.js';
import type { ChannelAdapter } from '../../src/core/channel.js';
import type { Citation } from '../../src/core/messages.js';
import type { DirectoryLookup, MessageHandler } from '../../src/core/people.js';
import type { ConversationEngine, Logger } from '../../src/core/ports.js';
import { createConversationEngine, type QaPort } from '../../src/conversation/engine.js';
import { createHttpServer } from '../../src/channels/web/http-server.js';
import { createSlackAdapter } from '../../src/channels/slack/slack-adapter.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { createAnswerStore, createConversationRefStore, createEventLog } from '../../src/storage/conversation-store.js';
import { openTempDb } from '../helpers/temp-db.js';
import { startFakeSlackApi, type FakeSlackApi } from '../helpers/fake-slack-api.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
export const PUBLIC_URL = 'https://afspraken.example.nl';
export const CITATION: Citation = { municipality: 'Almelo', number: 3, title: 'Verkoop van huurwoningen', chapter: 'Betaalbaarheid' };
export const ANSWER_TEXT = 'Beter Wonen verkoopt in 2026 **ongeveer 20** huurwoningen.';

export const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../fixtures/slack', name), 'utf8');

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** Tiny stand-in for qa/: a fixed answer with one citation; records the context it was given. */
export function createFixedQa() {
  const seen: Array<{ question: string; context: unknown }> = [];
  let failing = false;
  const qa = {
    async ask(question, opts) {
      seen.push({ question, context: opts?.context });
      if (failing) throw new Error('zoekindex stuk');
      const turn = ((opts?.context as { turn?: number } | undefined)?.turn ?? 0) + 1;
      return { answer: ANSWER_TEXT, found: true, citations: [CITATION], context: { turn } };
    },
  } satisfies QaPort;
  return { qa, seen, fail: (on = true) => void (failing = on) };
}

const noDirectory = {
  findByChannelUser: async () => null,
  getPerson: async () => null,
  listPeople: async () => [],
} satisfies DirectoryLookup;

/** A stand-in for the progress form: takes `progress:*` buttons. */
export const progressHandler = {
  name: 'progress-test',
  async handle(message) {
    if (!message.action?.id.startsWith('progress:')) return null;
    return [{ kind: 'form', text: `Vraag 1 van 3 voor ${message.action.value ?? '?'}: hoeveel woningen zijn verkocht?` }];
  },
} satisfies MessageHandler;

export interface Harness {
  fake: FakeSlackApi;
  adapter: ChannelAdapter;
  url: string;
  db: Awaited<ReturnType<typeof openTempDb>>;
  answers: ReturnType<typeof createAnswerStore>;
  qa: ReturnType<typeof createFixedQa>;
  close(): Promise<void>;
}

export async function startHarness(opts: { engine?: (real: ConversationEngine) => ConversationEngine } = {}): Promise<Harness> {
  const fake = await startFakeSlackApi();
  const db = await openTempDb();
  const answers = createAnswerStore(db);
  const qa = createFixedQa();
  const real = createConversationEngine({
    qa: qa.qa,
    agreements: createAgreementRepository(db),
    directory: noDirectory,
    events: createEventLog(db),
    answers,
    handlers: [progressHandler],
    clock: { now: () => new Date('2026-03-10T09:00:00Z') },
    logger: silentLogger,
  });
  const config: NonNullable<Config['slack']> = { botToken: 'xoxb-test', mode: 'http', signingSecret: SIGNING_SECRET, apiUrl: fake.apiUrl };
  const adapter = createSlackAdapter({ config, engine: opts.engine ? opts.engine(real) : real, refs: createConversationRefStore(db), logger: silentLogger, publicUrl: PUBLIC_URL });
  const server: Server = createHttpServer(adapter.routes, silentLogger);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await adapter.start?.();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    fake,
    adapter,
    url,
    db,
    answers,
    qa,
    async close() {
      await adapter.stop?.();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await fake.close();
      await db.cleanup();
    },
  };
}

/** Slack's v0 request signature: HMAC-SHA256 over `v0:<timestamp>:<body>` with the signing secret. */
export function sign(body: string, timestamp = Math.floor(Date.now() / 1000), secret = SIGNING_SECRET) {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}

export interface PostOptions {
  headers?: Record<string, string>;
  timestamp?: number;
  secret?: string;
  signature?: string;
}

/** POSTs a signed request to /slack/events like Slack does. */
export async function postSlack(url: string, body: string, contentType: string, opts: PostOptions = {}) {
  const signed = sign(body, opts.timestamp, opts.secret);
  if (opts.signature) signed['x-slack-signature'] = opts.signature;
  const res = await fetch(`${url}/slack/events`, { method: 'POST', headers: { 'content-type': contentType, ...signed, ...opts.headers }, body });
  return { status: res.status, text: await res.text() };
}

export const postEvent = (url: string, payload: unknown, opts?: PostOptions) => postSlack(url, JSON.stringify(payload), 'application/json', opts);
export const postForm = (url: string, form: Record<string, string> | string, opts?: PostOptions) =>
  postSlack(url, typeof form === 'string' ? form : new URLSearchParams(form).toString(), 'application/x-www-form-urlencoded', opts);
export const postInteraction = (url: string, payload: unknown, opts?: PostOptions) => postForm(url, { payload: JSON.stringify(payload) }, opts);

/** An event_callback around an inner event (fresh event_id unless given). */
let seq = 0;
export function eventCallback(event: Record<string, unknown>, eventId = `Ev${Date.now()}${++seq}`) {
  return { token: 'x', team_id: 'T0TEST', api_app_id: 'A0AFSPRAKEN', type: 'event_callback', event_id: eventId, event_time: Math.floor(Date.now() / 1000), event, authorizations: [{ team_id: 'T0TEST', user_id: 'UBOTAFSPR', is_bot: true }] };
}

export const mentionEvent = () => JSON.parse(fixture('app-mention.json')) as { event: Record<string, string>; event_id: string } & Record<string, unknown>;

/** Every text in a message's blocks, for assertions. */
export function blockTexts(blocks: unknown): string {
  return JSON.stringify(blocks ?? []);
}

/** The action_ids of all buttons in a message's blocks. */
export function buttons(blocks: unknown): Array<{ action_id: string; value?: string; text: { text: string } }> {
  return ((blocks as Array<{ type: string; elements?: unknown[] }>) ?? []).filter((b) => b.type === 'actions').flatMap((b) => b.elements as Array<{ action_id: string; value?: string; text: { text: string } }>);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
