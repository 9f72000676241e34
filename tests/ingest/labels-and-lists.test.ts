import { describe, expect, it } from 'vitest';
import { parseNumberCell, matchDotted } from '../../src/ingest/agreement-labels.js';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { readAbbreviations } from '../../src/ingest/front-matter/abbreviations.js';

describe('numbers and party lists written in other ways', () => {
  it('reads "Afspraak A-1", "2.1.a", "III.1" and "§ 2.1" as the document prints them', () => {
    expect(['Afspraak A-1', '2.1.a', 'III.1', 'A.3', '4b'].map(parseNumberCell)).toEqual(['A-1', '2.1.a', 'III.1', 'A.3', '4b']);
    expect(matchDotted('§ 2.1 Nieuwbouw sociale huurwoningen')).toMatchObject({ label: '2.1', rest: 'Nieuwbouw sociale huurwoningen' });
    expect(matchDotted('II.3 Proef met hospitaverhuur')).toMatchObject({ label: 'II.3', rest: 'Proef met hospitaverhuur' });
    // A reference wrapped onto the start of a line is no heading.
    expect(matchDotted('§ 2.3 tellen mee voor maximaal een derde van de plaatsingen.')).toBeNull();
  });

  it('reads a "Partijen:" list with "(gemeente)" and "(Gem.)" after the municipality', () => {
    const text = `Prestatieafspraken Rijnoord 2026-2028

Partijen:
gemeente Rijnoord (gemeente), Woonstichting Oude Vaart (WOV), Mozaïek Rijnwonen (MR) en Huurdersvereniging Rijnoord (HVR).

A Beschikbaarheid

<table>
<tr><th>Eigenaar</th><th>Nr.</th><th>Wat spreken we af</th><th>Betrokken partijen</th></tr>
<tr><td>WOV</td><td>Afspraak A-1</td><td>WOV bouwt 38 sociale huurwoningen in Rijnoord-Noord.</td><td>gemeente</td></tr>
<tr><td>gemeente</td><td>Afspraak A-2</td><td>De gemeente legt de voorrang voor woningzoekenden uit de kernen vast.</td><td>WOV, MR</td></tr>
</table>
`;
    const d = extractDocument(text, { sourceName: 'rijnoord.txt' });
    expect(d.parties.map((p) => p.name)).toEqual(['Gemeente Rijnoord', 'Woonstichting Oude Vaart (WOV)', 'Mozaïek Rijnwonen (MR)', 'Huurdersvereniging Rijnoord (HVR)']);
    expect(d.agreements.map((a) => [a.number, a.chapterTitle, a.responsible])).toEqual([
      ['A-1', 'Beschikbaarheid', ['Woonstichting Oude Vaart (WOV)']],
      ['A-2', 'Beschikbaarheid', ['Gemeente']],
    ]);
    const opening = `Prestatieafspraken 2026

De gemeente Rijnoord (Gem.), Rijnoever Wonen (RW) en de Huurdersvereniging Rijnoever (HVR) maken ieder jaar afspraken over wonen.

1. RW bouwt 40 sociale huurwoningen.
2. De gemeente wijst een locatie aan voor flexwoningen.`;
    expect(extractDocument(opening, { sourceName: 'rijnoord.txt' }).parties.map((p) => p.name)).toEqual(['Gemeente Rijnoord', 'Rijnoever Wonen (RW)', 'Huurdersvereniging Rijnoever (HVR)']);
  });

  it('takes a party whose signature line carries its short form ("namens Stichting Huurdersbelang Rijnoord (SHR)")', () => {
    const text = `Prestatieafspraken Rijnoord 2026

§ 1.1 Nieuwbouw
Portaal bouwt 260 sociale huurwoningen.
Eigenaar: Portaal

§ 1.2 Huurdersavond
SHR organiseert een huurdersavond.
Eigenaar: SHR

Ondertekening

namens Gemeente Rijnoord
wethouder Wonen, mw. A. Kortekaas
______________________________

namens Portaal
regiodirecteur Eemland, dhr. R. Brouwer
______________________________

namens Stichting Huurdersbelang Rijnoord (SHR)
voorzitter, dhr. P. van Leusden
______________________________
`;
    const d = extractDocument(text, { sourceName: 'rijnoord.txt' });
    expect(d.parties.map((p) => p.name)).toEqual(['Gemeente Rijnoord', 'Portaal', 'Stichting Huurdersbelang Rijnoord (SHR)']);
    expect(d.agreements.map((a) => [a.number, a.responsible])).toEqual([
      ['1.1', ['Portaal']],
      ['1.2', ['Stichting Huurdersbelang Rijnoord (SHR)']],
    ]);
  });

  it('cuts a description from an abbreviation', () => {
    expect(readAbbreviations(['Afkortingen', '', 'HVA         Huurdersvereniging Andijk, huurdersorganisatie van Het Grootslag'])).toEqual([{ short: 'HVA', long: 'Huurdersvereniging Andijk' }]);
  });
});

describe('short forms of a party', () => {
  it('does not take a place for a tenants organisation ("Huurdersvereniging Andijk" is not "Andijk")', async () => {
    const { aliasesOf } = await import('../../src/ingest/front-matter/party-list.js');
    expect(aliasesOf('Huurdersvereniging Andijk')).toEqual(['Huurdersvereniging Andijk']);
    expect(aliasesOf("Huurdersraad Pré Wonen")).toEqual(["Huurdersraad Pré Wonen"]);
    expect(aliasesOf('Woonstichting Beekdal')).toContain('Beekdal');
  });
});
