import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/core/errors.js';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { findPeriod } from '../../src/ingest/front-matter/period.js';
import { tidyHeading } from '../../src/ingest/headings.js';
import { readDocument } from '../../src/ingest/read-document.js';
import { pdfFromText } from './support/layout-documents.js';

const layouts = path.resolve(import.meta.dirname, '../fixtures/ingest/layouts');
const fixture = (name: string) => readFileSync(path.join(layouts, name), 'utf8');

describe('what is not an agreement', () => {
  it('skips the cover, both forms of contents, running headers glued to headings and the signature block', () => {
    const doc = extractDocument(fixture('inhoud-kop-voet.txt'), { sourceName: 'veendijk.txt' });

    expect(doc.title).toBe('Prestatieafspraken Veendijk 2025 t/m 2028');
    expect(doc.agreements.map((a) => [a.number, a.chapterTitle, a.title, a.responsible])).toEqual([
      ['2.1', 'Beschikbaarheid', 'Nieuwbouw', ['Woonstichting Veenwonen']],
      ['2.2', 'Beschikbaarheid', 'Doorstroming', ['Gemeente']],
      ['3.1', 'Betaalbaarheid', 'Huurbeleid', ['Woonstichting Veenwonen']],
      ['3.2', 'Betaalbaarheid', 'Voorzieningenwijzer', ['Huurdersvereniging De Turf']],
    ]);
    const allText = doc.agreements.map((a) => `${a.title} ${a.multiYearText}`).join(' ');
    expect(allText).not.toMatch(/pagina|Pagina|Prestatieafspraken Veendijk|Namens|wethouder|Leeswijzer/);
    expect(doc.agreements[3]!.multiYearText).toBe('De Turf zet de voorzieningenwijzer in bij huurders met lage inkomens.');
    expect(doc.warnings).toEqual([]);
  });

  it('reads the parties from the signature block as well as from the opening', () => {
    const doc = extractDocument(fixture('inhoud-kop-voet.txt'), { sourceName: 'veendijk.txt' });

    expect(doc.parties.map((p) => p.name)).toEqual(['Gemeente Veendijk', 'Woonstichting Veenwonen', 'Huurdersvereniging De Turf']);
  });

  it('does not read contents lines with page numbers as numbered paragraphs', () => {
    const doc = extractDocument(fixture('genummerde-alineas-inhoud.txt'), { sourceName: 'polderveen.txt' });

    expect(doc.agreements.map((a) => [a.number, a.chapterTitle])).toEqual([
      ['1', 'Beschikbaarheid'],
      ['2', 'Beschikbaarheid'],
      ['3', 'Betaalbaarheid'],
      ['4', 'Betaalbaarheid'],
    ]);
    expect(doc.parties.map((p) => p.name)).toEqual(['Gemeente Polderveen', 'Woningstichting Polderhuis', 'Polderbelang']);
    expect(doc.warnings).toEqual([]);
  });

  it('drops a running header repeated at the top of every PDF page, also where it runs into a heading', async () => {
    const { text } = await readDocument({ name: 'veendijk.pdf', data: await pdfFromText(fixture('inhoud-kop-voet.txt'), { header: 'Prestatieafspraken Veendijk – concept', linesPerPage: 9 }) });
    const doc = extractDocument(text, { sourceName: 'veendijk.pdf' });

    expect(doc.agreements.map((a) => a.number)).toEqual(['2.1', '2.2', '3.1', '3.2']);
    expect(doc.agreements.map((a) => `${a.title} ${a.multiYearText}`).join(' ')).not.toMatch(/concept|Pagina/);
  });

  it('takes the title from the cover line that names the agreements, not a logo or a date above it', () => {
    const doc = extractDocument('Woonstichting De Linde\n\n12 maart 2026\n\nJaarafspraken 2026 gemeente Lindehout\n\nAfspraak 1 Bouwen\nDe gemeente bouwt.\n', { sourceName: 'x.txt' });

    expect(doc.title).toBe('Jaarafspraken 2026 gemeente Lindehout');
  });
});

