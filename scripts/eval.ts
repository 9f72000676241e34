// npm run eval [file…]: answer quality on question files, on a fresh temporary PGlite holding every
// document (examples/documents, tests/fixtures/documents/dev|test, tests/fixtures/qa/documents), next to a
// plain BM25 baseline (MiniSearch, default tokenisation). Default files: tests/fixtures/eval/questions.json
// and every question file in tests/fixtures/qa/. Prints per split and per class. No model is used.
// EVAL_VERBOSE=1 lists the dev questions we get wrong (EVAL_VERBOSE=all: every split).
// EVAL_DOCS=dir1:dir2 adds document folders (e.g. material kept outside the repository for a blind check);
// EVAL_CORPUS=samples loads only examples/documents (plus EVAL_DOCS), as the given questions were written for.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { createQaService, type QaContext } from '../src/qa/qa-service.js';
import { MunicipalityMatcher } from '../src/qa/question/municipalities.js';
import { questionTokens } from '../src/qa/question/tokens.js';
import { createAgreementRepository } from '../src/storage/agreement-repository.js';
import { openDatabase } from '../src/storage/database.js';
import { createSearchStore } from '../src/storage/search-store.js';
import { loadSamples } from '../tests/helpers/load-samples.js';

interface Question {
  id: string;
  split?: string;
  class?: string;
  question: string;
  context?: string[];
  relevant: string[];
  acceptable?: string[];
  facts?: string[];
  unanswerable?: boolean;
  refusal?: string;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (...p: string[]) => path.resolve(repoRoot, ...p);
const DOCUMENT_DIRS = [
  ...(process.env.EVAL_CORPUS === 'samples'
    ? ['examples/documents']
    : ['examples/documents', 'tests/fixtures/documents/dev', 'tests/fixtures/documents/test', 'tests/fixtures/qa/documents']
  ).map((d) => at(d)),
  ...(process.env.EVAL_DOCS ?? '').split(':').filter(Boolean).map((d) => path.resolve(d)),
];
const qaDir = at('tests/fixtures/qa');
const defaults = [
  at('tests/fixtures/eval/questions.json'),
  ...readdirSync(qaDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => path.join(qaDir, f)),
];
const files = process.argv.length > 2 ? process.argv.slice(2).map((f) => path.resolve(f)) : defaults;
const questions: Question[] = files.flatMap((f) => {
  const parsed = JSON.parse(readFileSync(f, 'utf8')) as { questions?: Question[] };
  return (parsed.questions ?? []).map((q) => ({ ...q, split: q.split ?? 'given', class: q.class ?? 'unlabelled' }));
});
const verbose = process.env.EVAL_VERBOSE;

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-eval-'));
const db = await openDatabase({ kind: 'pglite', dataDir });
try {
  const agreements = createAgreementRepository(db);
  const qa = createQaService({ agreements, store: createSearchStore(db) });
  const failed: string[] = [];
  let documents = 0;
  for (const dir of DOCUMENT_DIRS.filter((d) => existsSync(d))) {
    documents += (await loadSamples(db, qa.indexer, dir, (file, err) => failed.push(`${file}: ${(err as Error).message}`))).length;
  }

  const all = await agreements.listAgreements();
  const mini = new MiniSearch({ fields: ['title', 'yearText', 'multiYearText', 'municipality'], storeFields: ['key', 'text', 'municipality'] });
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

  /** What a system answered: the agreements in order (cited first), the text, and what it cited. */
  type Run = { ranked: string[]; answer: string; cited: string[]; refused: boolean };
  const systems: Record<string, (q: Question) => Promise<Run>> = {
    ours: async (q) => {
      let context: QaContext | null = null;
      for (const earlier of q.context ?? []) context = (await qa.ask(earlier, { context })).context;
      const r = await qa.ask(q.question, { context, limit: 5 });
      const cited = r.citations.map((c) => `${c.municipality}#${c.number}`);
      const results = r.results.map((h) => `${h.municipality}#${h.number}`);
      return { ranked: [...new Set([...cited, ...results])], answer: r.answer, cited, refused: r.citations.length === 0 };
    },
    bm25: async (q) => {
      const hits = mini.search(q.question);
      const ranked = hits.slice(0, Math.max(5, q.relevant.length)).map((h) => String(h.key));
      return { ranked, answer: hits[0] ? String(hits[0].text) : '', cited: ranked.slice(0, 1), refused: hits.length === 0 };
    },
  };

  type Tally = { n: number; answerable: number; r1: number; r5: number; mrr: number; facts: number; factHits: number; refusals: number; refusalsRight: number; wrongMunicipality: number };
  const empty = (): Tally => ({ n: 0, answerable: 0, r1: 0, r5: 0, mrr: 0, facts: 0, factHits: 0, refusals: 0, refusalsRight: 0, wrongMunicipality: 0 });
  const tallies = new Map<string, Tally>();
  const tally = (system: string, split: string, cls: string) => {
    const k = `${system}|${split}|${cls}`;
    if (!tallies.has(k)) tallies.set(k, empty());
    return tallies.get(k)!;
  };
  const municipalityOf = (key: string) => key.split('#')[0]!;
  const refusalQuestion = (q: Question) => !!q.unanswerable || !!q.refusal || q.relevant.length === 0;
  const municipalities = new MunicipalityMatcher(await agreements.listMunicipalities());

  for (const [name, run] of Object.entries(systems)) {
    for (const q of questions) {
      const res = await run(q);
      const targets = [tally(name, q.split!, q.class!), tally(name, q.split!, 'all'), tally(name, 'all', 'all')];
      const refusal = refusalQuestion(q);
      const allowed = new Set([...q.relevant, ...(q.acceptable ?? [])].map(municipalityOf));
      // Another municipality is wrong when the question (or its thread) names one, or must be refused.
      const asksMunicipality = [q.question, ...(q.context ?? [])].some((text) => municipalities.find(questionTokens(text)).length > 0);
      const wrongMunicipality = (refusalQuestion(q) || asksMunicipality) && res.cited.some((k) => !allowed.has(municipalityOf(k)));
      const show = verbose && (verbose === 'all' || q.split === 'dev' || q.split === 'given') && name === 'ours';
      for (const t of targets) {
        t.n++;
        if (wrongMunicipality) t.wrongMunicipality++;
      }
      if (refusal) {
        for (const t of targets) {
          t.refusals++;
          if (res.refused) t.refusalsRight++;
        }
        if (show && !res.refused) console.log(`✗ ${q.id} [${q.class}] should be refused: ${q.question}\n    cited ${res.cited.join(' ')}`);
        continue;
      }
      const k = Math.max(5, q.relevant.length);
      const first = res.refused ? -1 : res.ranked.findIndex((x) => q.relevant.includes(x));
      const found = res.refused ? 0 : q.relevant.filter((x) => res.ranked.slice(0, k).includes(x)).length / q.relevant.length;
      const text = res.refused ? '' : res.answer.toLowerCase();
      const missed = (q.facts ?? []).filter((f) => !text.includes(f.toLowerCase()));
      for (const t of targets) {
        t.answerable++;
        if (first === 0) t.r1++;
        t.r5 += found;
        if (first >= 0) t.mrr += 1 / (first + 1);
        t.facts += q.facts?.length ?? 0;
        t.factHits += (q.facts?.length ?? 0) - missed.length;
      }
      if (show && (first !== 0 || missed.length || wrongMunicipality)) {
        console.log(`✗ ${q.id} [${q.class}] ${q.question}${q.context ? `  (after: ${q.context.join(' / ')})` : ''}`);
        console.log(`    want ${q.relevant.join(' ')}; got ${res.ranked.slice(0, 5).join(' ')}${missed.length ? `; missing facts ${missed.join(', ')}` : ''}${wrongMunicipality ? '; cites another municipality' : ''}`);
      }
    }
  }

  const f2 = (a: number, b: number) => (b ? (a / b).toFixed(2) : '–');
  const cells = (t: Tally) => [f2(t.r1, t.answerable), f2(t.r5, t.answerable), f2(t.mrr, t.answerable), f2(t.factHits, t.facts), `${t.refusalsRight}/${t.refusals}`, String(t.wrongMunicipality)];
  console.log(`${questions.length} questions (${files.map((f) => path.relative(repoRoot, f)).join(', ')})`);
  console.log(`${all.length} agreements from ${documents} documents${failed.length ? `; not ingested: ${failed.join('; ')}` : ''}`);
  console.log('Each cell: ours | bm25. R@5: share of the relevant agreements among the first five results (the first n for a');
  console.log('list of n > 5). refused: right when nothing is cited. wrong-mun: answers citing a municipality other than the');
  console.log('one the question (or its thread) names, or citing anything where a refusal is due.\n');
  const header = ['R@1', 'R@5', 'MRR', 'facts', 'refused', 'wrong-mun'];
  const splits = [...new Set(questions.map((q) => q.split!))].sort();
  for (const split of [...splits, ...(splits.length > 1 ? ['all'] : [])]) {
    const classes = split === 'all' ? ['all'] : ['all', ...[...new Set(questions.filter((q) => q.split === split).map((q) => q.class!))].sort()];
    console.log(`== ${split}`);
    console.log(`${'class'.padEnd(20)} ${'n'.padStart(4)} ${header.map((h) => h.padStart(13)).join(' ')}`);
    for (const cls of classes) {
      const ours = cells(tally('ours', split, cls));
      const bm25 = cells(tally('bm25', split, cls));
      console.log(`${cls.padEnd(20)} ${String(tally('ours', split, cls).n).padStart(4)} ${ours.map((v, i) => `${v} | ${bm25[i]}`.padStart(13)).join(' ')}`);
    }
    console.log('');
  }
} finally {
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
}
