import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../src/core/agreement.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { openDatabase, type Db } from '../../src/storage/database.js';
import { createDigestStore } from '../../src/storage/digest-store.js';
import { storedSpellings, type MunicipalityTable } from '../../src/storage/municipality-match.js';
import { createTempPostgres, TEST_DATABASE_URL } from '../helpers/postgres.js';

function doc(municipality: string, title: string, version = 1): ExtractedDocument {
  return {
    municipality,
    title,
    period: { from: 2025, to: 2028 },
    actionYear: 2026,
    parties: [
      { name: `Gemeente ${municipality}`, kind: 'gemeente', aliases: ['Gemeente'] },
      { name: 'Woonstede', kind: 'corporatie', aliases: [] },
      // Named twice in one document: the last mention counts.
      { name: 'Woonstede', kind: 'corporatie', aliases: [`WS${version}`] },
    ],
    warnings: [],
    agreements: ['1', '2.1', 'A3'].map((number, i) => ({
      number,
      chapterNumber: 1,
      chapterTitle: 'Beschikbaarheid',
      kind: null,
      title: `Afspraak ${number} versie ${version}`,
      multiYearText: `Tekst ${number}`,
      yearText: '',
      responsible: ['Gemeente', 'Woonstede'],
      originalText: `${number}. Tekst ${number}`,
      targets:
        i === 1
          ? [
              { party: 'Woonstede', value: 22 + version, approximate: false, unit: 'woningen', verb: 'verkopen', sentence: 'Woonstede verkoopt woningen.' },
              { party: 'Gemeente', value: 5, approximate: true, unit: 'kavels', verb: 'leveren', sentence: 'De gemeente levert kavels.' },
            ]
          : [],
    })),
  };
}

const backends: Array<{ name: string; open: () => Promise<{ db: Db; cleanup: () => Promise<void> }> }> = [
  {
    name: 'PGlite',
    open: async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-municipality-'));
      const db = await openDatabase({ kind: 'pglite', dataDir: dir });
      return { db, cleanup: async () => (await db.close(), rmSync(dir, { recursive: true, force: true })) };
    },
  },
];
if (TEST_DATABASE_URL) {
  backends.push({
    name: 'PostgreSQL',
    open: async () => {
      const temp = await createTempPostgres();
      const db = await openDatabase({ kind: 'postgres', url: temp.url });
      return { db, cleanup: async () => (await db.close(), await temp.drop()) };
    },
  });
}

describe.each(backends)('municipality lookups and document storage on $name', ({ open }) => {
  let db: Db;
  let cleanup: () => Promise<void>;
  const repo = () => createAgreementRepository(db);

  beforeAll(async () => {
    ({ db, cleanup } = await open());
    await repo().saveDocument(doc('Almelo', 'Prestatieafspraken Almelo'), { sourceName: 'a.txt', format: 'txt', contentHash: 'a1' });
    await repo().saveDocument(doc('Súdwest-Fryslân', 'Prestatieafspraken SWF'), { sourceName: 's.txt', format: 'txt', contentHash: 's1' });
  });
  afterAll(async () => cleanup());

  it("finds a municipality's agreements in any case, in number order", async () => {
    const list = await repo().listAgreements({ municipality: 'ALMELO' });
    expect(list.map((a) => `${a.municipality} ${a.number}`)).toEqual(['Almelo 1', 'Almelo 2.1', 'Almelo A3']);
    expect((await repo().listAgreements({ municipality: 'súdwest-fryslân' })).map((a) => a.number)).toEqual(['1', '2.1', 'A3']);
    expect((await repo().getAgreement('almelo', '2.1'))?.title).toBe('Afspraak 2.1 versie 1');
  });

  it('treats % and _ in a name as letters, not as wildcards', async () => {
    expect(await repo().listAgreements({ municipality: 'Alm%' })).toEqual([]);
    expect(await repo().listAgreements({ municipality: 'Alm_lo' })).toEqual([]);
    expect(await repo().getAgreement('%', '1')).toBeNull();
  });

  it('gives the stored spelling of a municipality, or null', async () => {
    expect(await repo().findMunicipality('  almelo ')).toBe('Almelo');
    expect(await repo().findMunicipality('SÚDWEST-FRYSLÂN')).toBe('Súdwest-Fryslân');
    expect(await repo().findMunicipality('Zwolle')).toBeNull();
    expect(await repo().listMunicipalities()).toEqual(['Almelo', 'Súdwest-Fryslân']);
  });

  it('reads targets in document order and each party once, as last named', async () => {
    const [, second] = await repo().listAgreements({ municipality: 'Almelo' });
    expect(second!.targets.map((t) => [t.party, t.value, t.approximate, t.unit])).toEqual([
      ['Woonstede', 23, false, 'woningen'],
      ['Gemeente', 5, true, 'kavels'],
    ]);
    const parties = await createDigestStore(db).listParties('ALMELO');
    expect(parties.map((p) => [p.name, p.aliases]).sort()).toEqual([
      ['Gemeente Almelo', ['Gemeente']],
      ['Woonstede', ['WS1']],
    ]);
  });

  it('replaces a new version whole: agreements, their targets and the parties', async () => {
    const saved = await repo().saveDocument(doc('Almelo', 'Prestatieafspraken Almelo', 2), { sourceName: 'a.txt', format: 'txt', contentHash: 'a2' });
    expect(saved.status).toBe('replaced');
    const list = await repo().listAgreements({ municipality: 'Almelo' });
    expect(list.map((a) => a.title)).toEqual(['Afspraak 1 versie 2', 'Afspraak 2.1 versie 2', 'Afspraak A3 versie 2']);
    expect(list[1]!.targets.map((t) => t.value)).toEqual([24, 5]);
    expect(await db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM "Target"')).toEqual([{ n: 4 }]);
    expect((await createDigestStore(db).listParties('Almelo')).find((p) => p.name === 'Woonstede')?.aliases).toEqual(['WS2']);
  });

  it('can answer every case-insensitive municipality lookup from an index', async () => {
    const tables: MunicipalityTable[] = ['Agreement', 'Document', 'Party', 'Role', 'Meeting', 'ProgressCycle', 'ProgressReport', 'ProgressReportChange'];
    for (const table of tables) {
      const plan = await db.sql.transaction(async (tx) => {
        // The tables are tiny here; without this the planner would rightly read them whole.
        await tx.exec('SET LOCAL enable_seqscan = off');
        return tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN SELECT DISTINCT municipality FROM "${table}" WHERE lower(municipality) = lower('almelo')`);
      });
      expect(plan.map((r) => r['QUERY PLAN']).join('\n'), table).toContain(`${table}_lower_municipality_idx`);
    }
    expect(await storedSpellings(db.sql, 'Party', 'ALMELO')).toEqual(['Almelo']);
  });
});
