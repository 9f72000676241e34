// Ingest benchmark: the two samples, and 300 synthetic documents made by varying them
// (municipality, title and numbers changed), each into a fresh embedded database; and the storing alone
// (saveDocument of the 300 extracted documents, without reading, extracting or indexing).
// "before" figures: the same benchmark on the code before batched inserts (bench-support/before.ts).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Report } from '../bench.js';
import { loadConfig } from '../../src/config/config.js';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { readDocument } from '../../src/ingest/read-document.js';
import { createApp, SAMPLES_DIR } from '../../src/main.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { openDatabase } from '../../src/storage/database.js';
import { BEFORE } from '../bench-support/before.js';

function peakTracker() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  return { stop: () => (clearInterval(timer), Math.max(peak, process.memoryUsage().rss)) };
}

async function timeIngest(files: string[]) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-bench-'));
  const app = await createApp({ config: { ...loadConfig({ DATABASE_URL: `pglite:${dataDir}`, SCHEDULER_ENABLED: 'false' }), logLevel: 'silent' } });
  const mem = peakTracker();
  const t0 = performance.now();
  const outcomes = await app.services.ingest(files);
  const ms = performance.now() - t0;
  const peak = mem.stop();
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
  return { ms, peak, failed: outcomes.filter((o) => !o.ok).length, agreements: outcomes.reduce((n, o) => n + (o.ok ? o.agreements : 0), 0) };
}

/** Reads and extracts every file first, then times only the repository writing them to a fresh database. */
async function timeStore(files: string[]) {
  const docs = [];
  for (const file of files) {
    const data = readFileSync(file);
    const { text, format } = await readDocument({ name: path.basename(file), data });
    docs.push({ doc: extractDocument(text, { sourceName: path.basename(file) }), format, hash: createHash('sha256').update(data).digest('hex'), file });
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-bench-store-'));
  const db = await openDatabase({ kind: 'pglite', dataDir });
  const repo = createAgreementRepository(db);
  const t0 = performance.now();
  for (const d of docs) await repo.saveDocument(d.doc, { sourceName: path.basename(d.file), format: d.format, contentHash: d.hash });
  const ms = performance.now() - t0;
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
  return { ms, agreements: docs.reduce((n, d) => n + d.doc.agreements.length, 0) };
}

export default async function run(report: Report) {
  const samples = readdirSync(SAMPLES_DIR).map((f) => path.join(SAMPLES_DIR, f));
  const s = await timeIngest(samples);
  report('samples: ingest time (2 documents, once started)', s.ms, 'ms', '< 1000 ms', { label: 'before', value: BEFORE.ingestSamplesMs });
  report('samples: agreements', s.agreements);

  const dir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-synth-'));
  const texts = samples.map((f) => readFileSync(f, 'utf8'));
  const names = ['Almelo', 'Almere'];
  const files: string[] = [];
  for (let i = 0; i < 300; i++) {
    const base = i % texts.length;
    const town = `Synthstad${i}`;
    // A different municipality per document; numbers shifted so no two documents are identical.
    const text = texts[base]!.replaceAll(names[base]!, town).replaceAll(names[base]!.toUpperCase(), town.toUpperCase()).replace(/\b(\d{2,3}) woningen/g, (_m, n: string) => `${Number(n) + i} woningen`);
    const file = path.join(dir, `doc-${i}.txt`);
    writeFileSync(file, text);
    files.push(file);
  }
  const b = await timeIngest(files);
  const stored = await timeStore(files);
  rmSync(dir, { recursive: true, force: true });
  report('synthetic: ingest time (300 documents)', b.ms / 1000, 's', '< 60 s', { label: 'before', value: BEFORE.ingest300S });
  report(`synthetic: storing alone (saveDocument, ${stored.agreements} agreements)`, stored.ms / 1000, 's', '', { label: 'before', value: BEFORE.store300S });
  report('synthetic: agreements stored', b.agreements);
  report('synthetic: failed documents', b.failed);
  report('peak RSS during ingest', b.peak / 2 ** 20, 'MB');
}
