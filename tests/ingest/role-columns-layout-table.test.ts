import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

/**
 * A landscape table as `pdftotext -layout` prints it: "Opgave | Afspraak | Rol gemeente | Rol corporatie | Rol
 * huurders", rows of several lines set apart by blank lines, the Opgave printed once per group, the header repeated
 * after a page break with a row running on below it, and "Trekker" in the role of the party that is responsible.
 */
const HEIDEDAL = `
                                        Prestatieafspraken
                                        gemeente Heidedal

                                        Gemeente Heidedal
                                        Woonstichting Het Ven
                                        Huurdersvereniging Heidedal


                                        oktober 2025

                                                                      Prestatieafspraken Heidedal - pagina 1 van 3
          1. Inleiding

          De gemeente Heidedal, Woonstichting Het Ven en Huurdersvereniging Heidedal maken afspraken
          over het wonen in Heidedal. De afspraken hebben twee pijlers:

               1.   genoeg betaalbare woningen;
               2.   goede buurten.

          2. Looptijd

          Deze prestatieafspraken gelden van 1 januari 2026 tot en met 31 december 2028. De partij bij
          wie "Trekker" staat, is verantwoordelijk voor de uitvoering.


                                                                      Prestatieafspraken Heidedal - pagina 2 van 3
                                              3. Afsprakentabel Heidedal

  Opgave           Afspraak                                       Rol gemeente                  Rol corporatie                Rol huurders

  Genoeg           Flexwonen: Het Ven plaatst in 2027             Verleent de vergunning        Trekker. Plaatst en           Adviseert over de
  woningen         20 tijdelijke woningen aan de Beekweg          voor tien jaar.               verhuurt de woningen.         toewijzing.
                   voor spoedzoekers.

                   Bouwgrond: de gemeente levert in 2026          Trekker. Maakt het            Bouwt er 60 sociale           Geen rol.
                   grond voor 60 sociale huurwoningen             bestemmingsplan.              huurwoningen.
                   aan de Molenakker.

  Goede            Isolatie: Het Ven isoleert tot en met          Geen rol.                     Trekker. Isoleert             Adviseert per
  buurten          2028 in totaal 140 woningen naar                                             zonder huurverhoging.         project.
                   label B, waaronder de flats aan



                                                                      Prestatieafspraken Heidedal - pagina 3 van 3
  Opgave           Afspraak                                       Rol gemeente                  Rol corporatie                Rol huurders

                   de Esdoornlaan.

                   Buurtavonden: twee keer per jaar is            Stelt een zaal                Is aanwezig.                  Trekker. Organiseert
                   er een avond over wonen in de wijk.            beschikbaar.                                                de avonden.

                   Overleg: partijen bespreken elk                Trekker (samen).              Trekker (samen).              Trekker (samen).
                   voorjaar de voortgang van de tabel.


          4. Ondertekening

          Aldus vastgesteld in Heidedal op 30 oktober 2025.

`;

describe('a table of roles per party, without numbers, as pdftotext -layout prints it', () => {
  const doc = extractDocument(HEIDEDAL, { sourceName: 'heidedal.txt' });

  it('makes one agreement of each row, numbered in order, under the Opgave printed above it', () => {
    expect(doc.agreements.map((a) => [a.number, a.chapterTitle, a.title])).toEqual([
      ['1', 'Genoeg woningen', 'Flexwonen'],
      ['2', 'Genoeg woningen', 'Bouwgrond'],
      ['3', 'Goede buurten', 'Isolatie'],
      ['4', 'Goede buurten', 'Buurtavonden'],
      ['5', 'Goede buurten', 'Overleg'],
    ]);
  });

  it('keeps a row that runs on over a page break whole', () => {
    expect(doc.agreements[2]!.multiYearText).toContain('label B, waaronder de flats aan de Esdoornlaan.');
  });

  it('holds the party whose role says "Trekker" responsible', () => {
    expect(doc.agreements.map((a) => a.responsible)).toEqual([
      ['Woonstichting Het Ven'],
      ['Gemeente'],
      ['Woonstichting Het Ven'],
      ['Huurdersvereniging Heidedal'],
      ['Gemeente', 'Woonstichting Het Ven', 'Huurdersvereniging Heidedal'],
    ]);
  });

  it('keeps what each party does with the agreement', () => {
    expect(doc.agreements[1]!.multiYearText).toContain('Rol corporatie: Bouwt er 60 sociale huurwoningen.');
  });

  it('keeps "gemeente" in a title set over two lines', () => {
    expect(doc.title).toBe('Prestatieafspraken gemeente Heidedal');
  });
});

describe('the same table of roles in Markdown', () => {
  const doc = extractDocument(
    `# Prestatieafspraken Heidedal 2026-2028

Partijen: Gemeente Heidedal, Woonstichting Het Ven en Huurdersvereniging Heidedal.

## 1. Inleiding

De afspraken hebben twee pijlers:

1. genoeg betaalbare woningen;
2. goede buurten.

## 2. Afsprakentabel

| Opgave | Afspraak | Rol gemeente | Rol corporatie | Rol huurders |
|---|---|---|---|---|
| Genoeg woningen | Flexwonen: Het Ven plaatst in 2027 20 tijdelijke woningen aan de Beekweg. | Verleent de vergunning. | Trekker. Plaatst de woningen. | Adviseert. |
| | Bouwgrond: de gemeente levert in 2026 grond voor 60 sociale huurwoningen. | Trekker. Maakt het plan. | Bouwt de woningen. | Geen rol. |
| Goede buurten | Buurtavonden: twee keer per jaar is er een avond over wonen in de wijk. | Stelt een zaal beschikbaar. | Is aanwezig. | Trekker. Organiseert de avonden. |
`,
    { sourceName: 'heidedal.md' },
  );

  it('reads the rows with the Opgave of their group and the party whose role says "Trekker"', () => {
    expect(doc.agreements.map((a) => [a.number, a.chapterTitle, a.title, a.responsible])).toEqual([
      ['1', 'Genoeg woningen', 'Flexwonen', ['Woonstichting Het Ven']],
      ['2', 'Genoeg woningen', 'Bouwgrond', ['Gemeente']],
      ['3', 'Goede buurten', 'Buurtavonden', ['Huurdersvereniging Heidedal']],
    ]);
  });
});
