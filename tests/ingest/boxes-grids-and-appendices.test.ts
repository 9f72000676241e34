import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { gridTablesToRows } from '../../src/ingest/grid-table.js';
import { joinLabelLines } from '../../src/ingest/label-lines.js';
import { htmlToText } from '../../src/ingest/read-html.js';

// Invented documents for invented places ("Veldhoek", "Brinkdorp"…); the layouts are those of real agreements.
const rule = '_'.repeat(50);

describe('boxed agreements with a label on its own line ("Doel" / "Afspraak" / "Trekker")', () => {
  const box = (goal: string, agreement: string, lead: string) => [rule, 'Doel', goal, 'Afspraak', agreement, 'Trekker', lead, 'Termijn', 'eind 2027', rule, ''];
  const text = [
    'Prestatieafspraken Veldhoek',
    'Voor de jaren 2026 en 2027',
    '',
    'Partijen: de gemeente Veldhoek, woningcorporatie Heidewonen en de Huurdersraad Veldhoek.',
    '',
    'BESCHIKBAARHEID',
    '',
    ...box('Meer woningen voor starters.', 'Heidewonen bouwt 40 sociale huurwoningen in de kern Veldhoek.', 'Heidewonen'),
    ...box('Snel een dak boven het hoofd.', 'De gemeente plaatst 12 flexwoningen aan de Molenweg.', 'Gemeente Veldhoek'),
    'BETAALBAARHEID',
    '',
    ...box('Betaalbare huren.', 'Heidewonen houdt de huurverhoging onder de inflatie.', 'Heidewonen en gemeente'),
  ].join('\n');

  it('joins a label to its value only where such labels recur', () => {
    expect(joinLabelLines(['Doel', 'Meer woningen.', 'Afspraak', 'Heidewonen bouwt.', 'Trekker', 'Heidewonen'])).toEqual([
      'Doel: Meer woningen.',
      'Afspraak: Heidewonen bouwt.',
      'Trekker: Heidewonen',
    ]);
    expect(joinLabelLines(['Afspraak', 'De gemeente bouwt 20 woningen.'])).toEqual(['Afspraak', 'De gemeente bouwt 20 woningen.']);
  });

  it('reads one agreement per box, with its goal in the text, its trekker and the period', () => {
    const doc = extractDocument(text, { sourceName: 'veldhoek.txt' });
    expect(doc.period).toEqual({ from: 2026, to: 2027 });
    expect(doc.agreements.map((a) => [a.number, a.chapterTitle, a.responsible])).toEqual([
      ['1', 'Beschikbaarheid', ['Heidewonen']],
      ['2', 'Beschikbaarheid', ['Gemeente']],
      ['3', 'Betaalbaarheid', ['Gemeente', 'Heidewonen']],
    ]);
    expect(doc.agreements[0]!.multiYearText).toContain('40 sociale huurwoningen');
    expect(doc.agreements[0]!.multiYearText).toContain('Meer woningen voor starters');
    expect(doc.agreements[0]!.title).toMatch(/^Heidewonen bouwt 40 sociale huurwoningen/);
  });
});

describe('a two-column PDF numbered "1a", "1b" with "(trekker: …)" below a paragraph', () => {
  const text = [
    'PRESTATIEAFSPRAKEN',
    'BRINKDORP 2026-2029',
    '',
    'Partijen zijn de gemeente Brinkdorp, Brinkwonen en Huurdersplatform Brinkdorp.',
    '',
    'I BETAALBAARHEID',
    '',
    '1a Nieuwbouw sociale huur',
    'Brinkwonen voegt tot 2029 ten minste',
    '120 sociale huurwoningen toe.',
    '',
    '1b Grondprijs',
    'Voor sociale huurwoningen geldt een vaste grondprijs',
    'van € 25.000. Brinkwonen bouwt op die grond.',
    '(trekker: gemeente)',
    '',
    '1c Huurbeleid',
    'Brinkwonen houdt de huren betaalbaar.',
  ].join('\n');

  it('keeps the printed numbers and makes the named trekker alone responsible', () => {
    const doc = extractDocument(text, { sourceName: 'brinkdorp.txt' });
    expect(doc.agreements.map((a) => [a.number, a.title, a.responsible])).toEqual([
      ['1a', 'Nieuwbouw sociale huur', ['Brinkwonen']],
      ['1b', 'Grondprijs', ['Gemeente']],
      ['1c', 'Huurbeleid', ['Brinkwonen']],
    ]);
    expect(doc.agreements[1]!.multiYearText).not.toContain('trekker');
  });
});

