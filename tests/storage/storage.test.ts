import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../src/core/agreement.js';
import { DatabaseBusyError } from '../../src/core/errors.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { openDatabase, type Db } from '../../src/storage/database.js';
import { applyMigrations, readMigrations } from '../../src/storage/migrate.js';
import { createTempPostgres, TEST_DATABASE_URL } from '../helpers/postgres.js';

function sampleDoc(title = 'Prestatieafspraken Teststad 2025 t/m 2029', extra = ''): ExtractedDocument {
  return {
    municipality: 'Teststad',
    title,
    period: { from: 2025, to: 2029 },
    actionYear: null,
    parties: [
      { name: 'Gemeente Teststad', kind: 'gemeente', aliases: ['Gemeente'] },
      { name: 'Woonstede', kind: 'corporatie', aliases: [] },
    ],
    warnings: [],
    agreements: [1, 2, 3].map((n) => ({
      number: String(n),
      chapterNumber: null,
      chapterTitle: 'Beschikbaarheid',
      kind: null,
      title: `Afspraak ${n}${extra}`,
      multiYearText: `Tekst van afspraak ${n}${extra}`,
      yearText: '',
      responsible: ['Gemeente', 'Woonstede'],
      originalText: `${n}. Tekst van afspraak ${n}${extra}`,
      targets: n === 2 ? [{ party: 'Woonstede', value: 22, approximate: false, unit: 'woningen', verb: 'verkopen', sentence: 'Woonstede verkoopt 22 woningen.' }] : [],
    })),
  };
}

const backends: Array<{ name: string; open: () => Promise<{ db: Db; cleanup: () => Promise<void> }> }> = [
  {
    name: 'PGlite',
    open: async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-storage-'));
      const db = await openDatabase({ kind: 'pglite', dataDir: dir });
      return { db, cleanup: async () => { await db.close(); rmSync(dir, { recursive: true, force: true }); } };
    },
  },
];
if (TEST_DATABASE_URL) {
  backends.push({
    name: 'PostgreSQL',
    open: async () => {
      const temp = await createTempPostgres();
      const db = await openDatabase({ kind: 'postgres', url: temp.url });
      return { db, cleanup: async () => { await db.close(); await temp.drop(); } };
    },
  });
} else {
  it.skip('PostgreSQL storage tests (TEST_DATABASE_URL is not set; .ci/run sets it)', () => {});
}

describe.each(backends)('storage on $name', ({ open }) => {
  let db: Db;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ db, cleanup } = await open());
  });
  afterAll(async () => cleanup());

  it('records every migration once and is a no-op the second time', async () => {
    const rows = await db.sql.query<{ name: string }>('SELECT name FROM "_afsprakenbot_migrations" ORDER BY name');
    expect(rows.map((r) => r.name)).toEqual(readMigrations().map((m) => m.name));
    expect(await applyMigrations(db.sql)).toEqual([]);
  });

  it('rolls back a failing migration entirely', async () => {
    const bad = [{ name: '99999999999999_broken', sql: 'CREATE TABLE "half_done" (id int); SELECT * FROM no_such_table;' }];
    await expect(applyMigrations(db.sql, bad)).rejects.toThrow();
    const tables = await db.sql.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'");
    expect(tables).toHaveLength(0);
    const recorded = await db.sql.query('SELECT 1 FROM "_afsprakenbot_migrations" WHERE name = $1', ['99999999999999_broken']);
    expect(recorded).toHaveLength(0);
  });

  it('stores a document once, keeps it unchanged for the same hash and replaces a new version', async () => {
    const repo = createAgreementRepository(db);
    const first = await repo.saveDocument(sampleDoc(), { sourceName: 'a.txt', format: 'text', contentHash: 'h1' });
    expect(first.status).toBe('created');
    const again = await repo.saveDocument(sampleDoc(), { sourceName: 'a.txt', format: 'text', contentHash: 'h1' });
    expect(again).toEqual({ status: 'unchanged', documentId: first.documentId });
    const replaced = await repo.saveDocument(sampleDoc(undefined, ' (herzien)'), { sourceName: 'a.txt', format: 'text', contentHash: 'h2' });
    expect(replaced.status).toBe('replaced');
    expect(await repo.countAgreements()).toBe(3);
    const two = await repo.getAgreement('teststad', '2');
    expect(two?.title).toBe('Afspraak 2 (herzien)');
    expect(two?.targets).toEqual([expect.objectContaining({ party: 'Woonstede', value: 22, unit: 'woningen' })]);
    expect((await repo.listDocuments())[0]).toMatchObject({ municipality: 'Teststad', agreementCount: 3, period: { from: 2025, to: 2029 } });
  });

  it('supports Dutch full-text search', async () => {
    const rows = await db.sql.query<{ v: string }>("SELECT to_tsvector('dutch', 'huurwoningen verkopen')::text AS v");
    expect(rows[0]!.v).toContain('verkop');
  });
});

describe('embedded database lock', () => {
  it('refuses a second opener of the same data folder with a clear Dutch message', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-lock-'));
    const db = await openDatabase({ kind: 'pglite', dataDir: dir });
    try {
      const { spawnSync } = await import('node:child_process');
      const child = spawnSync(process.execPath, ['bin/afsprakenbot.js', 'agreements', '--db', dir], { encoding: 'utf8' });
      expect(child.status).not.toBe(0);
      expect(child.stderr).toMatch(/in gebruik door een ander proces/);
      expect(DatabaseBusyError.name).toBe('DatabaseBusyError');
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('embedded database folder', () => {
  it.skipIf(process.platform === 'win32')('is readable by its owner only, also when it existed with looser rights', async () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-perm-'));
    const fresh = path.join(parent, 'nieuw');
    const old = path.join(parent, 'oud');
    mkdirSync(old, { mode: 0o755 });
    chmodSync(old, 0o755);
    try {
      for (const dir of [fresh, old]) {
        const db = await openDatabase({ kind: 'pglite', dataDir: dir });
        await db.close();
        expect((statSync(dir).mode & 0o777).toString(8)).toBe('700');
        expect((statSync(path.join(dir, 'pgdata')).mode & 0o077).toString(8)).toBe('0');
      }
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
