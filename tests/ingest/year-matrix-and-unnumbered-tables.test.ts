import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { htmlToText } from '../../src/ingest/read-html.js';

// Invented documents for invented places ("Heidebeek", "Zandwijk", "Molenveen"); the layouts are those of real agreements.

describe('a year matrix ("Code | Onderwerp | 2026 | 2027 | 2028 | Trekker")', () => {
  const html = `<html><body>
<h1>Prestatieafspraken Heidebeek 2026-2028</h1>
<p>De gemeente Heidebeek, Woonstichting Heidebeek en Huurdersvereniging De Kern hebben afspraken gemaakt over wonen.</p>
<h2>Wie hebben de afspraken gemaakt?</h2>
<ul><li>Gemeente Heidebeek</li><li>Woonstichting Heidebeek (WHB)</li><li>Huurdersvereniging De Kern (HDK)</li></ul>
<h2>P. Nieuwbouw</h2>
<table>
<tr><th>Code</th><th>Onderwerp</th><th>2026</th><th>2027</th><th>2028</th><th>Trekker</th></tr>
<tr><td>P1</td><td>Nieuwe sociale huurwoningen</td><td>18 woningen Beekpark</td><td>26 woningen</td><td></td><td>WHB</td></tr>
<tr><td>P2</td><td>Tijdelijke woningen</td><td>Locatie gekozen</td><td>12 tijdelijke woningen geplaatst</td><td>Evaluatie</td><td>Gemeente en WHB</td></tr>
</table>
<h2>Q. Duurzaamheid</h2>
<table>
<tr><th>Code</th><th>Onderwerp</th><th>2026</th><th>2027</th><th>2028</th><th>Trekker</th></tr>
<tr><td>Q1</td><td>Woningen met zonnepanelen</td><td>310</td><td>420</td><td>530</td><td>WHB</td></tr>
<tr><td>Q2</td><td>Energiecoaches</td><td>3 coaches actief</td><td>5 coaches actief</td><td>5 coaches actief</td><td>HDK</td></tr>
</table>
</body></html>`;
  const read = () => extractDocument(htmlToText(html), { sourceName: 'heidebeek.html' });

  it('reads each row as one agreement numbered by its code, titled by its topic', () => {
    const doc = read();
    expect(doc.agreements.map((a) => [a.number, a.title, a.chapterTitle])).toEqual([
      ['P1', 'Nieuwe sociale huurwoningen', 'Nieuwbouw'],
      ['P2', 'Tijdelijke woningen', 'Nieuwbouw'],
      ['Q1', 'Woningen met zonnepanelen', 'Duurzaamheid'],
      ['Q2', 'Energiecoaches', 'Duurzaamheid'],
    ]);
  });

  it('keeps every filled year cell under its year, and leaves out the empty ones', () => {
    const doc = read();
    const text = doc.agreements[0]!.multiYearText;
    expect(text).toContain('2026: 18 woningen Beekpark');
    expect(text).toContain('2027: 26 woningen');
    expect(text).not.toContain('2028');
    expect(doc.agreements[2]!.multiYearText).toContain('2028: 530');
  });

  it('gives the trekker column as responsible, read by the short forms of the party list', () => {
    const doc = read();
    const bare = (names: string[]) => names.map((n) => n.replace(/\s*\([^)]*\)$/, ''));
    expect(doc.agreements.map((a) => bare(a.responsible))).toEqual([
      ['Woonstichting Heidebeek'],
      ['Gemeente', 'Woonstichting Heidebeek'],
      ['Woonstichting Heidebeek'],
      ['Huurdersvereniging De Kern'],
    ]);
  });
});

