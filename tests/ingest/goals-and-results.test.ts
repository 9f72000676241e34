import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

/** "Doel n" chapters, "Resultaat n.n" agreements, "Inspanning n.n.n" steps below them and "Aan zet:" lines. */
const BROEKHOVEN = `
              PRESTATIEAFSPRAKEN BROEKHOVEN
                    2026 - 2028

   Gemeente Broekhoven
   Woonstichting Veenhof
   Huurdersraad Veenhof

                                                                    Pagina 1 van 4

Inhoud

1    Inleiding ................................................................ 2
2    Doelen en resultaten ..................................................... 2
     Doel 1  Genoeg woningen .................................................. 2
     Doel 2  Lage woonlasten .................................................. 3

                                                                    Pagina 2 van 4

1   Inleiding

Dit zijn de afspraken van de gemeente Broekhoven, Woonstichting Veenhof en Huurdersraad Veenhof.
De resultaten zijn de afspraken; onder elk resultaat staan de inspanningen daarvoor.

2   Doelen en resultaten

Doel 1   Genoeg woningen

Broekhoven groeit en de wachttijd voor een huurwoning loopt op. Partijen willen de voorraad
daarom uitbreiden.

Resultaat 1.1   Nieuwe huurwoningen
Veenhof levert tot en met 2028 in totaal 150 sociale huurwoningen op aan de Dijkweg en in
het centrum.
Aan zet: Veenhof, gemeente
     Inspanning 1.1.1 De gemeente wijst in 2026 twee bouwlocaties aan voor ten minste
                       veertig woningen.
     Inspanning 1.1.2 Veenhof start in 2027 met de bouw aan de Dijkweg.

Resultaat 1.2   Tijdelijke woningen
Uiterlijk in 2027 staan er 30 tijdelijke woningen bij het oude zwembad.
Aan zet: gemeente

Doel 2   Lage woonlasten

Partijen letten op de totale woonlasten van huurders.

Resultaat 2.1   Huurverhoging
Veenhof houdt de huurverhoging gemiddeld op of onder de inflatie.
Aan zet: Veenhof
     Inspanning 2.1.1 Veenhof bespreekt het huurbeleid elk voorjaar met de Huurdersraad.

Resultaat 2.2   Schuldhulp
De gemeente en Veenhof melden betalingsachterstanden binnen een maand bij het sociaal team.
Aan zet: gemeente, Veenhof, Huurdersraad Veenhof

3   Begrippen

Inspanning - wat een partij doet om een resultaat te bereiken.
`;

describe('"Doel" chapters with "Resultaat" agreements and "Inspanning" steps', () => {
  const doc = extractDocument(BROEKHOVEN, { sourceName: 'broekhoven.txt' });

  it('reads each "Resultaat n.n" as an agreement under its "Doel" as theme, with the parties of its "Aan zet:" line', () => {
    expect(doc.agreements.map((a) => [a.number, a.chapterTitle, a.title, a.responsible])).toEqual([
      ['1.1', 'Genoeg woningen', 'Nieuwe huurwoningen', ['Gemeente', 'Woonstichting Veenhof']],
      ['1.2', 'Genoeg woningen', 'Tijdelijke woningen', ['Gemeente']],
      ['2.1', 'Lage woonlasten', 'Huurverhoging', ['Woonstichting Veenhof']],
      ['2.2', 'Lage woonlasten', 'Schuldhulp', ['Gemeente', 'Woonstichting Veenhof', 'Huurdersraad Veenhof']],
    ]);
  });

  it('keeps the "Inspanning" steps in the text of their result, not as agreements of their own', () => {
    expect(doc.agreements[0]!.multiYearText).toContain('De gemeente wijst in 2026 twee bouwlocaties aan');
    expect(doc.agreements[0]!.multiYearText).toContain('Veenhof start in 2027 met de bouw aan de Dijkweg');
    expect(doc.agreements[2]!.multiYearText).toContain('bespreekt het huurbeleid elk voorjaar');
  });

  it('does not make the introduction of a goal an agreement', () => {
    expect(doc.agreements.map((a) => a.multiYearText).join(' ')).not.toContain('wachttijd');
  });
});
