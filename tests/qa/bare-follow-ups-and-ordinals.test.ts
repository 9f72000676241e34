import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAgreementNumber } from '../../src/core/agreement.js';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { findNumberMentions } from '../../src/qa/question/reference.js';
import { createQaService, type QaService } from '../../src/qa/qa-service.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { createSearchStore } from '../../src/storage/search-store.js';
import { openTempDb } from '../helpers/temp-db.js';

// An invented text for an invented municipality.
const text = `Prestatieafspraken Essenburg 2026-2029

Partijen: de gemeente Essenburg, Woonstichting Esdonk en Huurdersvereniging De Linde.

1 Beschikbaarheid

1.1 Esdonk verbouwt het oude postkantoor aan de Markt tot 12 studio's voor jongeren.
1.2 De gemeente wijst een locatie aan voor 15 tijdelijke woningen.

2 Betaalbaarheid

2.1 Esdonk houdt de huurverhoging gelijk aan de inflatie.
2.2 De gemeente en Esdonk zetten samen een geldcoach in voor huurders met betalingsproblemen.
2.3 Esdonk meldt een huurachterstand binnen tien werkdagen bij het sociaal team.
2.4 Huurdersvereniging De Linde ontvangt van Esdonk een jaarlijkse bijdrage van € 6.000.

3 Duurzaamheid

3.1 Esdonk begint een renovatie in bewoonde woningen pas als 70% van de huurders heeft ingestemd.
3.2 Bij een geschil over deze afspraken schakelen partijen eerst een onafhankelijke bemiddelaar in.
3.4 Esdonk vervangt in de wijk Markdorp 60 keukens.
3.3 Meldingen van vocht en schimmel worden binnen 10 werkdagen bekeken. Esdonk registreert alle meldingen in één systeem en rapporteert elk kwartaal aan de gemeente. Bij ernstige klachten volgt binnen een maand een plan van aanpak. Een onafhankelijk bureau controleert elk jaar een steekproef van de afgehandelde meldingen. De uitkomsten worden besproken in het bestuurlijk overleg van het najaar. Huurdersvereniging De Linde houdt twee avonden over ventileren. Trekker: Esdonk
`;

// A second invented municipality with an agreement on the same topic.
const other = `Prestatieafspraken Veldzicht 2026

Partijen: de gemeente Veldzicht en Woonstichting Veldhuis.

1 Kwaliteit

1.1 Veldhuis pakt vocht en schimmel in badkamers binnen 5 werkdagen aan.
1.2 Veldhuis huisvest in 2026 30 vergunninghouders.
`;

let db: Awaited<ReturnType<typeof openTempDb>>;
let qa: QaService;

beforeAll(async () => {
  db = await openTempDb();
  qa = createQaService({ agreements: createAgreementRepository(db), store: createSearchStore(db) });
  for (const [name, body] of [['essenburg.txt', text], ['veldzicht.txt', other]] as const) {
    const doc = extractDocument(body, { sourceName: name });
    const saved = await createAgreementRepository(db).saveDocument(doc, { sourceName: name, format: 'txt', contentHash: createHash('sha256').update(body).digest('hex') });
    await qa.indexer.indexDocument(saved.documentId);
  }
}, 60_000);
afterAll(async () => db?.cleanup());

describe('bare follow-ups, places in a chapter and everyday words', () => {
  it('answers "wie doet dat?" about the previous answer', async () => {
    const first = await qa.ask('Hoeveel studio\'s komen er in het oude postkantoor in Essenburg?');
    expect(first.citations[0]).toMatchObject({ number: '1.1' });
    const next = await qa.ask('wie doet dat?', { context: first.context });
    expect(next.found).toBe(true);
    expect(next.citations[0]).toMatchObject({ number: '1.1' });
    expect(next.answer).toContain('Esdonk');
  });

  it('reads "de derde afspraak onder Betaalbaarheid" as the third agreement of that chapter', async () => {
    const r = await qa.ask('Wat houdt de derde afspraak onder Betaalbaarheid in Essenburg in?');
    expect(r.citations.map((c) => c.number)).toEqual(['2.3']);
  });

  it('understands words the text does not use: geldzaken, subsidie, akkoord, verbouwen, ruzie, grondig', async () => {
    const cases: Array<[string, string]> = [
      ['Komt er in Essenburg iemand die huurders helpt met hun geldzaken?', '2.2'],
      ['Hoeveel subsidie krijgt De Linde?', '2.4'],
      ['Hoeveel bewoners moeten akkoord gaan voordat Esdonk hun complex grondig gaat verbouwen?', '3.1'],
      ['Wat gebeurt er in Essenburg als partijen ruzie krijgen over de afspraken?', '3.2'],
    ];
    for (const [question, number] of cases) {
      const r = await qa.ask(question);
      expect(r.found, question).toBe(true);
      expect(r.citations.slice(0, 3).map((c) => c.number), question).toContain(number);
    }
  });

  it('quotes the sentence that names the party asked about ("Wat moet De Linde doen aan …?")', async () => {
    const r = await qa.ask('Wat moet De Linde doen aan vocht en schimmel?');
    expect(r.citations[0]).toMatchObject({ number: '3.3' });
    expect(r.answer).toContain('ventileren');
  });

  it('places a question in the municipality whose texts name its village or district ("in Markdorp")', async () => {
    const r = await qa.ask('Mijn badkamer in Markdorp zit onder de schimmel. Hoe snel komt de huisbaas?');
    expect(r.citations[0]).toMatchObject({ municipality: 'Essenburg' });
    expect(r.citations.map((c) => c.municipality)).not.toContain('Veldzicht');
  });

  it('understands "verblijfsvergunning" and "beoogde" and finds a reference followed by "in?"', async () => {
    const r = await qa.ask('Voor hoeveel mensen met een verblijfsvergunning zoekt Veldhuis een woning?');
    expect(r.citations[0]).toMatchObject({ municipality: 'Veldzicht', number: '1.2' });
    expect((await qa.ask('Wat is het beoogde aantal studio\'s in Essenburg?')).found).toBe(true);
    expect((await qa.ask('Wat houdt Essenburg 2.3 in?')).citations.map((c) => c.number)).toEqual(['2.3']);
  });

  it('reads a code of theme, year and number ("BW26-03", "du-2026-1") as a reference', () => {
    expect(['BW26-03', 'du-2026-1'].map(parseAgreementNumber)).toEqual(['BW26-03', 'DU-2026-1']);
    expect(findNumberMentions('Waar gaat BW26-03 over?', []).map((n) => n.number)).toEqual(['BW26-03']);
    const q = 'Wat is dinkelland bw26-03?';
    expect(findNumberMentions(q, [{ start: 7, end: 17 }]).map((n) => n.number)).toEqual(['BW26-03']);
    // "2026-03" before a municipality, "C.IV" after "afspraak".
    expect(findNumberMentions('Wie trekt 2026-03 in Oostdal?', [{ start: 21, end: 27 }]).map((n) => n.number)).toEqual(['2026-03']);
    expect(findNumberMentions('Wat staat er in afspraak C.IV?', []).map((n) => n.number)).toEqual(['C.IV']);
    expect(findNumberMentions('Wat gebeurt er in 2026-2029 in Oostdal?', [{ start: 31, end: 37 }])).toEqual([]);
  });
});
