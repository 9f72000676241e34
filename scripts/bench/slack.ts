// Slack ack latency: 50 concurrent signed app_mention events over loopback to the real Bolt receiver on our
// HTTP server; measures the time until Slack would get its HTTP 200 (aim p95 < 100 ms; Slack allows 3 s).
// The load generator and the fake Slack API run in a worker thread, so they do not share the bot's event loop.
import { createHmac } from 'node:crypto';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import type { AddressInfo } from 'node:net';
import { createSlackAdapter } from '../../src/channels/slack/slack-adapter.js';
import { createHttpServer } from '../../src/channels/web/http-server.js';
import type { ConversationEngine, Logger } from '../../src/core/ports.js';
import { startFakeSlackApi } from '../../tests/helpers/fake-slack-api.js';
import type { Report } from '../bench.js';

const SECRET = 'bench-signing-secret';
const CONCURRENCY = 50;
const ROUNDS = 4;

type FromWorker = { apiUrl: string } | { times: number[]; delivered: number; sent: number };

export default async function run(report: Report): Promise<void> {
  const logger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
  const worker = new Worker(
    `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`,
    { eval: true },
  );
  const next = () =>
    new Promise<FromWorker>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  const { apiUrl } = (await next()) as { apiUrl: string };
  // The engine answers after 200 ms, as a real search would: the ack must not wait for it.
  const engine: ConversationEngine = { handle: async () => (await new Promise((r) => setTimeout(r, 200)), [{ text: 'antwoord' }]) };
  const adapter = createSlackAdapter({ config: { botToken: 'xoxb-bench', mode: 'http', signingSecret: SECRET, apiUrl }, engine, logger });
  const server = createHttpServer(adapter.routes, logger);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await adapter.start?.();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  worker.postMessage({ url });
  const result = (await next()) as { times: number[]; delivered: number; sent: number };
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  await worker.terminate();
  const times = result.times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!;
  report(`slack ack p50 (${CONCURRENCY} concurrent mentions)`, pct(50), 'ms');
  report(`slack ack p95 (${CONCURRENCY} concurrent mentions)`, pct(95), 'ms', '< 100 ms');
  report('slack ack max', times.at(-1)!, 'ms', '< 3000 ms');
  report('slack answers delivered', `${result.delivered}/${result.sent}`);
}

/** Worker side: the fake Slack API and the load generator. */
async function loadGenerator(): Promise<void> {
  const fake = await startFakeSlackApi();
  parentPort!.postMessage({ apiUrl: fake.apiUrl });
  const { url } = await new Promise<{ url: string }>((resolve) => parentPort!.once('message', resolve));

  let seq = 0;
  async function mention(): Promise<number> {
    const n = ++seq;
    const body = JSON.stringify({
      type: 'event_callback',
      team_id: 'T0',
      api_app_id: 'A0',
      event_id: `EvBench${n}`,
      event_time: Math.floor(Date.now() / 1000),
      event: { type: 'app_mention', user: 'U0ASKER', channel: 'C0BENCH', text: '<@UBOTAFSPR> verkoop?', ts: `1731500000.${String(n).padStart(6, '0')}` },
    });
    const ts = String(Math.floor(Date.now() / 1000));
    const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
    const started = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': ts, 'x-slack-signature': signature }, body });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`ack status ${res.status}`);
    return performance.now() - started;
  }

  await Promise.all(Array.from({ length: 5 }, mention)); // warm-up
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) times.push(...(await Promise.all(Array.from({ length: CONCURRENCY }, mention))));
  // Let the answers go out before reporting, so nothing is cut off mid-call.
  const until = Date.now() + 10_000;
  while (fake.callsTo('chat.postMessage').length < seq && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  parentPort!.postMessage({ times, delivered: fake.callsTo('chat.postMessage').length, sent: seq });
}

if (!isMainThread) await loadGenerator();
