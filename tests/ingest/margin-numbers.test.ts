import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

// A PDF whose agreement numbers stand alone in a left margin column: the reader puts a tab between the number and
// the paragraph's first line, and the paragraph's other lines follow without a number.
const text = `Prestatieafspraken
Dijkwaard 2026 - 2029

Inhoud
1 Inleiding\t2
2 Meer woningen\t2
3 Betaalbaarheid\t3
4 Ondertekening\t3

1 Inleiding
De gemeente Dijkwaard, Woonstichting Rietland en Huurdersvereniging Dijkwaard maken deze afspraken
voor de jaren 2026 tot en met 2029. Partijen gaan uit van twee beginselen:

1.\tIedereen vindt binnen vijf jaar een passende woning.

2.\tPartijen delen hun cijfers elk kwartaal.

2 Meer woningen
Er zijn te weinig sociale huurwoningen. Partijen spreken het volgende af.

1\tNieuwbouw aan de Vaart. Rietland bouwt in de looptijd 180 sociale huurwoningen aan de Vaart.
De gemeente levert de grond tegen de sociale grondprijs.

2\tTijdelijke woningen. Rietland plaatst in 2027 veertig tijdelijke woningen voor spoedzoekers
op het terrein van de oude school.

3 Betaalbaarheid
Huurders moeten hun woonlasten kunnen betalen.

3\tHuurverhoging. Rietland houdt de huurverhoging gemiddeld op de inflatie.

4\tVroegsignalering. Rietland meldt een huurachterstand van een maand bij de gemeente; de
gemeente neemt binnen tien werkdagen contact op met de huurder.

4 Ondertekening
Aldus overeengekomen te Dijkwaard op 12 december 2025.

Gemeente Dijkwaard
J. de Vries, wethouder

Woonstichting Rietland
P. Bakker, directeur-bestuurder

Huurdersvereniging Dijkwaard
S. Yilmaz, voorzitter
`;

describe('agreement numbers in a margin column', () => {
  it('reads each number beside its paragraph as an agreement with its run-in title and chapter', () => {
    const d = extractDocument(text, { sourceName: 'dijkwaard.pdf' });
    expect(d.agreements.map((a) => [a.number, a.chapterTitle, a.title])).toEqual([
      ['1', 'Meer woningen', 'Nieuwbouw aan de Vaart'],
      ['2', 'Meer woningen', 'Tijdelijke woningen'],
      ['3', 'Betaalbaarheid', 'Huurverhoging'],
      ['4', 'Betaalbaarheid', 'Vroegsignalering'],
    ]);
    expect(d.agreements[3]!.multiYearText).toContain('neemt binnen tien werkdagen contact op');
    expect(d.agreements[0]!.responsible).toEqual(['Gemeente', 'Woonstichting Rietland']);
  });

  it('keeps a two-column table of numbered rows a table', () => {
    const table = `Prestatieafspraken Dijkwaard 2026

Partijen: gemeente Dijkwaard en Woonstichting Rietland.

Nr\tAfspraak\tTrekker
1\tRietland bouwt 40 woningen.\tRietland
2\tDe gemeente levert grond.\tGemeente
`;
    const d = extractDocument(table, { sourceName: 'dijkwaard-tabel.txt' });
    expect(d.agreements.map((a) => [a.number, a.responsible])).toEqual([
      ['1', ['Woonstichting Rietland']],
      ['2', ['Gemeente']],
    ]);
  });
});
