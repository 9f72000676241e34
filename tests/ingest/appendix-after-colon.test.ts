import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

// Agreement tables with the number in the last column, and an appendix whose heading puts its subject after a colon
// ("## Bijlage: woningvoorraad per wijk"), holding a table of figures whose last column is a number too.
const doc = `# Prestatieafspraken Lekdorp 2026-2027

Gemeente Lekdorp, Woonstichting Rijnzicht en Huurdersvereniging De Haven maken deze afspraken.

## 1. Betaalbaarheid

| Afspraak | Trekker | Gereed | Nr |
|---|---|---|---|
| **Huurbeleid** – Rijnzicht verhoogt de huren met niet meer dan de inflatie. | Rijnzicht | 1 juli 2026 | 1.1 |
| **Woonlasten** – De gemeente opent een loket voor hulp bij woonlasten. | Gemeente | 1 oktober 2026 | 1.2 |

## 2. Samenwerking

| Afspraak | Trekker | Gereed | Nr |
|---|---|---|---|
| **Overleg** – Partijen overleggen ieder kwartaal over de voortgang. | Alle partijen | Doorlopend | 2.1 |

## Bijlage: woningvoorraad Rijnzicht per wijk

| Wijk | Sociale huur | Middenhuur | Label D of slechter |
|---|---|---|---|
| Haven | 640 | 85 | 70 |
| Molenwijk | 1.120 | 40 | 260 |
| **Totaal** | **1.760** | **125** | **330** |
`;

describe('an appendix whose heading names its subject after a colon', () => {
  it('is no part of the agreements, its table of figures included', () => {
    const d = extractDocument(doc, { sourceName: 'lekdorp-prestatieafspraken-2026-2027.md' });
    expect(d.agreements.map((a) => [a.number, a.title])).toEqual([
      ['1.1', 'Huurbeleid'],
      ['1.2', 'Woonlasten'],
      ['2.1', 'Overleg'],
    ]);
  });
});
