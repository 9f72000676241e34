// At 50,000 agreements: how long the main event loop stalls and /healthz waits while the heaviest reloads run in
// a loop for 10 s (what the search index reloads: agreements of 200 documents, all parties; a municipality's agreements), then how long Slack acks wait
// for a burst of 50 signed mentions arriving during a reload. Two set-ups in the same run, on copies of the same database:
// now, the database in its worker thread (storage/pglite-bridge.ts); before, the same code on PGlite in
// this thread with its former settings, as storage/database.ts opened it until this change.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { PGlite } from '@electric-sql/pglite';
import { PrismaClient } from '@prisma/client';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { loadConfig } from '../../src/config/config.js';
import type { Logger } from '../../src/core/ports.js';
import { createApp } from '../../src/main.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { openDatabase, type Db } from '../../src/storage/database.js';
import { createSearchStore } from '../../src/storage/search-store.js';
import type { Report } from '../bench.js';
import { seedCorpus } from '../bench-support/corpus.js';
import { SIGNING_SECRET, startLoadWorker } from '../bench-support/load-worker.js';

const TARGET = 50_000;
const DURATION_MS = 10_000;
const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] ?? 0;

/** The embedded database as it was opened before: PGlite on the calling thread, PostgreSQL's default settings. */
async function openInThisThread(pgdata: string): Promise<Db> {
  const pg = await PGlite.create(pgdata);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pg) as never });
  return {
    prisma,
    kind: 'pglite',
    sql: {
      exec: async (sql) => void (await pg.exec(sql)),
      query: async <T>(sql: string, params: unknown[] = []) => (await pg.query<T>(sql, params)).rows,
      transaction: () => Promise.reject(new Error('not used here')),
    },
    healthy: async () => true,
    close: async () => {
      await prisma.$disconnect();
      await pg.close();
    },
  };
}

export default async function run(report: Report): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-bench-eld-'));
  const copyDir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-bench-eld-before-'));
  const load = await startLoadWorker();
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let before: Db | undefined;
  try {
    const seeding = await openDatabase({ kind: 'pglite', dataDir });
    let t = performance.now();
    const names = await seedCorpus(seeding, TARGET);
    const count = await seeding.prisma.agreement.count();
    await seeding.close();
    report(`seed ${count} agreements (${names.length} municipalities)`, (performance.now() - t) / 1000, 's');
    cpSync(path.join(dataDir, 'pgdata'), path.join(copyDir, 'pgdata'), { recursive: true });

    const config = loadConfig({
      DATABASE_URL: `pglite:${dataDir}`,
      PORT: '0',
      LOG_LEVEL: 'silent',
      SCHEDULER_ENABLED: 'false',
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: load.apiUrl,
    });
    app = await createApp({ config, logger: silent });
    const { url } = await app.listen();
    await load.mentions(`${url}/slack/events`, 'CWARM', 5);
    before = await openInThisThread(path.join(copyDir, 'pgdata'));

    const measure = async (label: string, db: Db) => {
      const store = createSearchStore(db);
      const agreements = createAgreementRepository(db);
      const heavy = { indexLoad: [] as number[], parties: [] as number[], listing: [] as number[] };
      const reload = async (i: number) => {
        t = performance.now();
        await store.loadAgreements((await store.listDocumentIds()).slice(0, 200));
        heavy.indexLoad.push(performance.now() - t);
        t = performance.now();
        await store.listParties();
        heavy.parties.push(performance.now() - t);
        t = performance.now();
        await agreements.listAgreements({ municipality: names[(i * 97) % names.length]! });
        heavy.listing.push(performance.now() - t);
      };
      // 1. Only the reloads, in a loop, with /healthz probed every 10 ms.
      const eld = monitorEventLoopDelay({ resolution: 5 });
      eld.enable();
      // The monitor samples only once the loop has turned; a stall from the first moment would go unseen.
      await new Promise((r) => setTimeout(r, 20));
      const probe = load.probe(`${url}/healthz`, DURATION_MS, 10);
      const until = performance.now() + DURATION_MS;
      for (let i = 0; performance.now() < until; i++) await reload(i);
      // One idle turn first: a stall that lasts until here is recorded only when the monitor's timer runs again.
      await new Promise((r) => setTimeout(r, 50));
      const health = await probe;
      eld.disable();
      // 2. A burst of 50 mentions arriving while a reload runs; their answers follow (Q&A, not measured here).
      const burst = load.mentions(`${url}/slack/events`, `C${label.toUpperCase()}`, 50);
      await reload(1);
      const acks = (await burst).times;
      return { heavy, health, acks, eldP99: eld.percentile(99) / 1e6, eldMax: eld.max / 1e6 };
    };

    const now = await measure('now', app.db);
    const then = await measure('before', before);
    const vs = (value: number) => ({ label: 'before', value });
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    report('index load (200 documents), mean', avg(now.heavy.indexLoad), 'ms', '', vs(avg(then.heavy.indexLoad)));
    report('parties reload, mean', avg(now.heavy.parties), 'ms', '', vs(avg(then.heavy.parties)));
    report("one municipality's agreements, mean", avg(now.heavy.listing), 'ms', '', vs(avg(then.heavy.listing)));
    report('event-loop delay p99 during the reloads', now.eldP99, 'ms', '', vs(then.eldP99));
    report('event-loop delay max during the reloads', now.eldMax, 'ms', '', vs(then.eldMax));
    report(`/healthz every 10 ms: p99 (${now.health.length} / ${then.health.length} probes)`, pct(now.health, 99), 'ms', '', vs(pct(then.health, 99)));
    report('/healthz max', Math.max(...now.health), 'ms', '', vs(Math.max(...then.health)));
    report('Slack ack p95, 50 mentions during a reload', pct(now.acks, 95), 'ms', '< 3000 ms', vs(pct(then.acks, 95)));
    report('Slack ack max', Math.max(...now.acks), 'ms', '< 3000 ms', vs(Math.max(...then.acks)));
  } finally {
    await before?.close().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await load.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(copyDir, { recursive: true, force: true });
  }
}
