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
  it('gives a table of figures between agreement tables to the agreement that points to it, not to the rows around it', () => {
    const row = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const head = row('Nr', 'Actie 2026', 'Trekker', 'Gereed');
    const text = [
      'Uitvoeringsagenda Wolderwijk 2026',
      'Gemeente Wolderwijk, Woonpunt Wolder en Huurdersbond Wolder',
      '1. Bouwen',
      `<table>${head}${row('1', '<p>Bouwprogramma</p><p>Partijen houden de aantallen in onderstaande tabel aan.</p>', 'Gemeente', 'Q1 2026')}${row('2', '<p>Grond</p><p>De gemeente levert twee kavels.</p>', 'Gemeente', 'Q3 2026')}</table>`,
      'Tabel 1 Opleveringen per corporatie',
      `<table>${row('Corporatie', '2026', '2027')}${row('Woonpunt Wolder', '120', '90')}${row('Totaal', '120', '90')}</table>`,
      '2. Betalen',
      `<table>${head}${row('3', '<p>Huurbeleid</p><p>Woonpunt Wolder matigt de huurverhoging.</p>', 'Woonpunt Wolder', 'Q2 2026')}</table>`,
    ].join('\n\n');
    const doc = extractDocument(text, { sourceName: 'wolderwijk.txt' });
    expect(doc.agreements.map((a) => a.number)).toEqual(['1', '2', '3']);
    expect(doc.agreements[0]!.tables).toEqual([
      { caption: 'Tabel 1 Opleveringen per corporatie', header: ['Corporatie', '2026', '2027'], rows: [['Woonpunt Wolder', '120', '90'], ['Totaal', '120', '90']] },
    ]);
    expect(doc.agreements[1]!.tables ?? []).toEqual([]);
    expect(doc.agreements[1]!.responsible).toEqual(['Gemeente']);
  });

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
