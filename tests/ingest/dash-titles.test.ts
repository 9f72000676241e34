import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

// Invented: a table whose agreement cells open with "Titel – tekst", the text starting with an ordinary word.
const text = `# Prestatieafspraken Gemeente Zandhoeve 2026

Gemeente Zandhoeve, Woonstichting Heidehof en Huurdersraad Heidehof

| Nr | Afspraak | Wie |
|---|---|---|
| 1 | Energiecoaches – Vrijwillige coaches bezoeken huurders met hoge energielasten. | Gemeente |
| 2 | Nieuwbouw – Heidehof bouwt 40 woningen aan de Dorpsstraat. | Heidehof |
`;

describe('titles before a dash', () => {
  it('takes the short phrase before " – " in a table cell as the title', () => {
    const doc = extractDocument(text, { sourceName: 'zandhoeve.md' });

    expect(doc.agreements.map((a) => [a.number, a.title])).toEqual([
      ['1', 'Energiecoaches'],
      ['2', 'Nieuwbouw'],
    ]);
  });
});
