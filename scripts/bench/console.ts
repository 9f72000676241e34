// Web console latency: 200 questions through POST /api/console/messages on the real app (createApp) with the
// sample documents and example directory, no model, over loopback. Reports p50/p95 of message → reply.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config/config.js';
import { createApp } from '../../src/main.js';
import type { Report } from '../bench.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const COUNT = 200;
const WARMUP = 10;

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}

/** The eval questions (../shared/eval) when present, else a few fixed ones; repeated up to COUNT. */
function questions(): string[] {
  let base = ['Hoeveel woningen gaat Sint Joseph in 2026 verkopen?', 'wat spraken we af over verduurzaming?', 'Wat doet Ymere aan middenhuur in Almere?'];
  try {
    const file = path.resolve(repoRoot, '../shared/eval/questions.json');
    const parsed = (JSON.parse(readFileSync(file, 'utf8')) as { questions: Array<{ question: string }> }).questions.map((q) => q.question);
    if (parsed.length) base = parsed;
  } catch {
    // No shared eval set on this machine: the fixed questions do.
  }
  return Array.from({ length: COUNT + WARMUP }, (_, i) => base[i % base.length]!);
}

export default async function run(report: Report): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-bench-console-'));
  const app = await createApp({
    config: loadConfig({ DATABASE_URL: `pglite:${dataDir}`, PORT: '0', HOST: '127.0.0.1', SCHEDULER_ENABLED: 'false', LOG_LEVEL: 'error' }),
  });
  try {
    await app.loadSamplesIfEmpty();
    const { url } = await app.listen();
    const users = ['sj-sanne', 'bw-anna', 'almelo-coord', 'gast'];
    // Who asks lives in a session (the local user picker), as for a browser on this computer.
    const cookies = await Promise.all(
      users.map(async (user) => {
        const res = await fetch(`${url}/api/console/session`, { method: 'POST', headers: { 'content-type': 'application/json', origin: url }, body: JSON.stringify({ user }) });
        return res.headers.getSetCookie()[0]!.split(';')[0]!;
      }),
    );
    const times: number[] = [];
    let failures = 0;
    let found = 0;
    const qs = questions();
    for (let i = 0; i < qs.length; i++) {
      const started = performance.now();
      const res = await fetch(`${url}/api/console/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: url, cookie: cookies[i % users.length]! },
        body: JSON.stringify({ text: qs[i] }),
      });
      const body = (await res.json()) as { replies?: Array<{ citations?: unknown[] }> };
      const ms = performance.now() - started;
      if (i < WARMUP) continue;
      if (!res.ok) failures++;
      if (body.replies?.some((r) => r.citations?.length)) found++;
      times.push(ms);
    }
    report('console questions (after warm-up)', times.length);
    report('console reply latency p50', percentile(times, 50), 'ms');
    report('console reply latency p95', percentile(times, 95), 'ms', '< 100 ms');
    report('console reply latency max', Math.max(...times), 'ms');
    report('answers with a citation', found);
    report('failed requests', failures, '', '0');
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
