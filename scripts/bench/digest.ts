// Digest build time on PGlite: one municipality with 60 agreements × 5 parties, and 342 municipalities.
// "before" figures: the same benchmark on the code before indexed municipality lookups (bench-support/before.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExtractedDocument } from '../../src/core/agreement.js';
import type { Notifier } from '../../src/core/people.js';
import { createDigestService } from '../../src/digests/digest-service.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { openDatabase } from '../../src/storage/database.js';
import { createDigestStore } from '../../src/storage/digest-store.js';
import { createMeetingStore } from '../../src/storage/meeting-store.js';
import type { Report } from '../bench.js';
import { BEFORE } from '../bench-support/before.js';

const PARTIES = ['Gemeente', 'Corporatie A', 'Corporatie B', 'Huurders A', 'Huurders B'];
const STATUSES = ['op-schema', 'risico', 'vertraagd', 'gereed', 'niet-gestart', 'nvt'];

function doc(municipality: string): ExtractedDocument {
  return {
    municipality,
    title: `Prestatieafspraken ${municipality}`,
    period: { from: 2025, to: 2028 },
    actionYear: null,
    parties: [],
    warnings: [],
    agreements: Array.from({ length: 60 }, (_, i) => ({
      number: String(i + 1),
      chapterNumber: (i % 6) + 1,
      chapterTitle: `Thema ${(i % 6) + 1}`,
      kind: null,
      title: `Afspraak ${i + 1}`,
      multiYearText: '',
      yearText: '',
      responsible: PARTIES,
      originalText: '',
      targets: i % 4 === 0 ? [{ party: 'Corporatie A', value: 30, approximate: false, unit: 'woningen', verb: 'bouwen', sentence: '' }] : [],
    })),
  };
}

export default async function run(report: Report) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-bench-digest-'));
  const db = await openDatabase({ kind: 'pglite', dataDir: dir });
  try {
    const municipalities = Array.from({ length: 342 }, (_, i) => `Gemeente${String(i).padStart(3, '0')}`);
    const repo = createAgreementRepository(db);
    const t0 = performance.now();
    // One document through the repository; the rest by bulk SQL copy so seeding stays short.
    await repo.saveDocument(doc(municipalities[0]!), { sourceName: 'b', format: 'text', contentHash: 'h0' });
    await db.sql.exec(`
      INSERT INTO "Document" (id, municipality, title, "sourceName", format, "periodFrom", "periodTo", parties, "contentHash", warnings)
      SELECT gen_random_uuid()::text, 'Gemeente' || lpad(g::text, 3, '0'), 'Prestatieafspraken ' || g, 'b', 'text', 2025, 2028, '{}', 'h' || g, '{}'
      FROM generate_series(1, 341) g;
      INSERT INTO "Agreement" (id, "documentId", municipality, number, "chapterNumber", "chapterTitle", title, "multiYearText", "yearText", responsible, "originalText", "periodFrom", "periodTo")
      SELECT gen_random_uuid()::text, d.id, d.municipality, a.number, a."chapterNumber", a."chapterTitle", a.title, '', '', a.responsible, '', 2025, 2028
      FROM "Document" d CROSS JOIN (SELECT * FROM "Agreement" WHERE municipality = 'Gemeente000') a WHERE d.municipality <> 'Gemeente000';
      INSERT INTO "Target" (id, "agreementId", party, value, unit, verb, sentence)
      SELECT gen_random_uuid()::text, a.id, 'Corporatie A', 30, 'woningen', 'bouwen', '' FROM "Agreement" a WHERE a.municipality <> 'Gemeente000' AND a.number::int % 4 = 1;
    `);
    const statusList = STATUSES.map((s) => `'${s}'`).join(',');
    await db.sql.exec(`
      INSERT INTO "ProgressReport" (id, municipality, quarter, number, party, status, note, realised, "updatedBy", "updatedAt")
      SELECT gen_random_uuid()::text, m.municipality, '2026-Q1', n, p, (ARRAY[${statusList}])[1 + (n + length(p)) % 6], 'toelichting', n, 'bench', now()
      FROM (SELECT DISTINCT municipality FROM "Document") m, generate_series(1, 60) n, unnest(ARRAY['${PARTIES.join("','")}']) p
      WHERE (n + length(p)) % 5 <> 0;
      INSERT INTO "ProgressReportChange" (id, municipality, quarter, number, party, status, note, realised, "changedBy", "changedAt")
      SELECT gen_random_uuid()::text, municipality, quarter, number, party, status, note, realised, 'bench', '2026-03-12T10:00:00Z' FROM "ProgressReport";
    `);
    report('seed 342 × 60 agreements × 5 parties', performance.now() - t0, 'ms');

    const now = new Date('2026-03-16T07:00:00Z');
    const notifier: Notifier = {
      notify: async () => ({ delivered: true, channels: ['web'], failures: [] }),
      post: async () => ({ delivered: true, channels: ['slack'], failures: [] }),
    };
    const service = createDigestService({ store: createDigestStore(db), meetings: createMeetingStore(db), agreements: repo, notifier, clock: { now: () => now } });
    await service.build(municipalities[0]!, 'weekly', now); // warm up
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      await service.build(municipalities[i]!, 'meeting', now);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    report('build one municipality (median of 10)', times[5]!, 'ms', '< 200 ms', { label: 'before', value: BEFORE.digestOneMs });
    const t1 = performance.now();
    for (const m of municipalities) await service.build(m, 'weekly', now);
    report('build 342 municipalities', (performance.now() - t1) / 1000, 's', '< 30 s', { label: 'before', value: BEFORE.digestAllS });
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