describe('the period', () => {
  const cases: Array<[string, string, string, { from: number; to: number }]> = [
    ['a range in the title', 'Prestatieafspraken 2025 t/m 2029', '', { from: 2025, to: 2029 }],
    ['a dashed range in the title', 'Prestatieafspraken 2025-2028', '', { from: 2025, to: 2028 }],
    ['"tot en met" with dates', 'Prestatieafspraken', 'Deze afspraken gelden van 1 januari 2026 tot en met 31 december 2026.', { from: 2026, to: 2026 }],
    ['a multi-year "gelden van … tot en met"', 'Prestatieafspraken', 'De afspraken gelden van 1 januari 2024 tot en met 31 december 2027.', { from: 2024, to: 2027 }],
    ['"looptijd" with a range', 'Prestatieafspraken', 'De looptijd van de afspraken is 2025 – 2028.', { from: 2025, to: 2028 }],
    ['"looptijd" with a number of years and a start', 'Prestatieafspraken', 'De looptijd van deze afspraken is vijf jaar, vanaf 1 januari 2025.', { from: 2025, to: 2029 }],
    ['"gelden voor" one year', 'Prestatieafspraken', 'Deze afspraken gelden voor het jaar 2027.', { from: 2027, to: 2027 }],
    ['a single year in the title', 'Prestatieafspraken 2026', 'In 2019 begon de samenwerking.', { from: 2026, to: 2026 }],
    ['"2025 t/m 2029" in the opening lines', 'Prestatieafspraken Almere', '', { from: 2025, to: 2029 }],
    [
      'the year the document says it holds, not the next agreements it announces',
      'Prestatieafspraken 2026',
      'Dit document bevat de prestatieafspraken voor het kalenderjaar 2026. In 2026 stellen partijen nieuwe prestatieafspraken op voor 2027-2030.',
      { from: 2026, to: 2026 },
    ],
  ];
  for (const [name, title, text, expected] of cases) {
    it(`reads ${name}`, () => {
      const head = name.includes('opening') ? [title, 'Meerjarenafspraken 2025 t/m 2029'] : [title];
      expect(findPeriod(title, head, `${head.join('\n')}\n\n${text}`)).toEqual(expected);
    });
  }

  it('reads a theme heading without the code its agreements carry ("BW – Beschikbaarheid")', () => {
    expect(tidyHeading('BW – Beschikbaarheid en woningvoorraad')).toBe('Beschikbaarheid en woningvoorraad');
    expect(tidyHeading('WZ - Wonen en zorg')).toBe('Wonen en zorg');
  });

  it('does not take a forecast in passing for the period', () => {
    expect(findPeriod('Prestatieafspraken Lindehout', ['Prestatieafspraken Lindehout'], 'De prognose voorspelt een overschot tussen 2025 en 2035.')).toEqual({ from: null, to: null });
  });
});

describe('parties', () => {
  it('reads seven organisations from a numbered list of parties, with their short forms, and assigns them', () => {
    const doc = extractDocument(fixture('zeven-partijen.txt'), { sourceName: 'rijnwaarde.txt' });

    expect(doc.parties.map((p) => [p.name, p.kind])).toEqual([
      ['Gemeente Rijnwaarde', 'gemeente'],
      ['Woonstichting De Linde', 'corporatie'],
      ['Woongroep Oosterhof', 'corporatie'],
      ['Stichting Thuisbouw', 'corporatie'],
      ['Huurdersvereniging De Sleutel', 'huurders'],
      ['Bewonersraad Oosterhof', 'huurders'],
      ['Zorggroep Rijnland', 'overig'],
    ]);
    expect(doc.agreements.map((a) => [a.number, a.responsible])).toEqual([
      ['1', ['Woonstichting De Linde', 'Zorggroep Rijnland']],
      ['2', ['Stichting Thuisbouw']],
      ['3', ['Huurdersorganisaties']],
      ['4', ['Huurdersvereniging De Sleutel']],
      ['5', ['Gemeente', 'Woonstichting De Linde', 'Woongroep Oosterhof', 'Stichting Thuisbouw', 'Huurdersorganisaties', 'Zorggroep Rijnland']],
      ['6', ['Woonstichting De Linde', 'Woongroep Oosterhof', 'Stichting Thuisbouw']],
    ]);
    expect(doc.period).toEqual({ from: 2025, to: 2029 });
  });

  it('adds an organisation named only on a "Trekker:" line, and never makes "partijen" a party', () => {
    const text = 'Prestatieafspraken gemeente Ydam 2026\n\nDeze afspraken zijn gemaakt tussen partijen.\n\nAfspraak 1 Zorgwoningen\nDe corporatie bouwt zorgwoningen.\nTrekker: Zorggroep Noord en de gemeente\n\nAfspraak 2 Overleg\nEr is twee keer per jaar overleg.\nTrekker: team Wonen\n';
    const doc = extractDocument(text, { sourceName: 'ydam.txt' });

    expect(doc.parties.map((p) => p.name)).toEqual(['Gemeente Ydam', 'Zorggroep Noord']);
    expect(doc.agreements.map((a) => a.responsible)).toEqual([['Gemeente', 'Zorggroep Noord'], []]);
  });
});

describe('the municipality', () => {
  const text = fixture('zonder-gemeente.txt');

  it('refuses a document without a municipality with a message that names --municipality', () => {
    let error: unknown;
    try {
      extractDocument(text, { sourceName: 'noordkant.txt' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IngestError);
    expect((error as Error).message).toBe('noordkant.txt: geen gemeente gevonden in het document; geef die op met --municipality "Naam" (en eventueel --title "Titel")');
  });

  it('accepts it when the municipality and title are given, and they win over what the document says', () => {
    const doc = extractDocument(text, { sourceName: 'noordkant.txt', municipality: 'Noordkant', title: 'Woonafspraken Noordkant 2026' });

    expect(doc.municipality).toBe('Noordkant');
    expect(doc.title).toBe('Woonafspraken Noordkant 2026');
    expect(doc.parties.map((p) => p.name)).toEqual(['Gemeente Noordkant', 'Woonstichting Noordkant']);
    expect(doc.agreements.map((a) => [a.number, a.title, a.responsible])).toEqual([
      ['1', 'Nieuwbouw', ['Woonstichting Noordkant']],
      ['2', 'Huurverhoging', ['Woonstichting Noordkant']],
    ]);
    const other = extractDocument(fixture('afspraak-thema-trekker.txt'), { sourceName: 'l.txt', municipality: 'Eikendaal' });
    expect(other.municipality).toBe('Eikendaal');
    expect(other.parties[0]!.name).toBe('Gemeente Eikendaal');
  });
});