describe('who leads and who is involved', () => {
  it('counts only the parties before "betrokken:" and after the period of a contract in subordinate order', () => {
    const text = [
      '# Prestatieafspraken Esdonk',
      'Ondergetekenden: de gemeente Esdonk, Stichting Esdonk Wonen en Huurdersvereniging Esdonk (HVE).',
      'Overwegende dat deze overeenkomst in werking treedt op 1 januari 2025 en geldig is tot 1 januari 2029;',
      '## Thema: Wonen',
      '**Afspraak 1 – Nieuwbouw**',
      'Esdonk Wonen bouwt 60 woningen.',
      'Verantwoordelijk: Esdonk Wonen; betrokken: gemeente, HVE',
      '**Afspraak 2 – Grond**',
      'De gemeente levert grond.',
      'Verantwoordelijk: gemeente (partners: Esdonk Wonen)',
    ].join('\n\n');
    const doc = extractDocument(text, { sourceName: 'esdonk.md' });
    expect(doc.period).toEqual({ from: 2025, to: 2028 });
    expect(doc.agreements.map((a) => [a.number, a.responsible])).toEqual([
      ['1', ['Stichting Esdonk Wonen']],
      ['2', ['Gemeente']],
    ]);
  });
});

describe('a regional document with a local part', () => {
  const text = [
    '# Woonafspraken regio Heuvelland 2026-2030',
    '## met lokale uitwerking gemeente Kronendal 2026-2029',
    '# Deel A – Regionale woonafspraken',
    '### Wat we in de regio afspreken',
    '- De gemeenten en corporaties bouwen samen 5.000 sociale huurwoningen.',
    '- Alle gemeenten werken met één urgentieregeling.',
    '# Deel B – Lokale uitwerking Kronendal',
    '### Partijen',
    '- Gemeente Kronendal',
    '- Kronenwonen',
    '- Huurdersbelang Kronendal (HBK)',
    '### Looptijd',
    'De lokale afspraken hebben een looptijd van vier jaar, van 2026 tot en met 2029.',
    '### Beschikbaarheid',
    '- **Actie 1** – Kronenwonen bouwt 80 woningen in de wijk Zuid. *Wie: Kronenwonen*',
    '- **Actie 2** – De gemeente verkoopt grond voor € 20.000 per woning. *Wie: gemeente, Kronenwonen*',
    '### Leefbaarheid',
    '- **Actie 3** – Kronenwonen zet een buurtconciërge in. *Wie: Kronenwonen*',
  ].join('\n\n');

  it("keeps the local part's actions under their own numbers, with the local period", () => {
    const doc = extractDocument(text, { sourceName: 'kronendal.md' });
    expect(doc.municipality).toBe('Kronendal');
    expect(doc.period).toEqual({ from: 2026, to: 2029 });
    expect(doc.agreements.map((a) => [a.number, a.chapterTitle, a.responsible])).toEqual([
      ['1', 'Beschikbaarheid', ['Kronenwonen']],
      ['2', 'Beschikbaarheid', ['Gemeente', 'Kronenwonen']],
      ['3', 'Leefbaarheid', ['Kronenwonen']],
    ]);
    expect(doc.agreements[0]!.title).not.toMatch(/Actie|Wie/);
    expect(doc.agreements[0]!.multiYearText).not.toContain('Wie:');
  });
});

