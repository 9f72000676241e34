import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { createQaService, type QaService } from '../../src/qa/qa-service.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { createSearchStore } from '../../src/storage/search-store.js';
import { openTempDb } from '../helpers/temp-db.js';

// A production table as a PDF export leaves it after the last numbered paragraph: two header rows (group
// labels over years), section rows, and the totals pushed five columns past the header.
const T = '\t';
const row = (...cells: string[]) => cells.join(T);
const text = [
  'Prestatieafspraken Vaartbroek 2026-2029',
  '',
  'Gemeente Vaartbroek, Woonstichting Kanaalzicht en Huurdersraad Vaartbroek maken de volgende afspraken.',
  '',
  'Wonen',
  '',
  '1. Kanaalzicht bouwt in de looptijd minimaal 300 sociale huurwoningen.',
  '2. De gemeente levert tijdig bouwgrond voor de nieuwbouw van Kanaalzicht.',
  '3. Partijen overleggen twee keer per jaar over de voortgang van de afspraken.',
  '',
  row('Wijk', 'Project', 'Aantal', 'Oplevering woningen door Kanaalzicht', '', '', ''),
  row('', '', '', '2026', '2027', '2028', '2029'),
  row('Sociale huur', '', '', '2026', '2027', '2028', '2029'),
  row('Noord', 'Sluiskade', '80', '', '80', '', ''),
  row('Zuid', 'Lindehof', '60', '', '', '60', ''),
  row('totaal sociale huur', '', '', '', '', '', '', '', '', '', '45', '80', '60', '115'),
  row('Middenhuur', '', '', '2026', '2027', '2028', '2029'),
  row('Noord', 'Havenrand', '30', '', '', '30', ''),
  '',
  'Ondertekening',
  '',
  'Gemeente Vaartbroek',
].join('\n');

let db: Awaited<ReturnType<typeof openTempDb>>;
let qa: QaService;

beforeAll(async () => {
  db = await openTempDb();
  qa = createQaService({ agreements: createAgreementRepository(db), store: createSearchStore(db) });
  const doc = extractDocument(text, { sourceName: 'vaartbroek.txt' });
  const saved = await createAgreementRepository(db).saveDocument(doc, { sourceName: 'vaartbroek.txt', format: 'txt', contentHash: createHash('sha256').update(text).digest('hex') });
  await qa.indexer.indexDocument(saved.documentId);
}, 60_000);
afterAll(async () => db?.cleanup());

describe('a figures table after the last agreement', () => {
  it('is kept with the agreement above it, named by both header rows and its section rows, not as an agreement', () => {
    const doc = extractDocument(text, { sourceName: 'vaartbroek.txt' });
    expect(doc.agreements.map((a) => a.number)).toEqual(['1', '2', '3']);
    const table = doc.agreements[2]!.tables![0]!;
    expect(table.header[4]).toBe('Oplevering woningen door Kanaalzicht 2027');
    const total = table.rows.find((r) => r[0]!.includes('totaal'))!;
    // The totals the export pushed past the header sit under the years again.
    expect(total[0]).toBe('Sociale huur, totaal sociale huur');
    expect(total.slice(3, 7)).toEqual(['45', '80', '60', '115']);
    expect(table.rows.some((r) => r[0] === 'Middenhuur, Noord Havenrand')).toBe(true);
  });

  it('answers a number question by row and column even when the text ranks another agreement first', async () => {
    const r = await qa.ask('Hoeveel sociale huurwoningen levert Kanaalzicht in 2026 op?');
    expect(r.answer).toContain('Sociale huur, totaal sociale huur, Oplevering woningen door Kanaalzicht 2026: 45');
    expect(r.citations[0]).toMatchObject({ municipality: 'Vaartbroek', number: '3' });
  });

  it('does not answer from the table when its labels hold none of the question\'s topic', async () => {
    const r = await qa.ask('Hoeveel parkeerplaatsen legt Kanaalzicht in 2026 aan?');
    expect(r.answer).not.toContain('uit de tabel');
  });
});
