// Child process of the search benchmark: opens an existing database the way a running bot does (no
// initdb), builds the index, answers the questions it is given, and prints latency and peak memory as JSON.
import { readFileSync } from 'node:fs';
import { createQaService } from '../../src/qa/qa-service.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { openDatabase } from '../../src/storage/database.js';
import { createSearchStore } from '../../src/storage/search-store.js';

const [target, questionsFile] = process.argv.slice(2) as [string, string];
const questions = JSON.parse(readFileSync(questionsFile, 'utf8')) as string[];
let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const timer = setInterval(sample, 20);
const db = await openDatabase(target.startsWith('postgres') ? { kind: 'postgres', url: target } : { kind: 'pglite', dataDir: target });
const qa = createQaService({ agreements: createAgreementRepository(db), store: createSearchStore(db) });
const t0 = performance.now();
await qa.sync();
const buildMs = performance.now() - t0;
const search: number[] = [];
const ask: number[] = [];
for (const q of questions) {
  let t = performance.now();
  await qa.search(q);
  search.push(performance.now() - t);
  t = performance.now();
  await qa.ask(q);
  ask.push(performance.now() - t);
  sample();
}
clearInterval(timer);
sample();
qa.close();
await db.close();
const at = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;
process.stdout.write(JSON.stringify({ buildMs, searchP95: at(search, 95), askP95: at(ask, 95), askP50: at(ask, 50), peakRss: peak }) + '\n');
