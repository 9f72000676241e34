import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { htmlToText } from '../../src/ingest/read-html.js';

describe('a document that changes layout per chapter', () => {
  const html = `<h1>Prestatieafspraken Rijnoord 2026–2027</h1>
<p>Partijen: de gemeente Rijnoord, Stichting Rijnwonen en Huurdersplatform Rijnoord (HPR).</p>
<h2>I Betaalbaarheid</h2>
<h3>I.1 Huurbevriezing</h3><p>Rijnwonen bevriest de huur van huishoudens met een inkomen tot 120% van het sociaal minimum.</p>
<h3>I.2 Servicekosten</h3><p>Rijnwonen beperkt de stijging van de servicekosten tot 5% per jaar.</p>
<h2>II Beschikbaarheid</h2>
<h3>II.1 Nieuwbouw</h3><p>Rijnwonen start met de bouw van 175 sociale huurwoningen.</p>
<h2>III Duurzaamheid</h2>
<p>In de tabel staat per opgave de afspraak.</p>
<table><tr><th>Nr.</th><th>Opgave</th><th>Afspraak</th><th>Trekker</th></tr>
<tr><td>III.1</td><td rowspan="2">Aardgasvrij</td><td>Rijnwonen sluit 320 woningen aan op het warmtenet.</td><td>Rijnwonen</td></tr>
<tr><td>III.2</td><td>De gemeente stelt het warmteplan voor de wijk Oost vast.</td><td>gemeente</td></tr></table>
<h2>IV Leefbaarheid</h2>
<p>Partijen maken de volgende afspraken.</p>
<ul><li>IV.1 Huismeesters – Rijnwonen zet twee extra huismeesters in de wijk Oost in. (trekker: Rijnwonen)</li>
<li>IV.2 Ondersteuning huurders – Rijnwonen stelt HPR jaarlijks € 22.000 beschikbaar voor scholing. (trekker: Rijnwonen)</li></ul>
<h2>V Monitoring</h2>
<ul><li>De gemeente maakt twee keer per jaar een voortgangsrapportage.</li><li>Partijen bespreken die in het bestuurlijk overleg.</li></ul>`;

  it('reads each chapter with its own layout, keeps the document numbers, and adds nothing from other chapters', () => {
    const d = extractDocument(htmlToText(html), { sourceName: 'rijnoord.html' });
    expect(d.agreements.map((a) => [a.number, a.chapterTitle])).toEqual([
      ['I.1', 'Betaalbaarheid'],
      ['I.2', 'Betaalbaarheid'],
      ['II.1', 'Beschikbaarheid'],
      ['III.1', 'Duurzaamheid'],
      ['III.2', 'Duurzaamheid'],
      ['IV.1', 'Leefbaarheid'],
      ['IV.2', 'Leefbaarheid'],
    ]);
    // A cell over two rows ("Aardgasvrij") does not push the second row's text into the wrong column.
    expect(d.agreements[4]!.multiYearText).toContain('warmteplan');
    expect(d.agreements[4]!.responsible).toEqual(['Gemeente']);
    expect(d.agreements[5]!.title).toBe('Huismeesters');
  });
});

describe('a document with a multi-year part and year parts that repeat its numbers', () => {
  const text = `# Prestatieafspraken Rijnoord 2026–2029

Partijen: de gemeente Rijnoord, Stichting Rijnwonen en Huurdersvereniging Rijnoord (HVR).

## Deel A – Meerjarige afspraken 2026–2029

### 1 Beschikbaarheid

1.1 Rijnwonen breidt de sociale huurvoorraad uit met netto 350 woningen.

### 2 Duurzaamheid

2.1 In 2029 hebben alle woningen van Rijnwonen minimaal energielabel C.

## Deel B – Jaarschijf 2026

1.1 Rijnwonen start de bouw van 48 sociale huurappartementen in het centrum.

2.1 Rijnwonen isoleert 210 woningen in Rijnoord-Noord.

## Deel C – Jaarschijf 2027

1.1 Rijnwonen levert 32 sociale huurwoningen op aan de Hoogstraat.
`;

  it('marks each agreement with its part and puts a year part under the chapters of its numbers', () => {
    const d = extractDocument(text, { sourceName: 'rijnoord.md' });
    expect(d.agreements.map((a) => [a.number, a.kind, a.chapterTitle])).toEqual([
      ['1.1', 'meerjarig', 'Beschikbaarheid'],
      ['2.1', 'meerjarig', 'Duurzaamheid'],
      ['1.1b', 'jaarafspraak', 'Beschikbaarheid'],
      ['2.1b', 'jaarafspraak', 'Duurzaamheid'],
      ['1.1c', 'jaarafspraak', 'Beschikbaarheid'],
    ]);
  });

  it('gives no kind when the whole document is one year part', () => {
    const one = `Prestatieafspraken Rijnoord 2022-2025

Jaarschijf 2023

Partijen: gemeente Rijnoord en Stichting Rijnwonen.

1. Beschikbaarheid

1.1 Rijnwonen bouwt 40 sociale huurwoningen.

1.2 De gemeente wijst een locatie aan voor flexwoningen.
`;
    expect(extractDocument(one, { sourceName: 'rijnoord.txt' }).agreements.map((a) => a.kind)).toEqual([null, null]);
  });
});
