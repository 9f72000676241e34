// The load side of the latency benchmarks, in a worker thread so it never shares the measured event loop:
// a fake Slack Web API, bursts of signed app_mention events, and /healthz probes at a fixed interval.
import { createHmac } from 'node:crypto';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { startFakeSlackApi } from '../../tests/helpers/fake-slack-api.js';

export const SIGNING_SECRET = 'bench-signing-secret';

const QUESTIONS = [
  'Hoeveel woningen gaat Sint Joseph in 2026 verkopen?',
  'Wat spraken we af over verduurzaming?',
  'Welke afspraken zijn er over woonwagens?',
  'Hoe zit het met de huuraanpassing in Almere?',
  'verkoop van huurwoningen',
];

type Request =
  | { op: 'hello' }
  | { op: 'mentions'; url: string; channel: string; count: number }
  | { op: 'probe'; url: string; durationMs: number; intervalMs: number }
  | { op: 'done' };

export interface LoadWorker {
  /** Slack Web API base for SLACK_API_URL. */
  apiUrl: string;
  /** Sends `count` signed mentions at once; resolves with their ack times (ms) once every one was answered. */
  mentions(url: string, channel: string, count: number): Promise<{ times: number[]; delivered: number }>;
  /** GETs `url` every `intervalMs` for `durationMs`; resolves with each response time (ms). */
  probe(url: string, durationMs: number, intervalMs?: number): Promise<number[]>;
  close(): Promise<void>;
}

export async function startLoadWorker(): Promise<LoadWorker> {
  const worker = new Worker(
    `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`,
    { eval: true, workerData: { role: 'bench-load' } },
  );
  // Requests may overlap (probing while a burst runs): replies carry the request's id.
  const pending = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  worker.on('error', (err) => pending.forEach((p) => p.reject(err)));
  worker.on('message', (msg: { id: number; reply: never }) => {
    pending.get(msg.id)?.resolve(msg.reply);
    pending.delete(msg.id);
  });
  const ask = <T>(request: Request) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: never) => void, reject });
      worker.postMessage({ ...request, id });
    });
  const { apiUrl } = await ask<{ apiUrl: string }>({ op: 'hello' });
  return {
    apiUrl,
    mentions: (url, channel, count) => ask({ op: 'mentions', url, channel, count }),
    probe: (url, durationMs, intervalMs = 10) => ask({ op: 'probe', url, durationMs, intervalMs }),
    async close() {
      await ask({ op: 'done' });
      await worker.terminate();
    },
  };
}

async function serveLoad(): Promise<void> {
  const fake = await startFakeSlackApi();
  let seq = 0;

  async function mention(url: string, channel: string): Promise<number> {
    const n = ++seq;
    const body = JSON.stringify({
      type: 'event_callback',
      team_id: 'T0',
      api_app_id: 'A0',
      event_id: `EvBench${n}`,
      event_time: Math.floor(Date.now() / 1000),
      event: { type: 'app_mention', user: 'U0ASKER', channel, text: `<@UBOTAFSPR> ${QUESTIONS[n % QUESTIONS.length]}`, ts: `1731500000.${String(n).padStart(6, '0')}` },
    });
    const ts = String(Math.floor(Date.now() / 1000));
    const signature = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
    const started = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': ts, 'x-slack-signature': signature }, body });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`ack status ${res.status}`);
    return performance.now() - started;
  }

  /** Mentions answered in `channel`: each answer goes to the mention's own thread. */
  const answered = (channel: string) => new Set(fake.callsTo('chat.postMessage').filter((c) => c.body.channel === channel).map((c) => c.body.thread_ts)).size;

  async function answer(msg: Request): Promise<unknown> {
    switch (msg.op) {
      case 'hello':
        return { apiUrl: fake.apiUrl };
      case 'done':
        await fake.close();
        return null;
      case 'probe': {
        const times: number[] = [];
        const until = performance.now() + msg.durationMs;
        while (performance.now() < until) {
          const t = performance.now();
          const res = await fetch(msg.url);
          await res.arrayBuffer();
          times.push(performance.now() - t);
          await new Promise((r) => setTimeout(r, Math.max(0, msg.intervalMs - (performance.now() - t))));
        }
        return times;
      }
      case 'mentions': {
        const before = answered(msg.channel);
        const times = await Promise.all(Array.from({ length: msg.count }, () => mention(msg.url, msg.channel)));
        // The next round starts on an idle app: wait until every mention of this one was answered.
        const until = Date.now() + 120_000;
        while (answered(msg.channel) - before < msg.count && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
        return { times, delivered: answered(msg.channel) - before };
      }
    }
  }

  parentPort!.on('message', (msg: Request & { id: number }) => {
    void answer(msg).then((reply) => parentPort!.postMessage({ id: msg.id, reply }));
  });
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === 'bench-load') await serveLoad();
