import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { createQaService, type QaService } from '../../src/qa/qa-service.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { createSearchStore } from '../../src/storage/search-store.js';
import { openTempDb } from '../helpers/temp-db.js';

let db: Awaited<ReturnType<typeof openTempDb>>;
let qa: QaService;

const text = `Prestatieafspraken Beekdal 2025-2028 met jaarschijf 2026

Deze afspraken zijn gemaakt tussen de gemeente Beekdal, Woonstichting Beekwonen en Huurdersraad Beekdal.

Deel A  Meerjarige afspraken 2025-2028

Betaalbaarheid

1. Beekwonen zorgt dat in 2028 ten minste 80% van de woningen een huur tot de aftoppingsgrens heeft.

2. Beekwonen voegt in de periode 2025-2028 netto 300 sociale huurwoningen toe.

Deel B  Jaarschijf 2026

<table><tr><td>Nr.</td><td>Afspraak 2026</td><td>Wie</td></tr><tr><td>1</td><td>Huurverhoging 2026: Beekwonen verhoogt de huren met niet meer dan 3,1%.</td><td>Beekwonen</td></tr><tr><td>2</td><td>Nieuwbouw: Beekwonen levert 86 woningen op.</td><td>Beekwonen</td></tr><tr><td>3</td><td>Woonhof: Beekwonen start een woonhof met 24 woningen voor senioren.</td><td>Beekwonen</td></tr></table>
`;

beforeAll(async () => {
  db = await openTempDb();
  qa = createQaService({ agreements: createAgreementRepository(db), store: createSearchStore(db) });
  const saved = await createAgreementRepository(db).saveDocument(extractDocument(text, { sourceName: 'beekdal.txt' }), { sourceName: 'beekdal.txt', format: 'txt', contentHash: 'beekdal' });
  await qa.indexer.indexDocument(saved.documentId);
}, 60_000);
afterAll(async () => db?.cleanup());

describe('numbers in a document numbered per part (Deel A 1–2, Deel B 1–3)', () => {
  it('asks back which one when the number exists in both parts', async () => {
    const r = await qa.ask('Wat staat er in afspraak 2 van Beekdal?');
    expect(r.citations).toEqual([]);
    expect(r.answer).toBe('Beekdal heeft geen afspraak 2, wel A2 en B2 (het document nummert per deel). Vraag bijvoorbeeld naar "Beekdal A2".');
  });

  it('answers when only one part has it, and takes the printed form "B2"', async () => {
    expect((await qa.ask('Beekdal 3')).citations.map((c) => c.number)).toEqual(['B3']);
    expect((await qa.ask('Beekdal B2')).citations.map((c) => c.number)).toEqual(['B2']);
  });
});
