import { describe, expect, it } from 'vitest';
import { parseNumberCell, parseRowNumber } from '../../src/ingest/agreement-labels.js';
import { toLines } from '../../src/ingest/blocks.js';
import { commaRowsToTabs } from '../../src/ingest/comma-rows.js';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { htmlToText } from '../../src/ingest/read-html.js';

// Invented documents for invented places ("Veldhoven-Noord", "Brakeloo"); the layouts are those of real exports and jaarschijven.

describe('a spreadsheet saved as CSV with commas', () => {
  const csv = `Prestatieafspraken gemeente Brakeloo 2025-2027,,,,
"Export uit het Afsprakenregister, 3 februari 2025",,,,
"Partijen: Gemeente Brakeloo, Woonbron Brakeloo, Huurdersraad Brakeloo (HRB), Bewonersraad Noord (BRN)",,,,
"Deze afspraken lopen tot 1 januari 2028. ""Doorlopend"" = de hele looptijd.",,,,
,,,,
Nr,Thema,Afspraak,Trekker,Jaar
1.1,Wonen,"Woonbron Brakeloo bouwt 36 sociale huurwoningen aan de Vlasakker, waarvan 10 voor senioren.",Woonbron Brakeloo,2025
1.2,Wonen,"De gemeente levert de grond aan de Molenweg; de prijs is € 17.000 per woning, geïndexeerd.",Gemeente,2025-2026
2.1,Betaalbaarheid,"De huurdersraad houdt spreekuren ""Grip op je geld"" in de wijken Noord, Oost en Zuid.
Woonbron Brakeloo betaalt de zaalhuur.",Huurdersraad Brakeloo,2026
2.2,Betaalbaarheid,"Woonbron Brakeloo en de gemeente melden een huurachterstand binnen 6 weken, met toestemming van de huurder.",Gemeente / Woonbron Brakeloo,doorlopend
,,,,
"Bron: Afsprakenregister Brakeloo, versie 2",,,,

De gemeente, de corporatie en de huurdersraad, samen de partijen, bespreken dit register twee keer per jaar, in maart en september.`;

  it('reads the records as table rows: quoted commas, doubled quotes and line breaks stay inside their cell', () => {
    const d = extractDocument(csv, { sourceName: 'brakeloo-export.txt' });
    expect(d.agreements.map((a) => [a.number, a.chapterTitle, a.responsible])).toEqual([
      ['1.1', 'Wonen', ['Woonbron Brakeloo']],
      ['1.2', 'Wonen', ['Gemeente']],
      ['2.1', 'Betaalbaarheid', ['Huurdersraad Brakeloo (HRB)']],
      ['2.2', 'Betaalbaarheid', ['Gemeente', 'Woonbron Brakeloo']],
    ]);
    expect(d.agreements[0]!.multiYearText).toContain('aan de Vlasakker, waarvan 10 voor senioren');
    expect(d.agreements[2]!.multiYearText).toContain('spreekuren "Grip op je geld" in de wijken Noord, Oost en Zuid');
    expect(d.agreements[2]!.multiYearText).toContain('betaalt de zaalhuur');
    expect(d.municipality).toBe('Brakeloo');
    // The title rows are lines of text: the list of parties ends where the next row begins.
    expect(d.parties.map((p) => p.name)).toEqual(['Gemeente Brakeloo', 'Woonbron Brakeloo', 'Huurdersraad Brakeloo (HRB)', 'Bewonersraad Noord (BRN)']);
  });

  it('needs a header naming the agreement columns: sentences with commas around the sheet or without one stay sentences', () => {
    expect(toLines(csv).filter((l) => l.includes('\t'))).toHaveLength(5);
    expect(toLines(csv).at(-1)).toBe('De gemeente, de corporatie en de huurdersraad, samen de partijen, bespreken dit register twee keer per jaar, in maart en september.');
    const prose = ['Wonen, Zorg, Welzijn', 'De gemeente bouwt, de corporatie beheert, de huurders praten mee.', 'Zij overleggen, evalueren, sturen bij.', 'Eerst dit, dan dat, tot slot iets anders.'];
    expect(commaRowsToTabs(prose)).toEqual(prose);
  });
});

describe('a jaarschijf numbered per year ("2025-01", "2025-02")', () => {
  const html = `<html><body>
<h1>Jaarschijf 2025</h1>
<p>Uitwerking voor 2025 van de Prestatieafspraken Veldhoven-Noord 2023-2026.</p>
<h2>Thema 1 – Nieuwbouw</h2>
<table>
<tr><th>Nr.</th><th>Actie</th><th>Resultaat eind 2025</th><th>Trekker</th><th>Partners</th></tr>
<tr><td>2025-01</td><td>Oplevering van 30 appartementen aan het Kerkplein.</td><td>30 woningen verhuurd</td><td>Woonveld</td><td>Gemeente</td></tr>
<tr><td>2025-02</td><td>Onderzoek naar flexwoningen bij het station.</td><td>Besluit college</td><td>Gemeente</td><td>Woonveld, HVN</td></tr>
</table>
<h2>Thema 2 – Betaalbaarheid</h2>
<table>
<tr><th>Nr.</th><th>Actie</th><th>Resultaat eind 2025</th><th>Trekker</th><th>Partners</th></tr>
<tr><td>2025-03</td><td>Huurbevriezing voor huurders met een laag inkomen.</td><td>Regeling uitgevoerd</td><td>Woonveld</td><td>HVN</td></tr>
<tr><td>2025-04</td><td>Twee informatieavonden over toeslagen.</td><td>Avonden gehouden</td><td>HVN</td><td></td></tr>
</table>
</body></html>`;

  it('reads each row as an agreement numbered by its code, the trekker responsible and the partners not', () => {
    const d = extractDocument(htmlToText(html), { sourceName: 'veldhoven-noord-jaarschijf-2025.html' });
    expect(d.agreements.map((a) => [a.number, a.chapterTitle, a.responsible])).toEqual([
      ['2025-01', 'Nieuwbouw', ['Woonveld']],
      ['2025-02', 'Nieuwbouw', ['Gemeente']],
      ['2025-03', 'Betaalbaarheid', ['Woonveld']],
      ['2025-04', 'Betaalbaarheid', ['HVN']],
    ]);
    expect(d.agreements[1]!.multiYearText).toContain('Partners: Woonveld, HVN.');
  });

  it('reads a year and a number as a code, but a year or a period as no number', () => {
    expect(['2025-03', '26-04', 'Nr. 2026-11', '2026-1'].map(parseNumberCell)).toEqual(['2025-03', '26-04', '2026-11', '2026-1']);
    expect(['2026', '2026-2029', '2026-27', '26-28'].map(parseNumberCell)).toEqual([null, null, null, null]);
    // After "2026-26" the next row's "2026-27" is the 27th action, not the period 2026–2027.
    expect(parseRowNumber('2026-27', '2026-26')).toBe('2026-27');
  });
});