describe('a year appendix that repeats the multi-year numbers ("Bijlage 2 Jaarschijf 2026")', () => {
  const html = `<h1>Prestatieafspraken gemeente Zandvoorde 2025-2029</h1>
<p>Partijen: de gemeente Zandvoorde, Duinwonen en Huurdersvereniging Zandvoorde.</p>
<h2>1 Beschikbaarheid</h2>
<h3>Afspraak 1.1 Nieuwbouw</h3><p>Duinwonen bouwt in de looptijd 200 woningen.</p><p>Wie: Duinwonen</p>
<h3>Afspraak 1.2 Locaties</h3><p>De gemeente maakt een locatieplan.</p><p>Wie: gemeente</p>
<h2>2 Betaalbaarheid</h2>
<h3>Afspraak 2.1 Huurbeleid</h3><p>Duinwonen houdt de huren onder de inflatie.</p><p>Wie: Duinwonen</p>
<h2>Bijlage 1 Begrippen</h2>
<ul><li><b>Jaarschijf</b>: de uitwerking voor één jaar.</li></ul>
<h2>Bijlage 2 Jaarschijf 2026</h2>
<table><tr><th>Nr.</th><th>Afspraak</th><th>Resultaat 2026</th><th>Trekker</th></tr>
<tr><td>1.1</td><td>Nieuwbouw</td><td>Oplevering van 45 woningen in de Duinwijk</td><td>Duinwonen</td></tr>
<tr><td>2.1</td><td>Huurbeleid</td><td>Huurverhoging per 1 juli 2026 maximaal 3%</td><td>Duinwonen</td></tr></table>
<h2>Ondertekening</h2><p>Zandvoorde, 10 december 2025</p>`;

  it('reads the appendix rows as this year\'s agreements under the chapters of their numbers; the main text is multi-year', () => {
    const doc = extractDocument(htmlToText(html), { sourceName: 'zandvoorde.html' });
    expect(doc.agreements.map((a) => [a.number, a.kind, a.chapterTitle])).toEqual([
      ['1.1', 'meerjarig', 'Beschikbaarheid'],
      ['1.2', 'meerjarig', 'Beschikbaarheid'],
      ['2.1', 'meerjarig', 'Betaalbaarheid'],
      ['1.1b', 'jaarafspraak', 'Beschikbaarheid'],
      ['2.1b', 'jaarafspraak', 'Betaalbaarheid'],
    ]);
    expect(doc.agreements[3]!.multiYearText + doc.agreements[3]!.yearText).toContain('45 woningen in de Duinwijk');
  });
});

describe('a table drawn with ASCII borders', () => {
  const grid = [
    '+------+----------------------------------+-----------+',
    '| Nr.  | Wat spreken we af                | Wie       |',
    '+======+==================================+===========+',
    '| A1   | Beekwonen start met de bouw van  | BW        |',
    '|      | 30 woningen aan de Beekstraat.   |           |',
    '+------+----------------------------------+-----------+',
    '| A2   | De gemeente levert de grond voor | GB, BW    |',
    '|      | de sociale grondprijs.           |           |',
    '+------+----------------------------------+-----------+',
  ];

  it('turns each bordered row into one row, its wrapped cells joined', () => {
    expect(gridTablesToRows(grid)).toEqual([
      'Nr.\tWat spreken we af\tWie',
      'A1\tBeekwonen start met de bouw van 30 woningen aan de Beekstraat.\tBW',
      'A2\tDe gemeente levert de grond voor de sociale grondprijs.\tGB, BW',
    ]);
  });

  it('reads the rows as agreements, the short forms resolved through the party list', () => {
    const text = [
      'PRESTATIEAFSPRAKEN 2026 gemeente Beekdal',
      '',
      'Deze afspraken zijn gemaakt door:',
      '  - Gemeente Beekdal (GB)',
      '  - Beekwonen (BW)',
      '',
      'A. NIEUWBOUW',
      '',
      ...grid,
    ].join('\n');
    const doc = extractDocument(text, { sourceName: 'beekdal.txt' });
    expect(doc.agreements.map((a) => [a.number, a.responsible])).toEqual([
      ['A1', ['Beekwonen (BW)']],
      ['A2', ['Gemeente', 'Beekwonen (BW)']],
    ]);
    expect(doc.agreements[0]!.multiYearText).toContain('30 woningen aan de Beekstraat');
  });
});

describe('a glossary that explains an abbreviation ("Begrippen": "HBD   Huurdersbelang Dijkstad")', () => {
  it('makes the abbreviation a short form of the party, not a party of its own', () => {
    const text = [
      'Prestatieafspraken Dijkstad 2026',
      '',
      'Partijen: de gemeente Dijkstad, Dijkwonen en Huurdersbelang Dijkstad.',
      '',
      '1 Wonen',
      '',
      '1.1 Energiecoaches',
      'De gemeente en de huurders zetten energiecoaches in. (wie: gemeente, HBD)',
      '',
      'Bijlage 2 Begrippen',
      '',
      'Bod          overzicht van de voorgenomen activiteiten van een corporatie',
      'HBD          Huurdersbelang Dijkstad',
    ].join('\n');
    const doc = extractDocument(text, { sourceName: 'dijkstad.txt' });
    expect(doc.parties.map((p) => p.name)).toEqual(['Gemeente Dijkstad', 'Dijkwonen', 'Huurdersbelang Dijkstad']);
    expect(doc.agreements[0]!.responsible).toEqual(['Gemeente', 'Huurdersbelang Dijkstad']);
  });
});

