/**
 * The real app (createApp) on a temporary embedded database with the Veenhoven test document and a small
 * directory (a coordinator, a reporter, a coordinator of another municipality). Nothing is stubbed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/config.js';
import type { Agreement } from '../../src/core/agreement.js';
import type { Clock, Logger } from '../../src/core/ports.js';
import { createApp, type App } from '../../src/main.js';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/review');
export const fixture = (name: string) => path.join(FIXTURES, name);
export const MUNICIPALITY = 'Veenhoven';

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** A clock the test moves forward, so who-did-what-when is checkable. */
export function steppingClock(start = '2026-12-01T09:00:00Z'): Clock & { advance(minutes: number): void } {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (m) => void (now += m * 60_000) };
}

export interface ReviewApp {
  app: App;
  dataDir: string;
  person(consoleId: string): Promise<NonNullable<Awaited<ReturnType<App['services']['directory']['findByChannelUser']>>>>;
  /** The Veenhoven agreement whose text contains `words` (titles may differ with the extractor; texts do not). */
  agreementWith(words: string): Promise<Agreement>;
  close(): Promise<void>;
}

export async function startReviewApp(opts: { clock?: Clock; env?: Record<string, string>; listen?: boolean } = {}): Promise<ReviewApp & { url: string }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-review-'));
  const config = loadConfig({ DATABASE_URL: `pglite:${dataDir}`, PORT: '0', HOST: '127.0.0.1', SCHEDULER_ENABLED: 'false', LOG_LEVEL: 'silent', ...opts.env });
  const app = await createApp({ config, logger: silentLogger, ...(opts.clock ? { clock: opts.clock } : {}) });
  try {
    const outcomes = await app.services.ingest([fixture('veenhoven-v1.txt'), fixture('elders.txt')]);
    if (!outcomes.every((o) => o.ok)) throw new Error(`test documents not ingested: ${JSON.stringify(outcomes)}`);
    await app.services.progress.importDirectory('directory.yaml', readFileSync(fixture('directory.yaml'), 'utf8'));
    const url = opts.listen ? (await app.listen()).url : '';
    return {
      app,
      dataDir,
      url,
      async person(consoleId) {
        const p = await app.services.directory.findByChannelUser('web', consoleId);
        if (!p) throw new Error(`no person ${consoleId}`);
        return p;
      },
      async agreementWith(words) {
        const all = await app.services.agreements.listAgreements({ municipality: MUNICIPALITY });
        const found = all.filter((a) => `${a.title} ${a.multiYearText}`.includes(words));
        if (found.length !== 1) throw new Error(`expected one agreement with "${words}", found ${found.map((a) => a.number).join(', ') || 'none'}`);
        return found[0]!;
      },
      async close() {
        await app.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await app.close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
}
