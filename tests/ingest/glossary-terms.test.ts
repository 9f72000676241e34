import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

// The parties are named on the cover and in the opening; an appendix of abbreviations explains short forms of
// parties and of terms ("BW  Beschermd wonen", "WWS  Woningwaarderingsstelsel", "HBV  Huurdersbelangenvereniging").
const doc = `Prestatieafspraken
Kreekdal 2026-2029

Gemeente Kreekdal
Woonstichting Ravenshoek
Woonpartners Kreekland
Huurdersbelangenvereniging De Vonder

Hoofdstuk 1 Inleiding
Voor u liggen de prestatieafspraken tussen de gemeente Kreekdal, Woonstichting Ravenshoek,
Woonpartners Kreekland en Huurdersbelangenvereniging De Vonder.

Hoofdstuk 2 Wonen

Afspraak 1  Nieuwbouw
Ravenshoek en WPK bouwen samen 200 sociale huurwoningen.

Afspraak 2  Uitstroom
De corporaties stellen jaarlijks 20 woningen beschikbaar voor inwoners uit BW en MO.

Afspraak 3  Huurbeleid
De corporaties passen de huur aan volgens het WWS. De Vonder adviseert over het huurbeleid.

Bijlage 1 Afkortingen
BW          Beschermd wonen
HBV         Huurdersbelangenvereniging
MO          Maatschappelijke opvang
WPK         Woonpartners Kreekland
WWS         Woningwaarderingsstelsel
`;

describe('an appendix of abbreviations beside a list of parties', () => {
  const d = extractDocument(doc, { sourceName: 'kreekdal-prestatieafspraken-2026-2029.txt' });

  it('adds no terms as parties, and keeps the short forms of the parties', () => {
    expect(d.parties.map((p) => p.name)).toEqual(['Gemeente Kreekdal', 'Woonstichting Ravenshoek', 'Woonpartners Kreekland', 'Huurdersbelangenvereniging De Vonder']);
    expect(d.parties[2]!.aliases).toContain('WPK');
  });

  it('names only parties as responsible', () => {
    expect(d.agreements.map((a) => a.responsible)).toEqual([
      ['Woonstichting Ravenshoek', 'Woonpartners Kreekland'],
      ['Woonstichting Ravenshoek', 'Woonpartners Kreekland'],
      ['Woonstichting Ravenshoek', 'Woonpartners Kreekland', 'Huurdersbelangenvereniging De Vonder'],
    ]);
  });
});

// Without any list of parties, the legend is where they are named: its entries are parties, its lines no cover logos.
const agenda = `Uitvoeringsagenda 2026 bij de Prestatieafspraken Beekhuizen 2025-2028

Legenda bij de tabellen
G = Gemeente Beekhuizen
W = Waalwonen
HR WW = Huurdersraad Waalwonen
● = trekker    ○ = levert een bijdrage

<table>
<tr><th>Actie</th><th>Omschrijving</th><th>G</th><th>W</th><th>HR WW</th><th>Planning</th></tr>
<tr><td>Actie 1</td><td>Bestemmingsplan Kerkveld vaststellen met 30% sociale huur</td><td>●</td><td>○</td><td></td><td>Q2 2026</td></tr>
<tr><td>Actie 2</td><td>Onderzoek naar optoppen van de flats aan de Lindelaan</td><td></td><td>●</td><td>●</td><td>Q4 2026</td></tr>
</table>
`;

describe('an appendix of abbreviations naming an organisation the text uses by its short form', () => {
  it('adds that organisation, but no terms', () => {
    const text = doc
      .replace('Afspraak 3  Huurbeleid', 'Afspraak 3  Huurdersavonden\nHVK organiseert vier huurdersavonden in de dorpen.\n\nAfspraak 4  Huurbeleid')
      .replace('MO          Maatschappelijke opvang', 'HVK         Huurdersvereniging Kreekzicht\nMO          Maatschappelijke opvang');
    const d = extractDocument(text, { sourceName: 'kreekdal-prestatieafspraken-2026-2029.txt' });
    expect(d.parties.map((p) => p.name)).toEqual([
      'Gemeente Kreekdal',
      'Woonstichting Ravenshoek',
      'Woonpartners Kreekland',
      'Huurdersbelangenvereniging De Vonder',
      'Huurdersvereniging Kreekzicht',
    ]);
    expect(d.agreements[2]!.responsible).toEqual(['Huurdersvereniging Kreekzicht']);
  });
});

describe('a legend without any other list of parties', () => {
  it('gives the parties, and neither its heading nor its entries become parties of their own', () => {
    const d = extractDocument(agenda, { sourceName: 'beekhuizen-agenda-2026.txt' });
    expect(d.parties.map((p) => p.name)).toEqual(['Gemeente Beekhuizen', 'Waalwonen', 'Huurdersraad Waalwonen']);
    expect(d.agreements.map((a) => a.responsible)).toEqual([['Gemeente'], ['Waalwonen', 'Huurdersraad Waalwonen']]);
  });
});
