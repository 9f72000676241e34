// Search and ask (no model) latency on the samples and on a synthetic corpus of ≥10,000 agreements made
// by copying the samples under other municipality names with shifted numbers; index build time; peak RSS.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractedDocument } from '../../src/core/agreement.js';
import { createQaService, type QaService } from '../../src/qa/qa-service.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { openDatabase } from '../../src/storage/database.js';
import { createSearchStore } from '../../src/storage/search-store.js';
import { loadSamples } from '../../tests/helpers/load-samples.js';
import type { Report } from '../bench.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TARGET = 10_000;

let peak = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peak = Math.max(peak, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}

function questions(municipalities: string[]): string[] {
  const file = path.resolve(repoRoot, 'tests/fixtures/eval/questions.json');
  const base = (JSON.parse(readFileSync(file, 'utf8')) as { questions: Array<{ question: string }> }).questions.map((q) => q.question);
  const out: string[] = [];
  for (let i = 0; out.length < 500; i++) {
    const q = base[i % base.length]!;
    const m = municipalities[i % municipalities.length]!;
    out.push(i % 3 === 0 ? q.replace(/\?$/, ` in ${m}?`) : q);
  }
  return out;
}

async function latency(report: Report, label: string, qa: QaService, qs: string[]): Promise<void> {
  const s: number[] = [];
  const a: number[] = [];
  for (const q of qs) {
    let t = performance.now();
    await qa.search(q);
    s.push(performance.now() - t);
    t = performance.now();
    await qa.ask(q);
    a.push(performance.now() - t);
    sample();
  }
  report(`${label}: search p50`, percentile(s, 50), 'ms');
  report(`${label}: search p95`, percentile(s, 95), 'ms', label.includes('10k') ? '< 50 ms' : '');
  report(`${label}: ask p50`, percentile(a, 50), 'ms');
  report(`${label}: ask p95`, percentile(a, 95), 'ms', label.includes('10k') ? '< 50 ms' : '');
}

function variant(doc: ExtractedDocument, i: number): ExtractedDocument {
  const municipality = `${doc.municipality}-${String(i).padStart(3, '0')}`;
  const shift = (t: string) => t.replace(/\b(\d{2,3})\b(?!\d)/g, (n) => String(Number(n) + (i % 7)));
  return {
    ...doc,
    municipality,
    title: `${doc.title} (${municipality})`,
    parties: doc.parties.map((p) => ({ ...p, name: p.name.replace(doc.municipality, municipality) })),
    agreements: doc.agreements.map((a) => ({ ...a, yearText: shift(a.yearText), multiYearText: shift(a.multiYearText) })),
  };
}

export default async function run(report: Report): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-bench-'));
  // Creating a fresh PGlite database (initdb in WASM) grows the WASM heap far beyond what running one
  // needs, and WASM memory never shrinks. A deployment creates its folder once and then opens it, so the
  // bench does the same and reports creation apart.
  const created = await openDatabase({ kind: 'pglite', dataDir });
  const m = process.memoryUsage();
  const createRss = m.rss;
  const createExternal = m.external;
  await created.close();
  const db = await openDatabase({ kind: 'pglite', dataDir });
  const interval = setInterval(sample, 50);
  try {
    const agreements = createAgreementRepository(db);
    const qa = createQaService({ agreements, store: createSearchStore(db) });
    const docs = await loadSamples(db, qa.indexer);
    const sampleMunicipalities = docs.map((d) => d.municipality);
    await latency(report, 'samples', qa, questions(sampleMunicipalities));

    const perRound = docs.reduce((n, d) => n + d.agreements.length, 0);
    const rounds = Math.ceil((TARGET - perRound) / perRound);
    const names: string[] = [];
    let t = performance.now();
    for (let i = 1; i <= rounds; i++) {
      for (const d of docs) {
        const v = variant(d, i);
        names.push(v.municipality);
        await agreements.saveDocument(v, { sourceName: `${v.municipality}.txt`, format: 'txt', contentHash: `${v.municipality}` });
      }
      sample();
    }
    report('synthetic corpus: store', (performance.now() - t) / 1000, 's');
    report('synthetic corpus: agreements', await agreements.countAgreements());
    t = performance.now();
    await qa.reindexAll();
    report('10k: index build (analyse + write + GIN)', (performance.now() - t) / 1000, 's', '< 10 s');
    const tenK = questions([...sampleMunicipalities, ...names.slice(0, 20)]);
    await latency(report, '10k', qa, tenK);
    sample();
    // Serving memory: a fresh process opens the finished 10k database, as the bot does after its first start.
    await db.close();
    const qFile = path.join(dataDir, 'questions.json');
    writeFileSync(qFile, JSON.stringify(tenK));
    const served = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts/bench-support/search-serve.ts'), dataDir, qFile], { encoding: 'utf8' }),
    ) as { p50: number; p95: number; peakRss: number };
    report('10k served by a fresh process: ask p95', served.p95, 'ms', '< 50 ms');
    report('10k served by a fresh process: peak rss', served.peakRss / 2 ** 20, 'MB', '< 500 MB');
    report('rss after creating the database (PGlite initdb)', createRss / 2 ** 20, 'MB');
    report('  of which outside the JS heap (PGlite WASM)', createExternal / 2 ** 20, 'MB');
    report('peak rss of this process (creation, 10k store, reindex)', peak / 2 ** 20, 'MB');
    report('peak JS heap (our code, Prisma)', peakHeap / 2 ** 20, 'MB');
  } finally {
    clearInterval(interval);
    await db.close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
