import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

// Invented: the parties listed with their short forms in brackets; two of them a word of the party's own name.
const text = `Prestatieafspraken Dijkhoorn 2026-2029

Partijen

Deze prestatieafspraken zijn gemaakt door de volgende partijen.

• Gemeente Dijkhoorn

• Woonstichting Polderzicht (Polderzicht)

• Stichting Kreekwonen (Kreekwonen)

• Huurdersraad Polderzicht (HRP)

De afspraken

Wonen

1. Polderzicht bouwt 80 sociale huurwoningen.

2. Kreekwonen plaatst 20 tijdelijke woningen.
`;

describe('a short form in brackets that is a word of the party name', () => {
  const doc = extractDocument(text, { sourceName: 'dijkhoorn.txt' });

  it('is an alias, not part of the name', () => {
    expect(doc.parties.map((p) => p.name)).toEqual(['Gemeente Dijkhoorn', 'Woonstichting Polderzicht', 'Stichting Kreekwonen', 'Huurdersraad Polderzicht (HRP)']);
    expect(doc.agreements.map((a) => a.responsible)).toEqual([['Woonstichting Polderzicht'], ['Stichting Kreekwonen']]);
  });
});