describe('a contract with articles and members ("Artikel 3" – "1.", "2.")', () => {
  const text = [
    'Prestatieafspraken Lindewaard 2025-2028',
    '',
    'De ondergetekenden: de gemeente Lindewaard, Stichting Lindewonen en Huurdersraad Lindewaard.',
    '',
    'Artikel 1  Begripsbepalingen',
    '',
    'In deze overeenkomst wordt verstaan onder:',
    'a. sociale huurwoning: een woning met een huur tot de huurtoeslaggrens;',
    '',
    'Artikel 2  Doel en looptijd',
    '',
    '1. Deze overeenkomst legt de bijdrage van partijen aan de woonvisie vast.',
    '2. Deze overeenkomst geldt van 1 januari 2025 tot en met 31 december 2028.',
    '',
    'Artikel 3  Nieuwbouw',
    '',
    '1. Lindewonen voegt in de looptijd ten minste 300 sociale huurwoningen toe aan de voorraad.',
    '',
    '2. De gemeente levert grond voor € 21.000 per sociale huurwoning.',
    '',
    'Artikel 4  Wonen en zorg',
    '',
    'De gemeente en Lindewonen realiseren in de looptijd ten minste 60 geclusterde woningen voor ouderen met een ontmoetingsruimte.',
    '',
    'Artikel 5  Betaalbaarheid',
    '',
    '1. Lindewonen houdt de huurverhoging gemiddeld gelijk aan de inflatie.',
    '',
    '2. Lindewonen meldt huurachterstanden na één maand bij de gemeente.',
    '',
    'Artikel 6  Slotbepalingen',
    '',
    '1. Wijziging van deze overeenkomst is alleen mogelijk met instemming van alle partijen.',
    '2. Deze overeenkomst kan worden aangehaald als "Prestatieafspraken Lindewaard".',
  ].join('\n');

  it('reads each member as an agreement, an article without members as one, and leaves definitions and closing provisions out', () => {
    const doc = extractDocument(text, { sourceName: 'lindewaard.txt' });
    expect(doc.agreements.map((a) => a.number)).toEqual(['3.1', '3.2', '4', '5.1', '5.2']);
    expect(doc.agreements[2]!.multiYearText).toContain('60 geclusterde woningen');
    expect(doc.period).toEqual({ from: 2025, to: 2028 });
  });
});

describe('a document per party ("Wat doet de gemeente?", "Wat doet Maasdal?", "Wat doen we samen?")', () => {
  it('makes the party of the chapter responsible when the text names no one', () => {
    const html = `<h1>Prestatieafspraken Maasdal 2026</h1>
<p>Partijen: de gemeente Maasdal, Maasdal Wonen en Huurdersvereniging Maasdal.</p>
<h2>1. Wat doet de gemeente?</h2>
<p><b>G1</b> Het team Vroeg Eropaf neemt binnen tien werkdagen contact op met de huurder.</p>
<h2>2. Wat doet Maasdal Wonen?</h2>
<p><b>M1</b> Oudere huurders die verhuizen krijgen een verhuisbijdrage van € 2.500.</p>
<h2>3. Wat doen we samen?</h2>
<p><b>S1</b> Twee keer per jaar is er een bestuurlijk overleg.</p>`;
    const doc = extractDocument(htmlToText(html), { sourceName: 'maasdal.html' });
    expect(doc.agreements.map((a) => [a.number, a.responsible])).toEqual([
      ['G1', ['Gemeente']],
      ['M1', ['Maasdal Wonen']],
      ['S1', []],
    ]);
  });

  it('reads "Wat doen we aan schimmel?" as a theme, not as a party\'s chapter', () => {
    const html = `<h1>Prestatieafspraken Maasdal 2026</h1>
<p>Partijen: de gemeente Maasdal, Maasdal Wonen en Huurdersvereniging Maasdal.</p>
<h2>Wat doen we aan schimmel?</h2>
<h3>1.1 Meldingen</h3><p>De gemeente opent een meldpunt voor vocht en schimmel.</p>
<h3>1.2 Herstel</h3><p>Maasdal Wonen herstelt elke melding binnen zes weken.</p>`;
    const doc = extractDocument(htmlToText(html), { sourceName: 'maasdal-faq.html' });
    expect(doc.agreements.map((a) => [a.number, a.responsible])).toEqual([
      ['1.1', ['Gemeente']],
      ['1.2', ['Maasdal Wonen']],
    ]);
  });
});

