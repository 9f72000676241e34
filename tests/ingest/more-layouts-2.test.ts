import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { htmlToText } from '../../src/ingest/read-html.js';

describe('layouts of unseen documents, second round', () => {
  it('reads paragraphs that end with their number in brackets ("… grondprijs. [A2]"), introductions left out', () => {
    const text = `Prestatieafspraken Rijnoord 2025-2028

Ondergetekenden:
1. de gemeente Rijnoord, hierna: de gemeente;
2. Omnia Wonen, hierna: Omnia;

maken met dit document afspraken. De afspraken hebben een looptijd van vier jaar, van 2025 tot en met 2028.

2 Wonen en beschikbaarheid

De vraag naar sociale huurwoningen blijft groter dan het aanbod.

Omnia breidt de sociale huurvoorraad uit met minimaal 110 woningen.
(trekker: Omnia) [A1]

De gemeente stelt de locatie De Kiekendief beschikbaar tegen de sociale grondprijs. [A2]

3 Betaalbaarheid

Omnia hanteert een gematigd huurbeleid; de huursomstijging blijft onder de
inflatie. Wie: Omnia. [B1]
`;
    const d = extractDocument(text, { sourceName: 'rijnoord.txt' });
    expect(d.agreements.map((a) => [a.number, a.chapterTitle, a.responsible])).toEqual([
      ['A1', 'Wonen en beschikbaarheid', ['Omnia Wonen']],
      ['A2', 'Wonen en beschikbaarheid', ['Gemeente']],
      ['B1', 'Betaalbaarheid', ['Omnia Wonen']],
    ]);
    expect(d.agreements[2]!.multiYearText).toContain('huursomstijging blijft onder de inflatie');
  });

  it('reads theme codes ("BE.1", "PA-01") and names a theme without its code ("Beschikbaarheid (BE)")', () => {
    const html = `<h1>Prestatieafspraken Rijnoord 2026</h1><p>Partijen: gemeente Rijnoord (GR) en Woonstichting Zonnehoek (WSZ).</p>
<h2>1. Beschikbaarheid (BE)</h2><table><tr><th>Nr.</th><th>Wat</th><th>Resultaat 2026</th><th>Eigenaar</th></tr>
<tr><td>BE.1</td><td>Start bouw sociale huurwoningen</td><td>34 woningen gestart</td><td>WSZ</td></tr>
<tr><td>BE.2</td><td>Woningdelen mogelijk maken</td><td>Beleidsregel aangepast</td><td>GR</td></tr></table>`;
    const d = extractDocument(htmlToText(html), { sourceName: 'rijnoord.html' });
    expect(d.agreements.map((a) => [a.number, a.chapterTitle])).toEqual([
      ['BE.1', 'Beschikbaarheid'],
      ['BE.2', 'Beschikbaarheid'],
    ]);
    const md = `# Prestatieafspraken Rijnoord 2026-2027

Partijen: gemeente Rijnoord en Woonstichting Zonnehoek.

## Wonen

### PA-01 Nieuwbouw Oost
Zonnehoek bouwt 60 woningen op het bedrijventerrein Oost.

### PA-02 Starters
De gemeente wijst 20 woningen toe aan starters uit de eigen kern.
`;
    expect(extractDocument(md, { sourceName: 'rijnoord.md' }).agreements.map((a) => [a.number, a.title])).toEqual([
      ['PA-01', 'Nieuwbouw Oost'],
      ['PA-02', 'Starters'],
    ]);
  });

  it('ends a contract\'s recitals at "komen het volgende overeen", so the bullets after it are agreements', () => {
    const text = `Samen thuis in Rijnoord
Prestatieafspraken wonen

De ondergetekenden:

1. De gemeente Rijnoord, hierna te noemen: de gemeente;
2. Woonstichting Kennemerhof, hierna te noemen: Kennemerhof;

overwegende dat

- de gemeenteraad een woonvisie heeft vastgesteld;
- partijen hun inzet willen vastleggen;

komen het volgende overeen.


Nieuwe woningen

▪ Kennemerhof bouwt in de looptijd 210 nieuwe sociale huurwoningen.
▪ De gemeente en Kennemerhof zoeken samen naar een plek voor 40 tijdelijke woningen.
`;
    const d = extractDocument(text, { sourceName: 'rijnoord.txt' });
    expect(d.agreements.map((a) => [a.number, a.chapterTitle])).toEqual([
      ['1', 'Nieuwe woningen'],
      ['2', 'Nieuwe woningen'],
    ]);
  });

  it('reads a web page\'s "Wie hebben de afspraken gemaakt?" list as parties and its sub-headings as themes', () => {
    const html = `<h1>Prestatieafspraken wonen 2024-2027</h1>
<h2>Wie hebben de afspraken gemaakt?</h2><p>De prestatieafspraken zijn ondertekend door:</p>
<ul><li>de gemeente Rijnoord;</li><li>woningcorporatie Woonkracht8;</li><li>Huurdersbelangenvereniging Rijnoord (HBVR).</li></ul>
<h2>Dit spreken we af</h2>
<h3>Nieuwe woningen</h3><ul><li>Woonkracht8 bouwt minimaal 120 nieuwe sociale huurwoningen.</li><li>De gemeente zorgt ieder jaar voor een bouwlocatie.</li></ul>
<h3>Betaalbaarheid</h3><ul><li>De HBVR houdt twee keer per jaar een spreekuur over huurtoeslag.</li></ul>`;
    const d = extractDocument(htmlToText(html), { sourceName: 'rijnoord.html' });
    expect(d.agreements.map((a) => [a.number, a.chapterTitle])).toEqual([
      ['1', 'Nieuwe woningen'],
      ['2', 'Nieuwe woningen'],
      ['3', 'Betaalbaarheid'],
    ]);
    expect(d.parties.map((p) => p.name)).toContain('Huurdersbelangenvereniging Rijnoord (HBVR)');
  });

  it('keeps a Word list inside a list item with that item, and gives the parts their kind', () => {
    const html = `<p>Prestatieafspraken Rijnoord 2025 – 2028</p><p>Partijen: de gemeente Rijnoord en Stichting Tablis Wonen.</p>
<h1>Deel A – Meerjarige afspraken 2025-2028</h1>
<ol><li><b>Beschikbaarheid</b><ol style='list-style-type:none'>
<li><b>1.1</b> Tablis Wonen voegt netto 150 sociale huurwoningen toe.<ul><li>een derde is voor kleine huishoudens;</li><li>sloop en verkoop zijn verrekend.</li></ul></li>
<li><b>1.2</b> De gemeente brengt de locatie Baanhoek in.</li></ol></li></ol>
<h1>Deel B – Jaarschijf 2026</h1>
<table><tr><th>Nr.</th><th>Actie 2026</th><th>Trekker</th></tr><tr><td>J1</td><td>Oplevering van 38 sociale huurwoningen.</td><td>Tablis Wonen</td></tr>
<tr><td>J2</td><td>Start van de proef met hospitaverhuur.</td><td>Tablis Wonen</td></tr></table>`;
    const d = extractDocument(htmlToText(html), { sourceName: 'rijnoord.html' });
    expect(d.agreements.map((a) => [a.number, a.kind])).toEqual([
      ['1.1', 'meerjarig'],
      ['1.2', 'meerjarig'],
      ['J1', 'jaarafspraak'],
      ['J2', 'jaarafspraak'],
    ]);
    expect(d.agreements[0]!.multiYearText).toContain('sloop en verkoop zijn verrekend');
  });
});
