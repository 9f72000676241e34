import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

describe('chapters and roles written in other ways', () => {
  it('takes "Rol:" lines as who does what, and a Markdown chapter outranks a numbered party list', () => {
    const text = `# Prestatieafspraken Rijnoord

De afspraken gaan in op 1 januari 2026 en zijn geldig tot 1 januari 2029.

## PARTIJEN

1. Gemeente Rijnoord
2. Woningstichting Ons Dak (Ons Dak)
3. Rijnforte
4. Huurdersraad Rijnforte

## BESCHIKBAARHEID

**Tijdelijke woningen voor spoedzoekers**

Aan de rand van de wijk Zanen komen 80 flexwoningen voor mensen die snel een woning nodig hebben.

Rol: gemeente (locatie en vergunning), Ons Dak (bouw en verhuur).

## BETAALBAARHEID

**Huurbeleid**

De huurverhoging is in 2026 gemiddeld niet hoger dan de inflatie.

Rol: Ons Dak en Rijnforte; Huurdersraad Rijnforte geeft advies.
`;
    const d = extractDocument(text, { sourceName: 'rijnoord.md' });
    expect(d.agreements.map((a) => [a.title, a.chapterTitle, a.responsible])).toEqual([
      ['Tijdelijke woningen voor spoedzoekers', 'Beschikbaarheid', ['Gemeente', 'Woningstichting Ons Dak (Ons Dak)']],
      ['Huurbeleid', 'Betaalbaarheid', ['Woningstichting Ons Dak (Ons Dak)', 'Rijnforte', 'Huurdersraad Rijnforte']],
    ]);
    // "Huurdersraad Rijnforte geeft advies" names the party, not a new one.
    expect(d.parties.map((p) => p.name)).toEqual(['Gemeente Rijnoord', 'Woningstichting Ons Dak (Ons Dak)', 'Rijnforte', 'Huurdersraad Rijnforte']);
  });

  it('reads a "THEMA 1  …" row inside a space-laid-out table as the chapter of the rows below it', () => {
    const text = `PRESTATIEAFSPRAKEN RIJNOORD 2026

Partijen: gemeente Rijnoord, Woonstichting Het Slag (HS) en Huurdersvereniging Rijnoord (HVR).

Nr.   Afspraak                                            Trekker   Gereed
--------------------------------------------------------------------------

THEMA 1  VOLDOENDE WONINGEN

1     HS start de bouw van 24 sociale huurappartementen   HS        Q3 2026
      aan de Dijkweg.

2     De gemeente wijst een locatie aan voor 30           Gem.      1 juli 2026
      flexwoningen.

THEMA 2  BETAALBAAR WONEN

3     HS volgt bij de huurverhoging het landelijke        HS        1 juli 2026
      maximum.
`;
    const d = extractDocument(text, { sourceName: 'rijnoord.txt' });
    expect(d.agreements.map((a) => [a.number, a.chapterTitle])).toEqual([
      ['1', 'Voldoende woningen'],
      ['2', 'Voldoende woningen'],
      ['3', 'Betaalbaar wonen'],
    ]);
  });
});
