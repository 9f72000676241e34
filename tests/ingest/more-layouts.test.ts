import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

const doc = (text: string) => extractDocument(text, { sourceName: 'test.txt' });

describe('more layouts seen in documents written by others', () => {
  it('rebuilds a table flattened to one cell per line (PDF text), lettered themes and numbers A1, B1', () => {
    const d = doc(`PRESTATIEAFSPRAKEN 2026
Gemeente Maasdorp

Partijen:
gemeente Maasdorp
Woonwerk
Huurdersvereniging Maasdorp

Maasdorp, 4 december 2025

A  Betaalbaar wonen

Nr.
Actie
Trekker
Gereed
A1
Huurverhoging
De huurverhoging per 1 juli 2026 blijft gemiddeld onder de inflatie. Huurders met een laag inkomen krijgen
maximaal 2,5%.
Woonwerk
juli 2026
A2
Noodfonds
De gemeente stelt een noodfonds van € 200.000 beschikbaar.
gemeente
december 2026

B  Voldoende woningen

Nr.
Actie
Trekker
Gereed
B1
Nieuwbouw
Woonwerk start de bouw van 120 sociale huurwoningen.
Woonwerk
december 2026
`);
    expect(d.parties.map((p) => p.name)).toEqual(['Gemeente Maasdorp', 'Woonwerk', 'Huurdersvereniging Maasdorp']);
    expect(d.title).toBe('Prestatieafspraken Maasdorp 2026');
    expect(d.agreements.map((a) => [a.number, a.chapterTitle, a.title, a.responsible])).toEqual([
      ['A1', 'Betaalbaar wonen', 'Huurverhoging', ['Woonwerk']],
      ['A2', 'Betaalbaar wonen', 'Noodfonds', ['Gemeente']],
      ['B1', 'Voldoende woningen', 'Nieuwbouw', ['Woonwerk']],
    ]);
    expect(d.agreements[0]!.multiYearText).toContain('maximaal 2,5%.');
    expect(d.agreements[0]!.multiYearText).toContain('Gereed: juli 2026');
  });

  it('reads a document in parts with their own layout and numbering: Deel A paragraphs, Deel B a table', () => {
    const d = doc(`Prestatieafspraken Beekdal 2025-2028 met jaarschijf 2026

Deze afspraken zijn gemaakt tussen de gemeente Beekdal, Woonstichting Beekwonen en Huurdersraad Beekdal.

Deel A  Meerjarige afspraken 2025-2028

Betaalbaarheid

1. Beekwonen zorgt dat in 2028 ten minste 80% van de woningen een huur tot de aftoppingsgrens heeft.

Beschikbaarheid

2. Beekwonen voegt in de periode 2025-2028 netto 300 sociale huurwoningen toe.

Deel B  Jaarschijf 2026

<table><tr><td>Nr.</td><td>Thema</td><td>Afspraak 2026</td><td>Wie</td></tr><tr><td>1</td><td>Betaalbaarheid</td><td>Huurverhoging 2026: Beekwonen verhoogt de huren met niet meer dan 3,1%. Zie A1.</td><td>Beekwonen</td></tr><tr><td>2</td><td>Beschikbaarheid</td><td>Nieuwbouw: Beekwonen levert 86 woningen op.</td><td>Beekwonen, gemeente</td></tr></table>
`);
    expect(d.agreements.map((a) => [a.number, a.chapterTitle, a.title, a.responsible])).toEqual([
      ['A1', 'Betaalbaarheid', 'Beekwonen zorgt dat ten minste 80% van de woningen een huur tot de aftoppingsgrens heeft', ['Woonstichting Beekwonen']],
      ['A2', 'Beschikbaarheid', 'Beekwonen voegt netto 300 sociale huurwoningen toe', ['Woonstichting Beekwonen']],
      ['B1', 'Betaalbaarheid', 'Huurverhoging 2026', ['Woonstichting Beekwonen']],
      ['B2', 'Beschikbaarheid', 'Nieuwbouw', ['Gemeente', 'Woonstichting Beekwonen']],
    ]);
  });

  it('knows brands with a small first letter, "(trekker: X)" at a paragraph end, and abbreviations after "De partijen zijn:"', () => {
    const d = doc(`Prestatieafspraken Zwartewater 2026

De partijen zijn:

• Gemeente Zwartewater (GZ)
• deltaWonen (DW)
• Huurdersraad deltaWonen (HDW)

1 Beschikbaarheid

1.1 Nieuwbouw
De corporatie levert in 2026 410 sociale huurwoningen op. De gemeente zorgt voor het bestemmingsplan. (trekker: DW)

1.2 Advies
De huurdersraad adviseert over het huurbeleid. (trekker: HDW)
`);
    expect(d.parties.map((p) => p.name)).toEqual(['Gemeente Zwartewater', 'deltaWonen (DW)', 'Huurdersraad deltaWonen (HDW)']);
    expect(d.agreements.map((a) => [a.number, a.responsible])).toEqual([
      ['1.1', ['deltaWonen (DW)']],
      ['1.2', ['Huurdersraad deltaWonen (HDW)']],
    ]);
    expect(d.agreements[0]!.multiYearText).not.toContain('trekker');
  });

  it('makes each paragraph under a theme heading an agreement, skips quoted context, and reads "gelden vijf jaar, ingaande …"', () => {
    const d = extractDocument(
      `# Woonafspraken Rijnoord

Partijen: de gemeente Rijnoord, Woonkracht Rijnoord, Woonstichting Oeverland en Bewonersraad Woonkracht.

Deze woonafspraken gelden vijf jaar, ingaande 1 januari 2025. Ieder najaar kijken partijen of ze nog passen.

## Betaalbaar wonen

> Een op de drie huurders heeft moeite om de woonlasten te betalen, zeker nu de energie duur is.

Woonkracht en Oeverland houden de jaarlijkse huurverhoging tot en met 2029 onder de inflatie voor alle huurders.

De gemeente opent in 2025 een inloopspreekuur voor geldzaken in Rijnoord-Oost, twee ochtenden per week.

Heeft een huurder een achterstand, dan belt de corporatie binnen tien dagen na de eerste gemiste betaling.

## Duurzaam wonen

In 2029 hebben Woonkracht en Oeverland geen woningen meer met label E, F of G in hun bezit.

De gemeente plant in de buurten met veel sociale huur 500 nieuwe bomen tegen de hitte in de zomer.

---

*Ondertekend in het stadhuis van Rijnoord op 17 december 2024.*
`,
      { sourceName: 'rijnoord.md' },
    );
    expect(d.period).toEqual({ from: 2025, to: 2029 });
    expect(d.parties.find((p) => p.name === 'Woonkracht Rijnoord')!.aliases).toContain('Woonkracht');
    expect(d.agreements.map((a) => [a.number, a.chapterTitle, a.responsible])).toEqual([
      ['1', 'Betaalbaar wonen', ['Woonkracht Rijnoord', 'Woonstichting Oeverland']],
      ['2', 'Betaalbaar wonen', ['Gemeente']],
      // "dan belt de corporatie": the corporations act.
      ['3', 'Betaalbaar wonen', ['Woonkracht Rijnoord', 'Woonstichting Oeverland']],
      ['4', 'Duurzaam wonen', ['Woonkracht Rijnoord', 'Woonstichting Oeverland']],
      ['5', 'Duurzaam wonen', ['Gemeente']],
    ]);
    expect(d.agreements.map((a) => a.multiYearText).join(' ')).not.toMatch(/drie huurders|Ondertekend/);
  });

  it('takes the theme from "Artikel 2 Beschikbaarheid" without the word Artikel', () => {
    const d = doc(`Prestatieafspraken Gouwedal 2025-2028

Deze afspraken zijn gemaakt tussen de gemeente Gouwedal en Woonstichting Gouwe.

Artikel 1 Beschikbaarheid

Afspraak 1.1 Nieuwbouw
Woonstichting Gouwe bouwt 200 woningen.
Wie: Woonstichting Gouwe

Artikel 2 Betaalbaarheid

Afspraak 2.1 Huren
De huren stijgen niet meer dan de inflatie.
Wie: Woonstichting Gouwe
`);
    expect(d.agreements.map((a) => [a.number, a.chapterTitle])).toEqual([
      ['1.1', 'Beschikbaarheid'],
      ['2.1', 'Betaalbaarheid'],
    ]);
  });

  it('reads records of labelled fields: "Nr.: 1.1" / "Onderwerp:" / "Afspraak:" / "Trekker:"', () => {
    const d = doc(`Prestatieafspraken 2026

Partijen:
- de gemeente Veldhoven, hierna: de gemeente;
- Stichting De Woonkring, hierna: De Woonkring.

Thema 1 - Beschikbaarheid

Nr.: 1.1
Onderwerp: Nieuwbouw sociale huur
Afspraak: De Woonkring levert in 2026 112 sociale huurwoningen op.
Trekker: De Woonkring
Planning: verspreid over 2026

Nr.: 1.2
Onderwerp: Bouwlocaties
Afspraak: De gemeente brengt vier locaties in voor 250 woningen.
Trekker: gemeente
Planning: vóór 1 juli 2026

Nr.: 1.3
Onderwerp: Verkoop
Afspraak: De Woonkring verkoopt geen woningen.
Trekker: De Woonkring
Planning: doorlopend
`);
    expect(d.agreements.map((a) => [a.number, a.title, a.chapterTitle, a.responsible])).toEqual([
      ['1.1', 'Nieuwbouw sociale huur', 'Beschikbaarheid', ['Stichting De Woonkring']],
      ['1.2', 'Bouwlocaties', 'Beschikbaarheid', ['Gemeente']],
      ['1.3', 'Verkoop', 'Beschikbaarheid', ['Stichting De Woonkring']],
    ]);
    expect(d.agreements[0]!.multiYearText).toContain('Planning: verspreid over 2026');
  });

  it('numbers items a., b. under Roman chapters as IV.a and reads "Wij spreken af dat …"', () => {
    const d = doc(`Prestatieafspraken Waterland 2025-2028

De gemeente Waterland, Woonstichting Dijkzicht en Huurdersvereniging Dijkzicht leggen hier vast wat zij doen.

I Beschikbaarheid
a. Dijkzicht bouwt in de looptijd 320 sociale huurwoningen.
b. De gemeente neemt ruimte op voor lokaal maatwerk in de huisvestingsverordening.

II Betaalbaarheid
a. Wij spreken af dat Dijkzicht de huren niet meer dan de inflatie verhoogt.
b. Wij spreken af dat een huisuitzetting alleen plaatsvindt als alle andere middelen zijn ingezet.
`);
    expect(d.agreements.map((a) => [a.number, a.chapterTitle, a.responsible])).toEqual([
      ['I.a', 'Beschikbaarheid', ['Woonstichting Dijkzicht']],
      ['I.b', 'Beschikbaarheid', ['Gemeente']],
      ['II.a', 'Betaalbaarheid', ['Woonstichting Dijkzicht']],
      ['II.b', 'Betaalbaarheid', ['Gemeente', 'Woonstichting Dijkzicht', 'Huurdersvereniging Dijkzicht']],
    ]);
    expect(d.agreements[2]!.title).toBe('Dijkzicht de huren niet meer dan de inflatie verhoogt');
  });

  it('reads a corporation\'s bid written as "wij": wij is that corporation, not every party', () => {
    const d = doc(`Bod van Woonstichting Maashaven aan de gemeente Rivierdal 2026

Hierbij brengen wij, Woonstichting Maashaven, ons bod uit voor de prestatieafspraken 2026 tussen de gemeente Rivierdal, Maashaven en Huurdersvereniging Maashaven.

Beschikbaarheid

Wij bieden aan:
▪ Nieuwbouw – Wij starten in 2026 de bouw van 58 sociale huurwoningen in het plan Akkerlanden.
▪ Verkoop – Wij verkopen in 2026 geen sociale huurwoningen.
`);
    expect(d.title).toBe('Bod van Woonstichting Maashaven aan de gemeente Rivierdal 2026');
    expect(d.agreements.map((a) => a.responsible)).toEqual([['Woonstichting Maashaven'], ['Woonstichting Maashaven']]);
  });

  it('reads a table with a column per party and an x where it is responsible, and "voor de jaren 2026 en 2027"', () => {
    const d = doc(`Prestatieafspraken Schiehaven 2026 en 2027

Dit keer leggen we afspraken vast voor de jaren 2026 en 2027.

Deze afspraken worden gemaakt door:
- de gemeente Schiehaven;
- Woonbron;
- DUWO;
- Huurdersvereniging Schiehaven (HVS).

3. Leeswijzer

Een x in de kolom van een partij betekent dat die partij verantwoordelijk is.

1 Voldoende woningen

<table><tr><td>Nr.</td><td>Afspraak</td><td>Gem.</td><td>Woonbron</td><td>DUWO</td><td>HVS</td></tr><tr><td>1.1</td><td><p>Nieuwbouw</p><p>Woonbron levert 160 woningen op.</p></td><td></td><td>x</td><td></td><td></td></tr><tr><td>1.2</td><td><p>Studenten</p><p>DUWO bouwt 350 studenteneenheden.</p></td><td>x</td><td></td><td>x</td><td></td></tr></table>
`);
    expect(d.period).toEqual({ from: 2026, to: 2027 });
    expect(d.parties.map((p) => p.name)).toEqual(['Gemeente Schiehaven', 'Woonbron', 'DUWO', 'Huurdersvereniging Schiehaven (HVS)']);
    expect(d.agreements.map((a) => [a.number, a.responsible])).toEqual([
      ['1.1', ['Woonbron']],
      ['1.2', ['Gemeente', 'DUWO']],
    ]);
  });
});
