import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { htmlToText } from '../../src/ingest/read-html.js';

// Invented texts for real municipalities; the layouts are those of real agreements.

describe('a small two-column table per agreement ("Nummer | 1.1", "Afspraak | …", "Trekker | …")', () => {
  const table = (nr: string, subject: string, text: string, lead: string) =>
    `<table><tr><td>Nummer</td><td>${nr}</td></tr><tr><td>Onderwerp</td><td>${subject}</td></tr><tr><td>Afspraak</td><td>${text}</td></tr><tr><td>Trekker</td><td>${lead}</td></tr><tr><td>Gereed</td><td>Q4 2026</td></tr></table>`;
  const html = `<h1>Jaarafspraken 2026 gemeente Renkum</h1>
<p>Partijen: de gemeente Renkum, Vivare en Woonstichting Rijnoever.</p>
<h1>1. Beschikbaarheid</h1>
${table('1.1', 'Nieuwbouw', 'Vivare bouwt 42 sociale huurappartementen in Doorwerth.', 'Vivare')}
${table('1.2', 'Flexwoningen', 'De gemeente stelt een terrein beschikbaar voor 24 flexwoningen.', 'Gemeente Renkum')}
<h1>2. Betaalbaarheid</h1>
${table('2.1', 'Huurbeleid', 'De corporaties houden de huurverhoging onder het maximum.', 'Vivare, Woonstichting Rijnoever')}`;

  it('reads each table as one agreement with its number, title and trekker; "Gereed" is no party', () => {
    const doc = extractDocument(htmlToText(html), { sourceName: 'renkum.html' });
    expect(doc.agreements.map((a) => [a.number, a.title, a.responsible])).toEqual([
      ['1.1', 'Nieuwbouw', ['Vivare']],
      ['1.2', 'Flexwoningen', ['Gemeente']],
      ['2.1', 'Huurbeleid', ['Vivare', 'Woonstichting Rijnoever']],
    ]);
    expect(doc.parties.map((p) => p.name)).not.toContain('Gereed');
  });
});

describe('agreements as sentences: "Partijen spreken af dat …", several in one paragraph', () => {
  const text = [
    'PRESTATIEAFSPRAKEN GEMEENTE MAASDRIEL',
    '',
    'De ondergetekenden:',
    '',
    '1. de gemeente Maasdriel;',
    '',
    '2. Woningstichting Maasdriel;',
    '',
    '3. Woonstichting De Kernen;',
    '',
    'Woningstichting Maasdriel en Woonstichting De Kernen hierna samen te noemen: de corporaties;',
    '',
    'komen het volgende overeen.',
    '',
    'BESCHIKBAARHEID',
    '',
    'De vraag naar sociale huurwoningen is gestegen. Partijen spreken af dat de voorraad netto groeit met 180 woningen. Partijen spreken af dat de gemeente in elk plan 30 procent sociale huur opneemt.',
    '',
    'Ook de bestaande voorraad telt. Partijen spreken af dat de corporaties in de kleine dorpen geen woningen verkopen.',
    '',
    'BETAALBAARHEID',
    '',
    'Partijen spreken af dat de corporaties de huursomstijging beperken tot de inflatie. Partijen spreken af dat de corporaties huurachterstanden na tien dagen melden. Partijen spreken af dat de gemeente een energieloket openhoudt.',
  ].join('\n');

  it('makes each such sentence an agreement, with the context that opens its paragraph, and no party of the group', () => {
    const doc = extractDocument(text, { sourceName: 'maasdriel.txt' });
    expect(doc.agreements.map((a) => [a.number, a.chapterTitle])).toEqual([
      ['1', 'Beschikbaarheid'],
      ['2', 'Beschikbaarheid'],
      ['3', 'Beschikbaarheid'],
      ['4', 'Betaalbaarheid'],
      ['5', 'Betaalbaarheid'],
      ['6', 'Betaalbaarheid'],
    ]);
    expect(doc.agreements[0]!.multiYearText).toMatch(/^De vraag naar sociale huurwoningen is gestegen\. Partijen spreken af dat de voorraad netto groeit/);
    expect(doc.agreements[1]!.multiYearText).toMatch(/^Partijen spreken af dat de gemeente in elk plan 30 procent/);
    expect(doc.parties.map((p) => p.name)).toEqual(['Gemeente Maasdriel', 'Woningstichting Maasdriel', 'Woonstichting De Kernen']);
  });

  it('leaves a numbered agreement\'s "We spreken af dat …" paragraph whole, with its "Aan zet:" line', () => {
    const numbered = [
      'Prestatieafspraken Zutphen 2026',
      '',
      'Partijen: de gemeente Zutphen, Woonstichting IJsselzicht en Huurdersbond Zutphen.',
      '',
      '2  Beschikbaarheid',
      '',
      ...[1, 2, 3, 4, 5, 6].flatMap((k) => [`2.${k}  Onderwerp ${k}`, `We spreken af dat IJsselzicht ${k * 10} woningen oplevert. We spreken af dat de gemeente grond levert.`, 'Aan zet: gemeente', '']),
    ].join('\n');
    const doc = extractDocument(numbered, { sourceName: 'zutphen.txt' });
    expect(doc.agreements.map((a) => [a.number, a.responsible])).toEqual([1, 2, 3, 4, 5, 6].map((k) => [`2.${k}`, ['Gemeente']]));
  });
});

