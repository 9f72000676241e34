// Child process of the search benchmark: opens an existing 10k database the way a running bot does
// (no initdb), answers the questions it is given, and prints latency and peak memory as JSON.
import { readFileSync } from 'node:fs';
import { createQaService } from '../../src/qa/qa-service.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { openDatabase } from '../../src/storage/database.js';
import { createSearchStore } from '../../src/storage/search-store.js';

const [dataDir, questionsFile] = process.argv.slice(2) as [string, string];
const questions = JSON.parse(readFileSync(questionsFile, 'utf8')) as string[];
let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const timer = setInterval(sample, 20);
const db = await openDatabase({ kind: 'pglite', dataDir });
const qa = createQaService({ agreements: createAgreementRepository(db), store: createSearchStore(db) });
const times: number[] = [];
for (const q of questions) {
  const t = performance.now();
  await qa.ask(q);
  times.push(performance.now() - t);
  sample();
}
clearInterval(timer);
await db.close();
const sorted = [...times].sort((a, b) => a - b);
const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
process.stdout.write(JSON.stringify({ p50: at(50), p95: at(95), peakRss: peak }) + '\n');
