/**
 * Start-up order with two instances on one empty PostgreSQL: the second must not run the start-up
 * catch-up while the first is still loading the sample documents and the directory (it used to, and the
 * week's digest "reached nobody" and was marked done). The first instance's loading is caught halfway:
 * one document stored, a large one and the directory still to come.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { createApp, SAMPLES_DIR, type App } from '../../src/main.js';
import { createTempPostgres, TEST_DATABASE_URL } from '../helpers/postgres.js';
import { silentLogger, sleep } from '../slack/harness.js';

const maybe = TEST_DATABASE_URL ? describe : describe.skip;

/** A long document (many agreements) so that loading the samples takes a while after the first one. */
function largeDocument(): string {
  const lines = ['Prestatieafspraken Grootstad 2025 t/m 2029', '', 'Thema Wonen', ''];
  for (let i = 1; i <= 400; i++) lines.push(`${i}. De gemeente Grootstad en de corporatie Woonstede bouwen samen ${i} sociale huurwoningen in wijk ${i}.`, '');
  return lines.join('\n');
}

maybe('start-up order with two instances on an empty PostgreSQL', () => {
  let temp: Awaited<ReturnType<typeof createTempPostgres>>;
  let samples: string;
  const apps: App[] = [];

  beforeAll(async () => {
    temp = await createTempPostgres();
    samples = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-samples-'));
    for (const f of readdirSync(SAMPLES_DIR)) copyFileSync(path.join(SAMPLES_DIR, f), path.join(samples, f));
    writeFileSync(path.join(samples, 'zz-grootstad.txt'), largeDocument());
  });
  afterAll(async () => {
    for (const app of apps) await app.close({ graceMs: 0 });
    await temp?.drop();
    rmSync(samples, { recursive: true, force: true });
  });

  it('starts the catch-up only after the other instance finished loading samples and directory', async () => {
    const config = loadConfig({ DATABASE_URL: temp.url, PORT: '0', LOG_LEVEL: 'silent', SAMPLE_DOCS_DIR: samples, WEEKLY_DIGEST_CRON: '* * * * *', JOB_LEASE_MS: '2000' });
    const [a, b] = [await createApp({ config, logger: silentLogger }), await createApp({ config, logger: silentLogger })];
    apps.push(a, b);
    const loadingA = a.loadSamplesIfEmpty();
    // A has stored its first document; the large one and the directory are still to come.
    for (let i = 0; i < 600 && (await b.db.prisma.document.count()) === 0; i++) await sleep(10);
    expect(await b.db.prisma.person.count()).toBe(0);
    await b.loadSamplesIfEmpty();
    await b.listen();
    await loadingA;
    await a.listen();

    const run = async () => b.db.prisma.jobRun.findFirst({ where: { job: 'weekly-digest', periodKey: { not: { contains: ':' } } } });
    for (let i = 0; i < 600 && (await run())?.status !== 'done'; i++) await sleep(50);
    expect((await run())?.status).toBe('done');
    // Both municipalities with coordinators got their digest; none was sent (and marked done) to nobody.
    const records = await b.db.prisma.digestRecord.findMany({ where: { kind: 'weekly' }, orderBy: { municipality: 'asc' } });
    expect(records.map((r) => r.municipality)).toEqual(['Almelo', 'Almere']);
    expect(await b.db.prisma.document.count()).toBe(3);
    expect(await b.db.prisma.person.count()).toBe(15);
  }, 180_000);
});
