// Search speed at 1k, 10k and 50k agreements on the embedded database and (with TEST_DATABASE_URL or
// BENCH_DATABASE_URL) on PostgreSQL: p95 of 200 Dutch questions for our in-memory index next to MiniSearch
// BM25, MiniSearch with Dutch stop words and a naive substring scan over the same texts, in the same run;
// the growth 1k → 10k → 50k; the index build; the event-loop delay while the index is rebuilt at 50k; the
// peak memory of a fresh serving process at 10k. BENCH_SIZES=1000,10000 runs fewer sizes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { ExtractedDocument } from '../../src/core/agreement.js';
import { createQaService, type QaService } from '../../src/qa/qa-service.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { openDatabase, type Db } from '../../src/storage/database.js';
import { createSearchStore } from '../../src/storage/search-store.js';
import { createTempPostgres } from '../../tests/helpers/postgres.js';
import type { Report } from '../bench.js';
import { miniSearchDefault, miniSearchStopWords, substringScan, type Baseline, type BenchText } from '../bench-support/baselines.js';
import { growTo, templates } from '../bench-support/synthetic-corpus.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const QUESTIONS = 200;
const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

const p = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((q / 100) * xs.length))] ?? 0;

/** The question files' questions, a third of them aimed at one of the corpus's municipalities. */
function questions(municipalities: string[], offset = 0): string[] {
  const dirs = [path.join(repoRoot, 'tests/fixtures/eval'), path.join(repoRoot, 'tests/fixtures/qa')];
  const base = [
    ...new Set(
      dirs.flatMap((d) =>
        readdirSync(d)
          .filter((f) => f.endsWith('.json'))
          .flatMap((f) => ((JSON.parse(readFileSync(path.join(d, f), 'utf8')) as { questions?: Array<{ question: string }> }).questions ?? []).map((q) => q.question)),
      ),
    ),
  ];
  return Array.from({ length: QUESTIONS }, (_, i) => {
    const q = base[(i * 7 + offset) % base.length]!;
    return (i + offset) % 3 === 0 ? `${q.replace(/[?.!]*$/, '')} in ${municipalities[(i * 13 + offset) % municipalities.length]}?` : q;
  });
}

/**
 * Times every system on every question, the systems taking turns per question, so a busy moment on a
 * shared machine costs them alike. A warm-up round with other questions (the same questions aimed at
 * other municipalities) comes first and is not counted.
 */
async function timeInTurns(qs: string[], warmUp: string[], systems: Record<string, (q: string) => unknown>): Promise<{ wall: Record<string, number[]>; cpu: Record<string, number[]> }> {
  const wall: Record<string, number[]> = Object.fromEntries(Object.keys(systems).map((k) => [k, []]));
  const cpu: Record<string, number[]> = Object.fromEntries(Object.keys(systems).map((k) => [k, []]));
  for (const [i, q] of [...warmUp, ...qs].entries()) {
    for (const [name, run] of Object.entries(systems)) {
      const c = process.cpuUsage();
      const t = performance.now();
      await run(q);
      const used = process.cpuUsage(c);
      if (i < warmUp.length) continue;
      wall[name]!.push(performance.now() - t);
      // CPU time of this process: what the question costs, without the waits a shared machine adds.
      cpu[name]!.push((used.user + used.system) / 1000);
    }
  }
  return { wall, cpu };
}

async function texts(db: Db): Promise<BenchText[]> {
  return db.sql.query<BenchText>('SELECT id, title, "yearText", "multiYearText" FROM "Agreement"');
}

interface Row {
  db: string;
  size: number;
  ours: number;
  ask: number;
  baselines: Record<string, number>;
  cpuOurs: number;
  cpuBaselines: Record<string, number>;
}

