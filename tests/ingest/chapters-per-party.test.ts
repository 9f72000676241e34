import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

// Chapters per party ("3  Gemeente Maasveld zorgt voor", then "Gemeente Maasveld zorgt voor:"), a last chapter "Samen",
// and inside each chapter the themes as sub-headings; the letter before each number repeats who acts.
const doc = `Prestatieafspraken
Maasveld 2026–2029

1   Inleiding

Voor u liggen de prestatieafspraken tussen de gemeente Maasveld, Woonstichting Dijkhoven
en Huurdersvereniging Vestinghof.

2   Gemeente Maasveld zorgt voor

Gemeente Maasveld zorgt voor:

Beschikbaarheid

G1  Grond voor sociale huur
De gemeente reserveert grond voor 120 sociale huurwoningen aan de Veldweg.

Betaalbaarheid

G2  Schuldhulp
Binnen tien werkdagen na een melding van een huurachterstand neemt een consulent contact op.

3   Woonstichting Dijkhoven zorgt voor

Woonstichting Dijkhoven (hierna: Dijkhoven) zorgt voor:

Beschikbaarheid

C1  Nieuwbouw
Dijkhoven bouwt in de periode 2026–2029 in totaal 200 sociale huurwoningen.

Duurzaamheid

C2  Isolatie
Uiterlijk eind 2028 zijn er geen woningen met een E-, F- of G-label meer.

C3  Nieuwbouw (Centrum)
In het centrum komen 40 appartementen voor ouderen boven de winkels.

4   Samen

Samenwerking

S1  Overleg
Partijen overleggen vier keer per jaar over de voortgang van deze afspraken.

Leefbaarheid

S2  Buurtfonds (gemeente en Dijkhoven)
Beide storten ieder jaar € 20.000 in het buurtfonds voor initiatieven van bewoners.
`;

describe('chapters per party with themes inside them', () => {
  const d = extractDocument(doc, { sourceName: 'maasveld-prestatieafspraken-2026-2029.txt' });

  it('takes the themes from the sub-headings, not from the chapter that names the party', () => {
    expect(d.agreements.map((a) => [a.number, a.chapterTitle])).toEqual([
      ['G1', 'Beschikbaarheid'],
      ['G2', 'Betaalbaarheid'],
      ['C1', 'Beschikbaarheid'],
      ['C2', 'Duurzaamheid'],
      ['C3', 'Duurzaamheid'],
      ['S1', 'Samenwerking'],
      ['S2', 'Leefbaarheid'],
    ]);
  });

  it('makes the party of the chapter responsible when the text names no one', () => {
    expect(d.agreements.map((a) => [a.number, a.responsible])).toEqual([
      ['G1', ['Gemeente']],
      ['G2', ['Gemeente']],
      ['C1', ['Woonstichting Dijkhoven']],
      ['C2', ['Woonstichting Dijkhoven']],
      ['C3', ['Woonstichting Dijkhoven']],
      ['S1', ['Gemeente', 'Woonstichting Dijkhoven', 'Huurdersvereniging Vestinghof']],
      ['S2', ['Gemeente', 'Woonstichting Dijkhoven']],
    ]);
  });

  it('reads parties in brackets after a title as who acts, and keeps a place in brackets in the title', () => {
    expect(d.agreements.map((a) => [a.number, a.title])).toEqual([
      ['G1', 'Grond voor sociale huur'],
      ['G2', 'Schuldhulp'],
      ['C1', 'Nieuwbouw'],
      ['C2', 'Isolatie'],
      ['C3', 'Nieuwbouw (Centrum)'],
      ['S1', 'Overleg'],
      ['S2', 'Buurtfonds'],
    ]);
  });
});

describe('"… zorgen voor:" inside an agreement', () => {
  it('leads in to the agreement’s own list and keeps it in the agreement', () => {
    const text = `Prestatieafspraken Maasveld 2026

Partijen: de gemeente Maasveld, Woonstichting Dijkhoven en Huurdersvereniging Vestinghof.

Afspraak 1  Huurbeleid
Dijkhoven houdt de huren betaalbaar.
De corporaties zorgen voor:
- een huurverhoging niet hoger dan de inflatie;
- huurverlaging voor huishoudens met een laag inkomen.

Afspraak 2  Grond
De gemeente levert grond voor 50 woningen.
`;
    const d = extractDocument(text, { sourceName: 'maasveld-2026.txt' });
    expect(d.agreements.map((a) => a.number)).toEqual(['1', '2']);
    expect(d.agreements[0]!.multiYearText).toContain('huurverlaging voor huishoudens met een laag inkomen');
    expect(d.agreements[0]!.responsible).toEqual(['Woonstichting Dijkhoven']);
  });
});
