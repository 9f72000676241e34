import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

const text = `Prestatieafspraken
Dijkwaard 2026 - 2029

Inhoud
1 Inleiding\t2
2 Warmte\t2
3 Ondertekening\t3

1 Inleiding
De gemeente Dijkwaard, Woonstichting Rietland en Zorggroep Molenkamp maken deze afspraken voor 2026 tot en met 2029.

2 Warmte
Partijen spreken het volgende af.

1\tWarmtenet Molenkamp. In Molenkamp worden in 2027 400 huurwoningen aangesloten op het warmtenet.
De gemeente voert de regie; Rietland garandeert dat de woonlasten niet stijgen.

2\tZorgwoningen. Zorggroep Molenkamp en Rietland bouwen 30 zorgwoningen aan de Dijk.

3 Ondertekening
Aldus overeengekomen te Dijkwaard op 12 december 2025.

Gemeente Dijkwaard
J. de Vries, wethouder

Woonstichting Rietland
P. Bakker, directeur-bestuurder

Zorggroep Molenkamp
R. Peters, bestuurder
`;

describe('who acts, after a run-in title', () => {
  it('reads no party in the run-in title or in a place after "in" that shares the name of a party', () => {
    const d = extractDocument(text, { sourceName: 'dijkwaard.pdf' });
    expect(d.agreements.map((a) => [a.number, a.responsible])).toEqual([
      ['1', ['Gemeente', 'Woonstichting Rietland']],
      ['2', ['Woonstichting Rietland', 'Zorggroep Molenkamp']],
    ]);
  });
});