describe('more numbering marks', () => {
  it('reads "1.3.¹ In het plan …" as 1.3, and "H1 Achterban" beside "G1 …" as an agreement, not "Hoofdstuk 1"', () => {
    const text = [
      'Prestatieafspraken Buren 2026',
      '',
      'Partijen: de gemeente Buren, KleurrijkWonen en Huurdersraad KleurrijkWonen (HRK).',
      '',
      'G1 Snelle procedures',
      'Afgesproken: De gemeente behandelt vergunningen binnen acht weken.',
      'Wie: gemeente',
      '',
      'G2 Wooncoach',
      'Afgesproken: De gemeente zet een wooncoach in.',
      'Wie: gemeente',
      '',
      'H1 Achterban',
      'Afgesproken: De HRK houdt vier huurdersavonden.',
      'Wie: HRK',
      '',
      'H2 Advies huurbeleid',
      'Afgesproken: De HRK adviseert vóór 1 maart over het huurbeleid.',
      'Wie: HRK',
    ].join('\n');
    expect(extractDocument(text, { sourceName: 'buren.txt' }).agreements.map((a) => a.number)).toEqual(['G1', 'G2', 'H1', 'H2']);
    const marked = ['Prestatieafspraken Doesburg 2025-2028', '', 'Partijen: de gemeente Doesburg en Sité Woondiensten.', '', '1 Wonen', '',
      '1.1. Sité bouwt 40 woningen aan de Kraakselaan. (trekker: Sité Woondiensten)', '',
      '1.2.¹ In het plan Ooipoort-West wordt 30% sociale huur gebouwd. (trekker: gemeente)', '',
      '1.3. De gemeente levert grond tegen de sociale grondprijs. (trekker: gemeente)'].join('\n');
    expect(extractDocument(marked, { sourceName: 'doesburg.txt' }).agreements.map((a) => a.number)).toEqual(['1.1', '1.2', '1.3']);
  });

  it('reads the prose under "# A. Wonen" as the introduction of the bold-headed agreements below it', () => {
    const md = [
      '**Prestatieafspraken gemeente Zaltbommel 2026 en 2027**',
      '',
      'Partijen: de gemeente Zaltbommel, Woonlinie en Woonstichting De Kernen.',
      '',
      '# A. Wonen',
      '',
      'We willen dat inwoners een passende en betaalbare woning kunnen vinden, ook in de dorpen.',
      '',
      '**Nieuwbouw sociale huur**',
      '',
      'De corporaties voegen in 2026 en 2027 samen 140 sociale huurwoningen toe.',
      '',
      '**Grondprijs**',
      '',
      'De gemeente hanteert een vaste grondprijs van € 24.500 per woning.',
    ].join('\n');
    const doc = extractDocument(md, { sourceName: 'zaltbommel.md' });
    expect(doc.agreements.map((a) => [a.number, a.title])).toEqual([
      ['1', 'Nieuwbouw sociale huur'],
      ['2', 'Grondprijs'],
    ]);
  });
});

