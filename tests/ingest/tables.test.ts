import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { readSample } from './support/sample-documents.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { openTempDb } from '../helpers/temp-db.js';

let db: Awaited<ReturnType<typeof openTempDb>>;
beforeAll(async () => {
  db = await openTempDb();
}, 60_000);
afterAll(async () => {
  await db?.cleanup();
});

const hash = (s: string) => createHash('sha256').update(s).digest('hex');

describe('tables inside agreements', () => {
  it('stores a production table below an agreement cell by cell, and its text for search', async () => {
    const text = readFileSync(path.resolve(import.meta.dirname, '../fixtures/ingest/layouts/afspraak-thema-trekker.txt'), 'utf8');
    const repo = createAgreementRepository(db);
    await repo.saveDocument(extractDocument(text, { sourceName: 'lindehout.txt' }), { sourceName: 'lindehout.txt', format: 'text', contentHash: hash(text) });

    const stored = await repo.getAgreement('Lindehout', '1.1');
    expect(stored?.tables).toEqual([
      { caption: 'De productie per corporatie', header: ['Corporatie', '2026', '2027'], rows: [['De Linde', '40', '55'], ['Woongroep Oosterhof', '24', '30']] },
    ]);
    expect(stored?.multiYearText).toContain('Woongroep Oosterhof: 2026 24, 2027 30.');
    expect((await repo.getAgreement('Lindehout', '1.2'))?.tables).toEqual([]);
  });

  it('reads a table nested in a table cell (the sample) into its header and rows, keeping the text as it was', () => {
    const name = 'almelo-prestatieafspraken-2022-2026-actieprogramma-2026.txt';
    const eight = extractDocument(readSample(name), { sourceName: name }).agreements.find((a) => a.number === '8')!;

    expect(eight.tables).toEqual([
      { caption: null, header: ['', 'Nultredenwoningen', 'Geclusterde woningen', 'Zorggeschikte woningen'], rows: [['Almelo', '480', '180', '170']] },
      { caption: 'Trendscenario', header: ['', 'Nultredenwoningen', 'Geclusterde woningen', 'Zorggeschikte woningen'], rows: [['Almelo', '240', '650', '150']] },
    ]);
    expect(eight.yearText).toContain('Almelo 480 180 170');
  });
});
