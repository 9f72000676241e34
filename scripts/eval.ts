// npm run eval [file…]: retrieval and answer quality on tests/fixtures/eval/questions.json (plus any files
// given), on a fresh temporary PGlite with the sample documents ingested, next to a plain BM25 baseline
// (MiniSearch, default tokenisation). No model is used unless EVAL_WITH_MODEL=1 and OPENAI_* are set.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { createQaService } from '../src/qa/qa-service.js';
import { createAgreementRepository } from '../src/storage/agreement-repository.js';
import { openDatabase } from '../src/storage/database.js';
import { createSearchStore } from '../src/storage/search-store.js';
import { loadSamples } from '../tests/helpers/load-samples.js';

interface Question {
  id: string;
  question: string;
  relevant: string[];
  acceptable?: string[];
  facts?: string[];
  unanswerable?: boolean;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const files = [path.resolve(repoRoot, 'tests/fixtures/eval/questions.json'), ...process.argv.slice(2).map((f) => path.resolve(f))];
const questions: Question[] = files.flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { questions: Question[] }).questions);
const verbose = process.env.EVAL_VERBOSE === '1';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-eval-'));
const db = await openDatabase({ kind: 'pglite', dataDir });
try {
  const agreements = createAgreementRepository(db);
  const qa = createQaService({ agreements, store: createSearchStore(db) });
  await loadSamples(db, qa.indexer);

  const all = await agreements.listAgreements();
  const mini = new MiniSearch({ fields: ['title', 'yearText', 'multiYearText', 'municipality'], storeFields: ['key', 'text'] });
  mini.addAll(
    all.map((a) => ({
      id: a.id,
      key: `${a.municipality}#${a.number}`,
      title: a.title,
      yearText: a.yearText,
      multiYearText: a.multiYearText,
      municipality: a.municipality,
      text: `${a.title}\n${a.yearText}\n${a.multiYearText}`,
    })),
  );

  type Run = { ranked: string[]; answer: string; found: boolean; citations: number };
  const systems: Record<string, (q: string) => Promise<Run>> = {
    ours: async (q) => {
      const r = await qa.ask(q, { limit: 5 });
      return { ranked: r.results.map((h) => `${h.municipality}#${h.number}`), answer: r.answer, found: r.found, citations: r.citations.length };
    },
    bm25: async (q) => {
      const hits = mini.search(q).slice(0, 5);
      return {
        ranked: hits.map((h) => String(h.key)),
        answer: hits[0] ? String(hits[0].text) : '',
        found: hits.length > 0,
        citations: hits.length ? 1 : 0,
      };
    },
  };

  const figures: Record<string, Record<string, string>> = {};
  for (const [name, run] of Object.entries(systems)) {
    let answerable = 0, r1 = 0, r5 = 0, mrr = 0, facts = 0, factHits = 0, unans = 0, notFound = 0;
    for (const q of questions) {
      const res = await run(q.question);
      const unanswerable = q.unanswerable || q.relevant.length === 0;
      if (unanswerable) {
        unans++;
        const ok = !res.found && res.citations === 0;
        if (ok) notFound++;
        if (verbose && !ok) console.log(`[${name}] ${q.id} should be not found: ${res.ranked.join(' ')}`);
        continue;
      }
      answerable++;
      const rel = new Set(q.relevant);
      if (res.found && rel.has(res.ranked[0] ?? '')) r1++;
      if (res.found && q.relevant.every((k) => res.ranked.includes(k))) r5++;
      const first = res.found ? res.ranked.findIndex((k) => rel.has(k)) : -1;
      if (first >= 0) mrr += 1 / (first + 1);
      // A not-found answer echoes the question, so its words must not count as facts.
      const text = res.found ? res.answer.toLowerCase() : "";
      for (const f of q.facts ?? []) {
        facts++;
        if (text.includes(f.toLowerCase())) factHits++;
        else if (verbose) console.log(`[${name}] ${q.id} misses fact "${f}"`);
      }
      if (verbose && (first !== 0 || !res.found)) console.log(`[${name}] ${q.id} rank ${first + 1} found=${res.found}: ${res.ranked.join(' ')} (want ${q.relevant.join(' ')})`);
    }
    const pct = (a: number, b: number) => (b ? (a / b).toFixed(3) : 'n/a');
    figures[name] = {
      'recall@1': pct(r1, answerable),
      'recall@5': pct(r5, answerable),
      MRR: pct(mrr, answerable),
      'fact accuracy': pct(factHits, facts),
      'not found (unanswerable)': `${notFound}/${unans}`,
    };
  }
  console.log(`${questions.length} questions (${files.map((f) => path.basename(f)).join(', ')}), ${all.length} agreements\n`);
  console.log(`${'metric'.padEnd(28)} ${'ours'.padStart(10)} ${'bm25'.padStart(10)}`);
  for (const metric of Object.keys(figures.ours!)) {
    console.log(`${metric.padEnd(28)} ${figures.ours![metric]!.padStart(10)} ${figures.bm25![metric]!.padStart(10)}`);
  }
} finally {
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
}