describe('periods, party columns and year tables written otherwise', () => {
  it('reads "gelden voor 2026 en 2027" and names set side by side on a signature page', () => {
    const text = [
      'Samen wonen in Bloemendaal',
      '',
      'Meer woningen',
      '▪ De gemeente zoekt twee nieuwe bouwlocaties voor sociale huur.',
      '',
      '▪ Linderwonen bouwt 30 sociale huurwoningen aan de Dreef.',
      '',
      'Ondertekening',
      '',
      'Deze afspraken gelden voor 2026 en 2027.',
      '',
      'Aldus overeengekomen te Bloemendaal op 20 november 2025 door:',
      '',
      'Gemeente Bloemendaal                 Linderwonen                       Huurdersvereniging Bloemendaal',
      'wethouder Wonen                     directeur-bestuurder              voorzitter',
    ].join('\n');
    const doc = extractDocument(text, { sourceName: 'bloemendaal.txt' });
    expect(doc.period).toEqual({ from: 2026, to: 2027 });
    expect(doc.parties.map((p) => p.name)).toEqual(['Gemeente Bloemendaal', 'Linderwonen', 'Huurdersvereniging Bloemendaal']);
  });

  it('reads a "Jaarafspraak 2026" column under "6. Jaarafspraken 2026", the chapters above it multi-year, and a title "2026 -- 2029"', () => {
    const md = [
      '**Prestatieafspraken Duinhaven 2026 -- 2029**',
      '',
      'Partijen: de gemeente Duinhaven, Havenwonen en Huurdersvereniging Duinhaven.',
      '',
      '## 2. Beschikbaarheid',
      '',
      '| Nr. | Afspraak | Wie |',
      '|---|---|---|',
      '| 2.1.1 | Havenwonen bouwt 400 sociale huurwoningen. | Havenwonen |',
      '| 2.1.2 | De gemeente wijst vijf locaties aan. | Gemeente |',
      '',
      '## 6. Jaarafspraken 2026',
      '',
      '| **Nr.** | **Jaarafspraak 2026** | **Wie** | **Wanneer** |',
      '|---|---|---|---|',
      '| 6.1.1 | Havenwonen start de bouw van 84 appartementen aan het Stationsplein. | Havenwonen | Q2 2026 |',
    ].join('\n');
    const doc = extractDocument(md, { sourceName: 'duinhaven.md' });
    expect(doc.period).toEqual({ from: 2026, to: 2029 });
    expect(doc.agreements.map((a) => [a.number, a.kind])).toEqual([
      ['2.1.1', 'meerjarig'],
      ['2.1.2', 'meerjarig'],
      ['6.1.1', 'jaarafspraak'],
    ]);
  });

  it('reads the abbreviations after "… gebruiken we de volgende afkortingen:" for a Trekker column', () => {
    const text = [
      'Prestatieafspraken Waterdijk 2024-2027',
      'Uitvoeringsprogramma 2026',
      '',
      'Gemeente Waterdijk',
      'Dijkwonen Groep',
      '',
      'In de tabellen gebruiken we de volgende afkortingen:',
      '',
      'Gem     Gemeente Waterdijk',
      'DWG     Dijkwonen Groep',
      '',
      'A  Beschikbaarheid',
      '',
      '<table><tr><th>Nr.</th><th>Actie 2026</th><th>Trekker</th></tr>',
      '<tr><td>A1</td><td>Start bouw van 64 sociale huurappartementen.</td><td>DWG</td></tr>',
      '<tr><td>A2</td><td>Vastleggen van 35% sociale huur in het omgevingsplan.</td><td>Gem</td></tr></table>',
    ].join('\n');
    const doc = extractDocument(text, { sourceName: 'waterdijk.txt' });
    expect(doc.agreements.map((a) => [a.number, a.responsible])).toEqual([
      ['A1', ['Dijkwonen Groep']],
      ['A2', ['Gemeente']],
    ]);
  });
});
