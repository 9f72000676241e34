/**
 * Test harness: the REAL app (`createApp` from src/main.ts) on a temp PGlite folder with the sample
 * documents and directory loaded, listening on a free port, with Slack pointed at the fake Slack Web API.
 * Nothing is stubbed: Q&A, the progress form and the stores are the ones production runs.
 */
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/config.js';
import type { Clock, Logger } from '../../src/core/ports.js';
import { createApp, type App } from '../../src/main.js';
import { startFakeSlackApi, type FakeSlackApi } from '../helpers/fake-slack-api.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
export const PUBLIC_URL = 'https://afspraken.example.nl';
/** A question the Almelo sample answers with agreement 3 (verkoop van huurwoningen). */
export const SALES_QUESTION = 'Hoeveel woningen gaat Sint Joseph in 2026 verkopen?';

export const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../fixtures/slack', name), 'utf8');

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** A clock the test can move; starts at `start`. */
export function fixedClock(start: string): Clock & { set(iso: string): void } {
  let now = new Date(start);
  return { now: () => new Date(now), set: (iso) => void (now = new Date(iso)) };
}

export interface Harness {
  fake: FakeSlackApi;
  app: App;
  url: string;
  dataDir: string;
  /** Closes the app and starts a new one on the same data folder (a restart of the bot). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  clock?: Clock;
  /** Reuse a fake Slack API (and its recorded calls) instead of starting one. */
  fake?: FakeSlackApi;
  /** Extra settings (e.g. a fake OpenAI endpoint). */
  env?: Record<string, string>;
}

async function bootApp(dataDir: string, fake: FakeSlackApi, clock: Clock | undefined, env: Record<string, string> = {}): Promise<{ app: App; url: string }> {
  const config = loadConfig({
    DATABASE_URL: `pglite:${dataDir}`,
    PORT: '0',
    HOST: '127.0.0.1',
    PUBLIC_URL,
    LOG_LEVEL: 'silent',
    SCHEDULER_ENABLED: 'false',
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    ...env,
  });
  const app = await createApp({ config, logger: silentLogger, ...(clock ? { clock } : {}) });
  try {
    await app.loadSamplesIfEmpty();
    const { url } = await app.listen();
    return { app, url };
  } catch (err) {
    await app.close();
    throw err;
  }
}

/** Starts the fake Slack API and the real app on a fresh data folder. */
export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const fake = opts.fake ?? (await startFakeSlackApi());
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-slack-'));
  let booted = await bootApp(dataDir, fake, opts.clock, opts.env);
  const h: Harness = {
    fake,
    app: booted.app,
    url: booted.url,
    dataDir,
    async restart() {
      await h.app.close();
      booted = await bootApp(dataDir, fake, opts.clock, opts.env);
      h.app = booted.app;
      h.url = booted.url;
    },
    async close() {
      await h.app.close();
      if (!opts.fake) await fake.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return h;
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