/** Grows one database through the sizes and measures each; returns the table rows. */
async function runOn(label: string, db: Db, target: string, report: Report, tpl: ExtractedDocument[]): Promise<Row[]> {
  const rows: Row[] = [];
  const state = { next: 0, count: 0 };
  const names: string[] = [];
  let qa: QaService = createQaService({ agreements: createAgreementRepository(db), store: createSearchStore(db) });
  for (const size of SIZES) {
    let t = performance.now();
    names.push(...(await growTo(db, tpl, size, state)));
    report(`${label} ${size}: store corpus (bulk insert)`, (performance.now() - t) / 1000, 's');
    t = performance.now();
    const heapBefore = process.memoryUsage().heapUsed;
    await qa.reindexAll();
    report(`${label} ${state.count}: index build (read + analyse + pack)`, (performance.now() - t) / 1000, 's');
    report(`${label} ${state.count}: index heap growth`, (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20, 'MB');
    const qs = questions(names);
    const corpus = await texts(db);
    const built: Baseline[] = [substringScan, miniSearchDefault, miniSearchStopWords].map((make) => make(corpus));
    const times = await timeInTurns(qs, questions(names, 1).slice(0, 100), {
      ours: (q) => qa.search(q),
      ask: (q) => qa.ask(q),
      ...Object.fromEntries(built.map((b) => [b.name, (q: string) => b.search(q)])),
    });
    const ours = times.wall.ours!;
    const ask = times.wall.ask!;
    const baselines: Record<string, number> = Object.fromEntries(built.map((b) => [b.name, p(times.wall[b.name]!, 95)]));
    const cpuBaselines: Record<string, number> = Object.fromEntries(built.map((b) => [b.name, p(times.cpu[b.name]!, 95)]));
    rows.push({ db: label, size: state.count, ours: p(ours, 95), ask: p(ask, 95), baselines, cpuOurs: p(times.cpu.ours!, 95), cpuBaselines });
    report(`${label} ${state.count}: search p50 / p95`, `${p(ours, 50).toFixed(1)} / ${p(ours, 95).toFixed(1)}`, 'ms', size === 10_000 ? '< 50 ms' : '');
    report(`${label} ${state.count}: ask p95 (no model)`, p(ask, 95), 'ms');
    for (const [name, v] of Object.entries(baselines)) report(`${label} ${state.count}: ${name} p95`, v, 'ms');

    if (size === 10_000 && label === 'pglite') {
      // Serving memory: a fresh process opens the 10k database, builds the index and answers.
      qa.close();
      await db.close();
      const qFile = path.join(os.tmpdir(), `bench-questions-${process.pid}.json`);
      writeFileSync(qFile, JSON.stringify(qs));
      const served = JSON.parse(
        execFileSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts/bench-support/search-serve.ts'), target, qFile], { encoding: 'utf8' }),
      ) as { buildMs: number; searchP95: number; askP95: number; peakRss: number };
      rmSync(qFile, { force: true });
      report(`${label} 10k fresh process: index build at start`, served.buildMs / 1000, 's');
      report(`${label} 10k fresh process: search p95 / ask p95`, `${served.searchP95.toFixed(1)} / ${served.askP95.toFixed(1)}`, 'ms');
      report(`${label} 10k fresh process: peak rss`, served.peakRss / 2 ** 20, 'MB', '≤ 450 MB');
      db = await openDatabase({ kind: 'pglite', dataDir: target });
      qa = createQaService({ agreements: createAgreementRepository(db), store: createSearchStore(db) });
      await qa.sync();
    }
    if (size === SIZES[SIZES.length - 1]) {
      // The event loop's delay while only questions come, as the baseline for the same during a rebuild.
      const idle = monitorEventLoopDelay({ resolution: 5 });
      idle.enable();
      const idleStart = performance.now();
      for (let i = 0; performance.now() - idleStart < 5_000; i++) {
        await qa.search(qs[i % qs.length]!);
        await new Promise((r) => setImmediate(r));
      }
      idle.disable();
      report(`${label} ${state.count}: event-loop delay p99 / max, questions only (5 s)`, `${(idle.percentile(99) / 1e6).toFixed(1)} / ${(idle.max / 1e6).toFixed(1)}`, 'ms');
      // A full rebuild while questions keep coming: how long does any of them, or the event loop, wait?
      const delay = monitorEventLoopDelay({ resolution: 5 });
      delay.enable();
      let done = false;
      const started = performance.now();
      const rebuild = qa.reindexAll().then(() => (done = true));
      const during: number[] = [];
      for (let i = 0; !done; i++) {
        const t0 = performance.now();
        await qa.search(qs[i % qs.length]!);
        during.push(performance.now() - t0);
        await new Promise((r) => setImmediate(r));
      }
      await rebuild;
      delay.disable();
      report(`${label} ${state.count}: rebuild while answering, rebuild time`, (performance.now() - started) / 1000, 's');
      report(`${label} ${state.count}: questions answered during the rebuild`, during.length);
      report(`${label} ${state.count}: search p95 / max during the rebuild`, `${p(during, 95).toFixed(1)} / ${Math.max(...during).toFixed(1)}`, 'ms');
      report(`${label} ${state.count}: event-loop delay p99 / max during the rebuild`, `${(delay.percentile(99) / 1e6).toFixed(1)} / ${(delay.max / 1e6).toFixed(1)}`, 'ms', 'no wait on a reload');
    }
  }
  qa.close();
  await db.close();
  return rows;
}

function printTable(rows: Row[]): void {
  const names = Object.keys(rows[0]?.baselines ?? {});
  console.log(`\n  p95 in ms, ${QUESTIONS} questions, systems taking turns per question (ratio: ours ÷ baseline; aim < 1 vs substring scan, ≤ 1.5 vs MiniSearch + stop words)`);
  for (const [title, ours, base] of [
    ['wall clock', (r: Row) => r.ours, (r: Row) => r.baselines],
    ['CPU time of the process', (r: Row) => r.cpuOurs, (r: Row) => r.cpuBaselines],
  ] as const) {
    console.log(`  ${title}`);
    console.log(`  ${'db'.padEnd(8)} ${'agreements'.padStart(10)} ${'ours'.padStart(7)} ${names.map((n) => n.padStart(24)).join('')}`);
    for (const r of rows) {
      const cells = names.map((n) => `${base(r)[n]!.toFixed(1)} (${(ours(r) / base(r)[n]!).toFixed(2)}×)`.padStart(24)).join('');
      console.log(`  ${r.db.padEnd(8)} ${String(r.size).padStart(10)} ${ours(r).toFixed(1).padStart(7)} ${cells}`);
    }
  }
  for (const db of [...new Set(rows.map((r) => r.db))]) {
    const mine = rows.filter((r) => r.db === db);
    const growth = (f: (r: Row) => number) => mine.map((r) => f(r).toFixed(1)).join(' → ');
    console.log(`  growth on ${db}: ours ${growth((r) => r.ours)} ms; ${names.map((n) => `${n} ${growth((r) => r.baselines[n]!)}`).join('; ')}`);
  }
}

export default async function run(report: Report): Promise<void> {
  const tpl = await templates([path.join(repoRoot, 'examples/documents'), path.join(repoRoot, 'tests/fixtures/qa/documents')]);
  const rows: Row[] = [];
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-bench-'));
  try {
    // Create the embedded database once, apart: initdb's memory never returns, and a deployment opens an existing folder.
    await (await openDatabase({ kind: 'pglite', dataDir })).close();
    rows.push(...(await runOn('pglite', await openDatabase({ kind: 'pglite', dataDir }), dataDir, report, tpl)));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (postgresUrl) {
    process.env.TEST_DATABASE_URL ??= postgresUrl;
    const temp = await createTempPostgres();
    try {
      rows.push(...(await runOn('postgres', await openDatabase({ kind: 'postgres', url: temp.url }), temp.url, report, tpl)));
    } finally {
      await temp.drop();
    }
  } else report('postgres', 'skipped (set TEST_DATABASE_URL or BENCH_DATABASE_URL)');
  printTable(rows);
}
