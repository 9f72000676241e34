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

  it('reads a column per party by the legend\'s letters ("G", "W", "HR KW"), and a table caption is no theme', () => {
    const text = `Uitvoeringsagenda 2026 bij de Prestatieafspraken Rijnoord 2025-2028

Legenda bij de tabellen
G = Gemeente Rijnoord
W = Wooncompas
HR KW = Huurdersraad KleurWonen
● = trekker    ○ = levert een bijdrage

Tabel 1 Acties

<table>
<tr><th>Actie</th><th>Omschrijving</th><th>G</th><th>W</th><th>HR KW</th><th>Planning</th></tr>
<tr><td>Actie 1</td><td>Bestemmingsplan Vlietplein vaststellen met 30% sociale huur</td><td>●</td><td>○</td><td></td><td>Q2 2026</td></tr>
<tr><td>Actie 2</td><td>Onderzoek naar optoppen van de portiekflats aan de Rembrandtweg</td><td></td><td>●</td><td>●</td><td>Q4 2026</td></tr>
</table>
`;
    const d = extractDocument(text, { sourceName: 'rijnoord.txt' });
    expect(d.agreements.map((a) => [a.number, a.responsible, a.chapterTitle])).toEqual([
      ['1', ['Gemeente'], null],
      ['2', ['Wooncompas', 'Huurdersraad KleurWonen'], null],
    ]);
    // A one-letter short form stays out of the party's names (it would match "label F of G" in a text).
    expect(d.parties.find((p) => p.name === 'Wooncompas')!.aliases).not.toContain('W');
  });
});