describe('parties and parts written otherwise', () => {
  it('reads abbreviations from a box drawn around a note ("│ ¹ Afkortingen │") and names the signatories "Voor LEF:" by them', () => {
    const text = [
      'Prestatieafspraken Borger-Odoorn 2026-2028',
      '',
      'Thema 1: Wonen',
      '',
      '<table><tr><th>Nr.</th><th>Wat</th><th>Wie</th></tr>',
      '<tr><td>1</td><td>LEF bouwt 40 woningen in Exloo.</td><td>LEF</td></tr>',
      '<tr><td>2</td><td>GEM levert grond tegen de sociale grondprijs.</td><td>GEM</td></tr></table>',
      '',
      'Ondertekening',
      '',
      'Voor GEM: B. Nijboer, wethouder Wonen',
      'Voor LEF: E. Hummel, regiodirecteur',
      '',
      '┌──────────────────────────────┐',
      '│ ¹ Afkortingen                │',
      '│ GEM  gemeente Borger-Odoorn  │',
      '│ LEF  Lefier                  │',
      '└──────────────────────────────┘',
    ].join('\n');
    const doc = extractDocument(text, { sourceName: 'borger-odoorn.txt' });
    expect(doc.parties.map((p) => p.name)).toEqual(['Gemeente Borger-Odoorn', 'Lefier']);
    expect(doc.agreements.map((a) => a.responsible)).toEqual([['Lefier'], ['Gemeente']]);
  });

  it('reads the parties a letter to the council names ("ondertekend met woningcorporaties A en B en met …")', () => {
    const text = [
      'Gemeente Aa en Hunze',
      '',
      'Geachte raad,',
      '',
      'Op 11 december 2025 hebben wij deze afspraken ondertekend met woningcorporaties Woonborg en Actium en met de huurdersorganisaties Algemene Huurdersvereniging De Hunze en Huurdersraad Actium. De afspraken zijn geldig tot 1 januari 2030.',
      '',
      'De belangrijkste afspraken zijn:',
      '',
      '1.  Woonborg bouwt tot en met 2029 in totaal 160 sociale huurwoningen.',
      '2.  Actium verduurzaamt 300 woningen naar label B.',
    ].join('\n');
    const doc = extractDocument(text, { sourceName: 'aa-en-hunze.txt' });
    expect(doc.parties.map((p) => p.name)).toEqual(['Gemeente Aa en Hunze', 'Woonborg', 'Actium', 'Algemene Huurdersvereniging De Hunze', 'Huurdersraad Actium']);
  });

  it('leaves "Deel 1  Visie" after the introduction out, and reads "Deel 2  Afspraken"', () => {
    const text = [
      'Prestatieafspraken Stadskanaal 2025–2029',
      '',
      'Partijen: de gemeente Stadskanaal, Lefier en Huurdersvereniging Kanaalstreek.',
      '',
      'Inleiding',
      '',
      'Voor u liggen de prestatieafspraken. Het document bestaat uit drie delen.',
      '',
      'Deel 1  Visie',
      '',
      '1.1  Waar staan we?',
      'Stadskanaal telt ongeveer 32.000 inwoners en 15.100 woningen.',
      '',
      '1.2  Waar willen we naartoe?',
      'Wij willen dat iedereen een betaalbare woning kan vinden.',
      '',
      'Deel 2  Afspraken',
      '',
      '2.1  Beschikbaarheid',
      '',
      '2.1.1  Lefier bouwt 120 sociale huurwoningen. (trekker: Lefier)',
      '',
      '2.1.2  De gemeente wijst drie locaties aan. (trekker: gemeente)',
    ].join('\n');
    expect(extractDocument(text, { sourceName: 'stadskanaal.txt' }).agreements.map((a) => a.number)).toEqual(['2.1.1', '2.1.2']);
  });
});

describe('a table with a column per corporation ("Onderwerp | Lefier | Groninger Huis")', () => {
  it('makes every filled cell an agreement of its column\'s corporation, row by row; a dash is none', () => {
    const md = [
      '# Prestatieafspraken Midden-Groningen 2026',
      '',
      'Versie 1.0 – vastgesteld in het bestuurlijk overleg van 27 november 2025',
      '',
      '## Partijen',
      '',
      '- Gemeente Midden-Groningen',
      '- Lefier',
      '- Groninger Huis',
      '',
      '## Prestaties per corporatie in 2026',
      '',
      '| Onderwerp | Lefier | Groninger Huis |',
      '|---|---|---|',
      '| Nieuwbouw sociale huur | Oplevering van 48 appartementen in Hoogezand-Noord | Start bouw van 14 nultredenwoningen |',
      '| Sloop | Sloop van 60 portiekwoningen in Gorecht | – |',
    ].join('\n');
    const doc = extractDocument(md, { sourceName: 'midden-groningen.md' });
    expect(doc.agreements.map((a) => [a.number, a.title, a.responsible])).toEqual([
      ['1', 'Nieuwbouw sociale huur (Lefier)', ['Lefier']],
      ['2', 'Nieuwbouw sociale huur (Groninger Huis)', ['Groninger Huis']],
      ['3', 'Sloop (Lefier)', ['Lefier']],
    ]);
    expect(doc.agreements[0]!.multiYearText).toContain('48 appartementen in Hoogezand-Noord');
  });
});
