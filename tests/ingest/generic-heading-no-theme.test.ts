import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

// Invented: a letter to tenants with one heading above all agreements, "Wat we samen afspraken", and no themes.
const text = `Prestatieafspraken Havenrode 2026-2027

Beste huurder,

Op 2 december 2025 ondertekenden de gemeente Havenrode, Woonstichting Kaaiwerf en Huurdersvereniging Het Anker de
prestatieafspraken voor 2026 en 2027.

Wat we samen afspraken

Hieronder staan de afspraken, in gewone woorden samengevat.

1.  Kaaiwerf bouwt in 2026 en 2027 samen 60 sociale huurwoningen aan de Kade.

2.  De gemeente levert de grond voor € 15.000 per woning.

3.  Kaaiwerf verhoogt de huur per 1 juli 2026 met gemiddeld 3 procent.
`;

describe('a generic heading above all agreements', () => {
  const doc = extractDocument(text, { sourceName: 'havenrode.txt' });

  it('names no theme when no theme headings stand below it', () => {
    expect(doc.agreements.map((a) => [a.number, a.chapterTitle])).toEqual([
      ['1', null],
      ['2', null],
      ['3', null],
    ]);
  });
});
