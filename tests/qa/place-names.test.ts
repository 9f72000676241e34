import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { createQaService, type QaService } from '../../src/qa/qa-service.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { createSearchStore } from '../../src/storage/search-store.js';
import { openTempDb } from '../helpers/temp-db.js';

const text = `Prestatieafspraken Spijkdam 2026

Gemeente Spijkdam, Woonstichting Deltahaven en Huurdersvereniging Deltahaven maken de volgende afspraken.

Wonen

1. Woonstichting Deltahaven sloopt in 2028 120 portiekwoningen in Maaswijk-Oost. Het sociaal plan is vóór 1 december 2026 klaar.
2. De gemeente levert bouwgrond voor 80 woningen in Spijkdam-Noord.
`;

let db: Awaited<ReturnType<typeof openTempDb>>;
let qa: QaService;

beforeAll(async () => {
  db = await openTempDb();
  qa = createQaService({ agreements: createAgreementRepository(db), store: createSearchStore(db) });
  const doc = extractDocument(text, { sourceName: 'spijkdam.txt' });
  const saved = await createAgreementRepository(db).saveDocument(doc, { sourceName: 'spijkdam.txt', format: 'txt', contentHash: createHash('sha256').update(text).digest('hex') });
  await qa.indexer.indexDocument(saved.documentId);
}, 60_000);
afterAll(async () => db?.cleanup());

describe('a place name written with a hyphen', () => {
  it('is no unknown organisation when the texts hold it', async () => {
    const r = await qa.ask('Voor wanneer moet het sociaal plan voor de sloop in Maaswijk-Oost klaar zijn?');
    expect(r.found).toBe(true);
    expect(r.citations[0]).toMatchObject({ municipality: 'Spijkdam', number: '1' });
  });

  it('an organisation-like name no text holds is still unknown', async () => {
    const r = await qa.ask('Wat moet Woonbron Noord in Spijkdam doen?');
    expect(r.found).toBe(false);
    expect(r.answer).toMatch(/Woonbron Noord/);
  });
});