describe('codes with a year in them ("ZW26-01") in a number column', () => {
  const html = `<html><body>
<h1>Prestatieafspraken Zandwijk 2026</h1>
<p>De afspraken zijn gemaakt door:</p>
<ul><li>Gemeente Zandwijk (GZ)</li><li>Zandwonen (ZW)</li><li>Huurdersraad Zandwijk (HRZ)</li></ul>
<h2>WV – Woningvoorraad</h2>
<table>
<tr><th>Code</th><th>Afspraak</th><th>Trekker</th><th>Resultaat eind 2026</th></tr>
<tr><td>WV26-01</td><td>ZW bouwt 24 sociale huurwoningen aan de Dorpsstraat.<br>Het gaat om 24 appartementen.</td><td>ZW</td><td>Bouw gestart</td></tr>
<tr><td>WV26-02</td><td>GZ stelt een locatie beschikbaar voor 10 tijdelijke woningen.</td><td>GZ</td><td>Locatie bekend</td></tr>
</table>
<h2>LB – Leefbaarheid</h2>
<table>
<tr><th>Code</th><th>Afspraak</th><th>Trekker</th><th>Resultaat eind 2026</th></tr>
<tr><td>LB26-01</td><td>HRZ houdt twee keer per jaar een schouw met ZW.</td><td>HRZ</td><td>2 schouwen</td></tr>
</table>
</body></html>`;

  it('reads each coded row as an agreement with that code', () => {
    const doc = extractDocument(htmlToText(html), { sourceName: 'zandwijk.html' });
    expect(doc.agreements.map((a) => [a.number, a.responsible])).toEqual([
      ['WV26-01', ['Zandwonen (ZW)']],
      ['WV26-02', ['Gemeente']],
      ['LB26-01', ['Huurdersraad Zandwijk (HRZ)']],
    ]);
    expect(doc.agreements[0]!.multiYearText).toContain('Resultaat eind 2026: Bouw gestart');
  });
});

describe('agreement tables without numbers ("Doel | Prestatie | Planning | Wie")', () => {
  const text = [
    'PRESTATIEAFSPRAKEN 2026',
    '',
    'Gemeente Molenveen',
    '',
    '1 Inleiding',
    '',
    'Deze prestatieafspraken gelden voor het jaar 2026 en bouwen voort op de woonvisie van de gemeente.',
    '',
    'Partijen:',
    '',
    'Gemeente Molenveen (GM)',
    'Stichting Veenwonen (SVW)',
    'Huurdersbond Molenveen (HBM), namens de huurders van Veenwonen',
    '',
    'In de tabellen staan de partijen met deze afkortingen.',
    '',
    '2 Beschikbaarheid',
    '',
    '<table>',
    '<tr><th>Doel</th><th>Prestatie</th><th>Planning</th><th>Wie</th></tr>',
    '<tr><td>Meer huurwoningen</td><td>• SVW bouwt 40 sociale huurwoningen aan de Turfweg • HBM houdt drie bewonersavonden over 16 woningen in Veenhoek</td><td>2026</td><td>SVW, HBM</td></tr>',
    '<tr><td>Snelle procedures</td><td>De gemeente besluit binnen zes weken over vergunningen voor sociale huur.</td><td>Doorlopend</td><td>Gemeente</td></tr>',
    '</table>',
    '',
    '3 Betaalbaarheid',
    '',
    '<table>',
    '<tr><th>Doel</th><th>Prestatie</th><th>Planning</th><th>Wie</th></tr>',
    '<tr><td>Betaalbare huren</td><td>SVW houdt de huurverhoging onder de inflatie en legt het voorstel voor aan HBM.</td><td>1 juli 2026</td><td>SVW, HBM</td></tr>',
    '</table>',
    '',
    'Ondertekening',
    '',
    '<table>',
    '<tr><td>Gemeente Molenveen</td><td>Stichting Veenwonen</td><td>Huurdersbond Molenveen</td></tr>',
    '<tr><td>J. Jansen, wethouder</td><td>K. de Vries, bestuurder</td><td>L. Bakker, voorzitter</td></tr>',
    '</table>',
  ].join('\n');
  const read = () => extractDocument(text, { sourceName: 'molenveen.txt' });

  it('reads every row, and every bullet in a cell, as an agreement, numbered in order', () => {
    const doc = read();
    expect(doc.agreements.map((a) => [a.number, a.chapterTitle])).toEqual([
      ['1', 'Beschikbaarheid'],
      ['2', 'Beschikbaarheid'],
      ['3', 'Beschikbaarheid'],
      ['4', 'Betaalbaarheid'],
    ]);
    expect(doc.agreements[0]!.multiYearText).toMatch(/^SVW bouwt 40 sociale huurwoningen aan de Turfweg\. Planning: 2026\./);
    expect(doc.agreements[1]!.multiYearText).toContain('16 woningen in Veenhoek');
    expect(doc.agreements.some((a) => a.originalText.includes('wethouder'))).toBe(false);
    expect(doc.warnings.join(' ')).toContain('tabel zonder nummers');
  });

  it('gives a bullet the parties of the row that it names, and a row all of its parties', () => {
    const doc = read();
    expect(doc.agreements.map((a) => a.responsible)).toEqual([
      ['Stichting Veenwonen (SVW)'],
      ['Huurdersbond Molenveen (HBM)'],
      ['Gemeente'],
      ['Stichting Veenwonen (SVW)', 'Huurdersbond Molenveen (HBM)'],
    ]);
  });
});
