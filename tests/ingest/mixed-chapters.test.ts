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
