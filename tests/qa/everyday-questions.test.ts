import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAgreementNumber } from '../../src/core/agreement.js';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { htmlToText } from '../../src/ingest/read-html.js';
import { createQaService, type QaService } from '../../src/qa/qa-service.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { createSearchStore } from '../../src/storage/search-store.js';
import { openTempDb } from '../helpers/temp-db.js';

// Invented documents; "Capelle aan den IJssel" and "Krimpen aan den IJssel" are real names, the texts are not.
const capelle = `Prestatieafspraken Capelle aan den IJssel 2026

Partijen: gemeente Capelle aan den IJssel, Rivierstede Groep en Huurderskoepel Capelle.

1 Voorraad

1.1 Toekomst complex Vlinderhof
Rivierstede besluit in 2026 over sloop of renovatie van de 136 galerijwoningen in complex Vlinderhof.

1.2 Energielabels
Rivierstede heeft eind 2028 geen woningen meer met een D-label; nu zijn dat er ongeveer 400.

1.3 Tuinen
De gemeente legt in de wijk Oostgaarde 14 geveltuinen aan.

1.4 Woningsplitsing
De gemeente past het beleid voor woningsplitsing aan zodat grote eengezinswoningen twee woningen kunnen worden.

1.5 Vocht en schimmel
Rivierstede pakt meldingen over schimmel binnen 10 werkdagen op.

1.6 Toewijzing
Van de vrijkomende woningen gaat 20% naar urgent woningzoekenden.

1.7 Overleg
Alle partijen zitten drie keer per jaar bij elkaar in het bestuurlijk overleg. De gemeente zit het overleg voor.
`;
const krimpen = `<h1>Prestatieafspraken Krimpen aan den IJssel 2026-2027</h1>
<p>Partijen: de gemeente Krimpen aan den IJssel, Stichting Lekkerkerk Wonen en Huurdersraad Lek.</p>
<h2>II Betaalbaarheid</h2>
<h3>II.1 Huurbevriezing</h3><p>Lekkerkerk Wonen bevriest de huur van huishoudens met een laag inkomen.</p>
<h3>II.2 Servicekosten</h3><p>Lekkerkerk Wonen beperkt de stijging van de servicekosten tot 5% per jaar.</p>
<h2>III Leefbaarheid</h2>
<table><tr><th>Nr.</th><th>Afspraak</th><th>Trekker</th></tr>
<tr><td>III.1</td><td>Plaatsing van 20 flexwoningen aan de Kerkdreef.</td><td>Lekkerkerk Wonen</td></tr>
<tr><td>III.2</td><td>De gemeente wijst een tweede locatie voor flexwoningen aan.</td><td>gemeente</td></tr>
<tr><td>III.3</td><td>De gemeente en de huurdersraad komen twee keer per jaar samen in het bestuurlijk overleg.</td><td>gemeente</td></tr></table>`;

let db: Awaited<ReturnType<typeof openTempDb>>;
let qa: QaService;

beforeAll(async () => {
  db = await openTempDb();
  qa = createQaService({ agreements: createAgreementRepository(db), store: createSearchStore(db) });
  for (const [name, text] of [['capelle.txt', capelle], ['krimpen.html', htmlToText(krimpen)]] as const) {
    const doc = extractDocument(text, { sourceName: name });
    const saved = await createAgreementRepository(db).saveDocument(doc, { sourceName: name, format: 'txt', contentHash: createHash('sha256').update(text).digest('hex') });
    await qa.indexer.indexDocument(saved.documentId);
  }
}, 60_000);
afterAll(async () => db?.cleanup());

describe('questions as people type them', () => {
  it('does not refuse over an everyday word the texts lack ("straks", "pakt")', async () => {
    const r = await qa.ask('Hoeveel woningen hebben nu nog een D-label, en hoeveel mogen dat er straks nog zijn?');
    expect(r.citations[0]).toMatchObject({ municipality: 'Capelle aan den IJssel', number: '1.2' });
    // Answered as found, not as "the closest" to a topic word the texts lack.
    expect(r.answer).not.toMatch(/Ik vond geen afspraak/);
  });

  it('knows "Capelle" for Capelle aan den IJssel and a compound with another head ("galerijflats")', async () => {
    const r = await qa.ask('Gaan ze in Capelle oude galerijflats platgooien?');
    expect(r.citations[0]).toMatchObject({ municipality: 'Capelle aan den IJssel', number: '1.1' });
    // A word no text holds, in a compound of no known first part, is still unknown.
    const none = await qa.ask('Komen er in Capelle meer hondenuitlaatplaatsen?');
    expect(none.found).toBe(false);
  });

  it('finds references in Roman numbering ("Krimpen II.2", a table row "III.2") and parses measure numbers ("3.1.a")', async () => {
    expect((await qa.ask('Krimpen aan den IJssel II.2: wat is daar afgesproken?')).citations[0]).toMatchObject({ number: 'II.2' });
    expect((await qa.ask('Wie is trekker van III.2 in Krimpen?')).citations[0]).toMatchObject({ number: 'III.2' });
    expect(['II.2', '3.1.a', 'A-1', 'A 1'].map(parseAgreementNumber)).toEqual(['II.2', '3.1.a', 'A-1', 'A1']);
  });

  it('reads no organisation across two sentences ("label F. Gaat …")', async () => {
    const r = await qa.ask('Mijn huis heeft label F. Gaat Rivierstede dat aanpakken?');
    expect(r.answer).not.toMatch(/geen partij/);
    expect(r.citations[0]).toMatchObject({ number: '1.2' });
  });

  it('understands separable verbs and compounds the texts write otherwise ("opsplitsen", "vrijgekomen", "schimmelklacht")', async () => {
    expect((await qa.ask('Wie gaat in Capelle over het opsplitsen van grote woningen?')).citations[0]).toMatchObject({ number: '1.4' });
    const share = await qa.ask('Welk deel van de vrijgekomen woningen gaat in Capelle naar urgenten?');
    expect(share.citations[0]).toMatchObject({ number: '1.6' });
    expect(share.answer).not.toMatch(/Ik vond geen afspraak/);
    const mould = await qa.ask('Hoe snel wordt een schimmelklacht in Capelle opgepakt?');
    expect(mould.found).toBe(true);
    expect(mould.citations[0]).toMatchObject({ number: '1.5' });
  });

  it('gives the best of each municipality a comparison names, though one text shares fewer of its words', async () => {
    const r = await qa.ask('Hoe vaak zitten de partijen om tafel in Capelle vergeleken met Krimpen?');
    expect(r.citations.map((c) => `${c.municipality} ${c.number}`)).toEqual(['Capelle aan den IJssel 1.7', 'Krimpen aan den IJssel III.3']);
    expect(r.answer).toMatch(/drie keer[\s\S]*twee keer/);
  });
});
