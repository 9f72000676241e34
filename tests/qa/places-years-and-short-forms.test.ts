import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { htmlToText } from '../../src/ingest/read-html.js';
import { createQaService, type QaService } from '../../src/qa/qa-service.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { createSearchStore } from '../../src/storage/search-store.js';
import { openTempDb } from '../helpers/temp-db.js';

// An invented text for a real municipality; Laren is one of its villages and also a municipality elsewhere.
const lochem = `Prestatieafspraken Lochem 2026-2027

Partijen: de gemeente Lochem, woningcorporatie Viverion en de Huurderskoepel Lochem, hierna: HKL.

A. Wonen

A1 Flexwoningen
De gemeente plaatst 18 flexwoningen op de voormalige gemeentewerf in Laren. De woningen blijven maximaal 15 jaar staan.

A2 Grondprijs
De gemeente levert bouwrijpe grond tegen een sociale grondprijs van € 22.000 per woning.

A3 Huurderspanel
De huurderskoepel richt in 2027 een digitaal huurderspanel op. Trekker: HKL

A4 Renovatie
Viverion renoveert 120 woningen in Lochem-Oost.

B. Betaalbaarheid

B1 Huurachterstand
Viverion meldt een huurachterstand na 30 dagen bij het Sociaal Team.
`;

// A multi-year text with a year appendix that repeats its numbers ("4.2" there is stored as "4.2b").
const coevorden = htmlToText(`<h1>Prestatieafspraken gemeente Coevorden 2025-2029</h1>
<p>Partijen: de gemeente Coevorden, Domesta en Huurdersvereniging Zuidoost-Drenthe.</p>
<h2>4 Leefbaarheid</h2>
<h3>Afspraak 4.2 Gebiedsteam</h3><p>In de wijk Coevorden-West werken gemeente en Domesta met een gebiedsteam.</p><p>Wie: gemeente, Domesta</p>
<h2>Bijlage 2 Jaarschijf 2026</h2>
<table><tr><th>Nr.</th><th>Afspraak</th><th>Resultaat 2026</th><th>Trekker</th></tr>
<tr><td>4.2</td><td>Gebiedsteam</td><td>Evaluatie van het gebiedsteam; besluit over voortzetting in september 2026</td><td>Gemeente</td></tr></table>`);

let db: Awaited<ReturnType<typeof openTempDb>>;
let qa: QaService;

beforeAll(async () => {
  db = await openTempDb();
  qa = createQaService({ agreements: createAgreementRepository(db), store: createSearchStore(db) });
  for (const [name, text] of [['lochem.txt', lochem], ['coevorden.html', coevorden]] as const) {
    const doc = extractDocument(text, { sourceName: name });
    const saved = await createAgreementRepository(db).saveDocument(doc, { sourceName: name, format: 'txt', contentHash: createHash('sha256').update(text).digest('hex') });
    await qa.indexer.indexDocument(saved.documentId);
  }
}, 60_000);
afterAll(async () => db?.cleanup());

describe('places, years and short forms in questions', () => {
  it('reads a village the texts name ("in Laren") as a place of that municipality, not as an absent municipality', async () => {
    const r = await qa.ask('Klopt het dat er in Laren vijftig flexwoningen komen?');
    expect(r.found).toBe(true);
    expect(r.citations[0]).toMatchObject({ municipality: 'Lochem', number: 'A1' });
    const absent = await qa.ask('Wat zijn de afspraken in Groningen?');
    expect(absent.found).toBe(false);
    expect(absent.answer).toMatch(/geen afspraken van Groningen/);
  });

  it('takes "Lochem A2 – …" as a reference and gives a trekker with the abbreviation the document uses', async () => {
    const ref = await qa.ask('Lochem A2 – wat kost dat per woning?');
    expect(ref.citations.map((c) => c.number)).toEqual(['A2']);
    expect(ref.answer).toContain('22.000');
    const lead = await qa.ask('Wie trekt A3 in Lochem?');
    expect(lead.answer).toContain('Huurderskoepel Lochem (HKL)');
  });

  it('lists a year\'s agreements for "Wat gebeurt er in 2027 in Lochem?", those naming the year first', async () => {
    const r = await qa.ask('Wat gebeurt er in 2027 in Lochem?');
    expect(r.found).toBe(true);
    expect(r.citations[0]).toMatchObject({ number: 'A3' });
    expect(r.answer).toMatch(/^In Lochem gelden 5 afspraken voor 2027/);
  });

  it('understands everyday words for the texts\' terms ("bouwkavel", "opgeknapt", "huur niet kan betalen")', async () => {
    expect((await qa.ask('Wat kost een bouwkavel voor sociale huur in Lochem?')).citations[0]).toMatchObject({ number: 'A2' });
    expect((await qa.ask('Hoeveel woningen worden in Lochem opgeknapt?')).citations[0]).toMatchObject({ number: 'A4' });
    expect((await qa.ask('Wat gebeurt er als ik mijn huur niet kan betalen in Lochem?')).citations[0]).toMatchObject({ number: 'B1' });
  });

  it('answers "voor 2026 … bij 4.2" with the year appendix\'s 4.2, and plain "4.2" with the multi-year one', async () => {
    const year = await qa.ask('Wat is er voor 2026 afgesproken bij 4.2 in Coevorden?');
    expect(year.citations.map((c) => c.number)).toEqual(['4.2b']);
    expect(year.answer).toContain('september 2026');
    expect((await qa.ask('Wat staat er in 4.2 van Coevorden?')).citations.map((c) => c.number)).toEqual(['4.2']);
  });
});

describe('names and words people use for them', () => {
  it('reads "Lochemer" as Lochem, and "wat kost" or "in de dorpen" as no topic of their own', async () => {
    for (const q of ['Wat kosten de Lochemer bouwkavels voor sociale huur?', 'Wat kost een bouwkavel in de Lochemse dorpen?']) {
      const r = await qa.ask(q);
      expect(r.found).toBe(true);
      expect(r.citations[0]).toMatchObject({ municipality: 'Lochem', number: 'A2' });
    }
  });
});
