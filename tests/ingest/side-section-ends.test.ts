import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

// Invented: an introduction heading on its own, then a chapter whose title ends in its years.
const text = `Prestatieafspraken Nederbeek 2026-2029

Gemeente Nederbeek, Woonstichting Beekdal en Huurdersvereniging Nederbeek

Inleiding

Partijen werken samen aan drie opgaven:

1. de vergrijzing in de dorpen;

2. de krapte voor starters.

1 Kernafspraken 2026-2029

Partijen spreken de volgende kernafspraken af.

K1 Groei van de voorraad. Beekdal breidt de sociale huurvoorraad uit met 200 woningen.

K2 Betaalbare huren. Beekdal houdt de huurverhoging gelijk aan de inflatie.

2 Werkafspraken 2026

W1 Bouwstart Beekhof. Beekdal start in 2026 met 40 woningen aan de Beekhof.

W2 Huurteam. De gemeente zet een huurteam in.
`;

describe('a side section ends at a chapter whose title ends in years', () => {
  it('keeps the agreements under "1 Kernafspraken 2026-2029" after an "Inleiding" of its own', () => {
    const doc = extractDocument(text, { sourceName: 'nederbeek.txt' });
    expect(doc.agreements.map((a) => `${a.number} ${a.chapterTitle}`)).toEqual([
      'K1 Kernafspraken 2026-2029',
      'K2 Kernafspraken 2026-2029',
      'W1 Werkafspraken 2026',
      'W2 Werkafspraken 2026',
    ]);
  });
});
