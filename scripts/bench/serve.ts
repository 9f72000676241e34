// A serving process measured from outside, as `npm start` runs it (node bin/afsprakenbot.js serve):
// - start on an existing database: spawn → first /healthz 200, and → ready (database open, routes served),
//   against a bare Node HTTP server started as plain JavaScript and through the same tsx loader, in turns;
// - memory (VmRSS, VmHWM) after a serving workload, with the samples and with 10,000 agreements.
// "before" figures were measured the same way on the code before the worker (bench-support/before.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../src/storage/database.js';
import type { Report } from '../bench.js';
import { BEFORE } from '../bench-support/before.js';
import { seedCorpus } from '../bench-support/corpus.js';
import { exercise } from '../bench-support/exercise.js';
import { startServer, type Memory } from '../bench-support/server-process.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ROUNDS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const botEnv = (dataDir: string) => ({ DATABASE_URL: `pglite:${dataDir}`, SCHEDULER_ENABLED: 'false', LOG_LEVEL: 'warn' });

async function serveAndMeasure(dataDir: string, municipalities: string[]): Promise<{ healthMs: number; readyMs: number; memory: Memory }> {
  const bot = await startServer(['bin/afsprakenbot.js', 'serve', '--no-samples'], botEnv(dataDir), repoRoot);
  try {
    await exercise(bot.url, municipalities);
    return { healthMs: bot.healthMs, readyMs: bot.readyMs, memory: bot.memory() };
  } finally {
    await bot.stop();
  }
}

export default async function run(report: Report): Promise<void> {
  const samplesDir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-bench-serve-'));
  const bigDir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-bench-serve10k-'));
  try {
    // The first start creates the database and loads the samples; every measured start opens it.
    const first = await startServer(['bin/afsprakenbot.js', 'serve'], botEnv(samplesDir), repoRoot);
    await first.stop();

    const bare: number[] = [];
    const bareTsx: number[] = [];
    const health: number[] = [];
    const ready: number[] = [];
    const memory: Memory[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      // In turns, so a busy moment on a shared machine costs all three alike.
      for (const [args, into] of [
        [['scripts/bench-support/bare-server.mjs'], bare],
        [['--import', 'tsx', 'scripts/bench-support/bare-server.ts'], bareTsx],
      ] as const) {
        const s = await startServer([...args], {}, repoRoot);
        into.push(s.healthMs);
        await s.stop();
      }
      const bot = await serveAndMeasure(samplesDir, ['Almelo', 'Almere']);
      health.push(bot.healthMs);
      ready.push(bot.readyMs);
      memory.push(bot.memory);
    }
    const bareNode = { label: 'bare node', value: median(bare) };
    const bareLoader = { label: 'bare via tsx', value: median(bareTsx) };
    report(`start: bare node HTTP server → 200 (median of ${ROUNDS})`, bareNode.value, 'ms');
    report('start: bare server through tsx → 200', bareLoader.value, 'ms');
    report('start: bot on existing db → /healthz 200', median(health), 'ms', '≤ 5× bare', bareNode);
    report('start: bot on existing db → /healthz 200', median(health), 'ms', '≤ 5× bare', bareLoader);
    report('start: bot → ready (db open, all routes)', median(ready), 'ms', '', bareLoader);
    report('start: bot → first /healthz 200, before', BEFORE.startHealthMs, 'ms', '', { label: 'bare node then', value: BEFORE.startBareMs });
    report('serving RSS, samples, after workload (median)', median(memory.map((m) => m.rss)), 'MB', '≤ 350 MB', { label: 'before', value: BEFORE.rssSamples });
    report('serving peak RSS (VmHWM), samples (max)', Math.max(...memory.map((m) => m.peak)), 'MB', '≤ 350 MB', { label: 'before', value: BEFORE.peakSamples });

    // 10,000 agreements: built here, then served by a fresh process, as after a restart.
    const db = await openDatabase({ kind: 'pglite', dataDir: bigDir });
    const names = await seedCorpus(db, 10_000);
    const count = await db.prisma.agreement.count();
    await db.close();
    const big = await serveAndMeasure(bigDir, [names[0]!, names[names.length - 1]!]);
    report(`serving RSS, ${count} agreements, after workload`, big.memory.rss, 'MB', '≤ 450 MB', { label: 'before', value: BEFORE.rss10k });
    report(`serving peak RSS (VmHWM), ${count} agreements`, big.memory.peak, 'MB', '≤ 450 MB', { label: 'before', value: BEFORE.peak10k });
    report(`start: bot on ${count} agreements → ready`, big.readyMs, 'ms', '', bareLoader);
  } finally {
    rmSync(samplesDir, { recursive: true, force: true });
    rmSync(bigDir, { recursive: true, force: true });
  }
}
