import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { createQaService, type QaService } from '../../src/qa/qa-service.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { createSearchStore } from '../../src/storage/search-store.js';
import { openTempDb } from '../helpers/temp-db.js';

// An invented text for a real municipality whose name has two parts; its corporation is named after another
// municipality (Middelburg, which has no agreements here), and a tenants' organisation after the place itself.
const text = `Prestatieafspraken Noord-Beveland 2026-2029

Deze afspraken zijn gemaakt tussen de gemeente Noord-Beveland, de Middelburgse Woonstichting (hierna: MWS) en de huurdersorganisaties Huurdersvereniging Kortgene (hierna: de Huurdersvereniging) en Bewonersraad Zeeland Noord-Beveland (hierna: de Bewonersraad).

1 Duurzaamheid

1.1 De Middelburgse Woonstichting isoleert in 2026 tachtig woningen in Wissenkerke tot label B.
1.2 De gemeente geeft huurders een energiecoach. Trekker: Gemeente

2 Toewijzing

2.1 Partijen wijzen ten hoogste 20% van de vrijkomende woningen toe aan urgenten. De Bewonersraad denkt mee over de voorrangsregels.
2.2 MWS bouwt 40 woningen voor ouderen in Colijnsplaat.
`;

let db: Awaited<ReturnType<typeof openTempDb>>;
let qa: QaService;

beforeAll(async () => {
  db = await openTempDb();
  qa = createQaService({ agreements: createAgreementRepository(db), store: createSearchStore(db) });
  const doc = extractDocument(text, { sourceName: 'noord-beveland.txt' });
  const saved = await createAgreementRepository(db).saveDocument(doc, { sourceName: 'noord-beveland.txt', format: 'txt', contentHash: createHash('sha256').update(text).digest('hex') });
  await qa.indexer.indexDocument(saved.documentId);
}, 60_000);
afterAll(async () => db?.cleanup());

describe('places inside names', () => {
  it('lists a party named after a bracketed short form of the one before it ("(hierna: de Huurdersvereniging) en Bewonersraad …")', () => {
    const doc = extractDocument(text, { sourceName: 'noord-beveland.txt' });
    const names = doc.parties.map((p) => p.name);
    expect(names).toContain('Bewonersraad Zeeland Noord-Beveland');
    // A tenants' organisation named after a corporation and the place goes by no shorter name.
    const bewonersraad = doc.parties.find((p) => p.name === 'Bewonersraad Zeeland Noord-Beveland')!;
    expect(bewonersraad.aliases).not.toContain('Zeeland Noord-Beveland');
    expect(bewonersraad.aliases).not.toContain('Bewonersraad Zeeland');
  });

  it('reads a corporation named after another town as that corporation, not as an absent municipality', async () => {
    const r = await qa.ask('Wat doet de Middelburgse Woonstichting aan isolatie?');
    expect(r.found).toBe(true);
    expect(r.citations[0]).toMatchObject({ municipality: 'Noord-Beveland', number: '1.1' });
  });

  it('reads the adjective of a two-part municipality ("Noord-Bevelandse")', async () => {
    const r = await qa.ask('Hoeveel ouderenwoningen bouwen de Noord-Bevelandse corporaties?');
    expect(r.found).toBe(true);
    expect(r.citations[0]).toMatchObject({ municipality: 'Noord-Beveland', number: '2.2' });
  });

  it('finds a party whose name holds the municipality, and keeps the municipality as the place', async () => {
    const r = await qa.ask('Waarover denkt de Bewonersraad Zeeland Noord-Beveland mee?');
    expect(r.found).toBe(true);
    expect(r.citations.map((c) => c.number)).toContain('2.1');
  });

  it('shows a party\'s only agreement whole when asked what it must arrange ("regelen")', async () => {
    const r = await qa.ask('Wat moet de Bewonersraad Zeeland Noord-Beveland zelf regelen?');
    expect(r.citations.map((c) => c.number)).toEqual(['2.1']);
    expect(r.answer).toMatch(/één afspraak/);
    expect(r.answer).toContain('20%');
  });

  it('reads "maximum" as the text\'s "ten hoogste"', async () => {
    const r = await qa.ask('Wat is het maximum voor urgenten in Noord-Beveland?');
    expect(r.found).toBe(true);
    expect(r.citations[0]).toMatchObject({ number: '2.1' });
  });
});
