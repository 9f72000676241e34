// Slack ack latency: rounds of 50 concurrent signed app_mention events over loopback, measured until Slack
// would get its HTTP 200 (Slack allows 3 s). In turns per round (alternating which goes first): the REAL app (createApp on a temp PGlite with
// the samples, real Q&A answering every mention while later ones arrive) and a bare Bolt app (HTTPReceiver,
// a listener that only says "ok") in the same process on the same machine. Each round starts when the
// previous set-up has delivered all its answers. The load generator and the fake Slack API run in a worker
// thread, so they do not share the measured event loop.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import bolt from '@slack/bolt';
import { loadConfig } from '../../src/config/config.js';
import type { Logger } from '../../src/core/ports.js';
import { createApp } from '../../src/main.js';
import type { Report } from '../bench.js';
import { SIGNING_SECRET as SECRET, startLoadWorker } from '../bench-support/load-worker.js';
import { freePort } from '../bench-support/server-process.js';

const CONCURRENCY = 50;
const ROUNDS = 6;

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(0.95 * xs.length) - 1]!;

export default async function run(report: Report): Promise<void> {
  const load = await startLoadWorker();
  const { apiUrl } = load;
  const round = (url: string, channel: string, count: number) => load.mentions(url, channel, count);

  // The real app: real Q&A on the samples, event dedupe in the database.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-bench-slack-'));
  const config = loadConfig({
    DATABASE_URL: `pglite:${dataDir}`,
    PORT: '0',
    LOG_LEVEL: 'silent',
    SCHEDULER_ENABLED: 'false',
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: apiUrl,
  });
  const app = await createApp({ config, logger: silent });
  // The bare Bolt app: Bolt's own HTTP receiver, one listener that answers "ok".
  const barePort = await freePort();
  const bare = new bolt.App({
    token: 'xoxb-bench',
    receiver: new bolt.HTTPReceiver({ signingSecret: SECRET, endpoints: '/slack/events', processBeforeResponse: false, logLevel: bolt.LogLevel.ERROR }),
    clientOptions: { slackApiUrl: apiUrl },
    logLevel: bolt.LogLevel.ERROR,
  });
  bare.event('app_mention', async ({ event, say }) => {
    await say({ text: 'ok', thread_ts: event.ts });
  });
  try {
    await app.loadSamplesIfEmpty();
    const { url } = await app.listen();
    await bare.start({ port: barePort, host: '127.0.0.1' });
    const targets = [
      { label: 'real app', url: `${url}/slack/events`, channel: 'CREAL' },
      { label: 'bare Bolt', url: `http://127.0.0.1:${barePort}/slack/events`, channel: 'CBARE' },
    ];
    for (const t of targets) await round(t.url, t.channel, 5); // warm-up
    let worst = 0;
    const ratios: number[] = [];
    for (let r = 1; r <= ROUNDS; r++) {
      const results: Record<string, { p95: number; delivered: number; eld: number }> = {};
      // Alternating which goes first, so neither always meets the other's leftovers (GC, closing sockets).
      for (const t of r % 2 ? targets : [...targets].reverse()) {
        const eld = monitorEventLoopDelay({ resolution: 5 });
        eld.enable();
        const { times, delivered } = await round(t.url, t.channel, CONCURRENCY);
        eld.disable();
        results[t.label] = { p95: p95(times), delivered, eld: eld.max / 1e6 };
      }
      const real = results['real app']!;
      const base = results['bare Bolt']!;
      worst = Math.max(worst, real.p95 / base.p95);
      ratios.push(real.p95 / base.p95);
      report(`round ${r}: bare Bolt ack p95 (${CONCURRENCY} concurrent)`, base.p95, 'ms');
      report(`round ${r}: real app ack p95`, real.p95, 'ms', '≤ 1.5× bare Bolt', { label: 'bare Bolt', value: base.p95 });
      report(`round ${r}: event-loop delay max, real / bare`, `${Math.round(real.eld)} / ${Math.round(base.eld)}`, 'ms');
      report(`round ${r}: answers delivered, real / bare`, `${real.delivered} / ${base.delivered}`);
    }
    report('median round: real app p95 / bare Bolt p95', [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)]!, '×', '≤ 1.5');
    report('worst round: real app p95 / bare Bolt p95', worst, '×', '≤ 1.5');
  } finally {
    await bare.stop().catch(() => undefined);
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
    await load.close();
  }
}
