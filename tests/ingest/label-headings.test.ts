import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../src/core/agreement.js';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { readDocument } from '../../src/ingest/read-document.js';
import { docxFromText, pdfFromText } from './support/layout-documents.js';

const layouts = path.resolve(import.meta.dirname, '../fixtures/ingest/layouts');
const fixture = (name: string) => readFileSync(path.join(layouts, name), 'utf8');

async function extractFile(name: string, data: Buffer): Promise<ExtractedDocument> {
  const { text } = await readDocument({ name, data });
  return extractDocument(text, { sourceName: name });
}

const summary = (doc: ExtractedDocument) => doc.agreements.map((a) => [a.number, a.chapterTitle, a.title, a.responsible]);

const LINDEHOUT = [
  ['1.1', 'Beschikbaarheid', 'Nieuwbouw sociale huur', ['Woonstichting De Linde', 'Woongroep Oosterhof']],
  ['1.2', 'Beschikbaarheid', 'Bouwlocaties', ['Gemeente']],
  ['2.1', 'Betaalbaarheid', 'Huurverhoging', ['Woonstichting De Linde']],
  ['2.2', 'Betaalbaarheid', 'Vroegsignalering', ['Gemeente']],
  ['3.1', 'Duurzaamheid', 'Isolatie', ['Woongroep Oosterhof']],
  ['3.2', 'Duurzaamheid', 'Energiecoaches', ['Huurdersvereniging Lindehout']],
  ['4.1', 'Leefbaarheid', 'Wijkschouw', ['Gemeente', 'Woonstichting De Linde', 'Woongroep Oosterhof', 'Huurdersvereniging Lindehout']],
  ['4.2', 'Leefbaarheid', 'Buurtbemiddeling', ['Gemeente', 'Woonstichting De Linde']],
  ['5.1', 'Samenwerking', 'Bestuurlijk overleg', ['Gemeente', 'Woonstichting De Linde', 'Woongroep Oosterhof', 'Huurdersvereniging Lindehout']],
  ['5.2', 'Samenwerking', 'Monitor', ['Gemeente']],
  ['5.3', 'Samenwerking', 'Huurdersparticipatie', ['Woonstichting De Linde', 'Woongroep Oosterhof']],
];

describe('"Afspraak 1.1" headings under "Thema 1" with "Trekker:" lines', () => {
  const text = fixture('afspraak-thema-trekker.txt');

  it('reads every agreement with its own number, theme and the parties of its Trekker line, short forms resolved', () => {
    const doc = extractDocument(text, { sourceName: 'lindehout.txt' });

    expect(doc.municipality).toBe('Lindehout');
    expect(doc.title).toBe('Prestatieafspraken 2026');
    expect(doc.period).toEqual({ from: 2026, to: 2026 });
    expect(doc.parties.map((p) => [p.name, p.kind])).toEqual([
      ['Gemeente Lindehout', 'gemeente'],
      ['Woonstichting De Linde', 'corporatie'],
      ['Woongroep Oosterhof', 'corporatie'],
      ['Huurdersvereniging Lindehout', 'huurders'],
    ]);
    expect(summary(doc)).toEqual(LINDEHOUT);
    expect(doc.warnings).toEqual([]);
  });

  it('keeps a production table inside an agreement cell by cell and as searchable text', () => {
    const doc = extractDocument(text, { sourceName: 'lindehout.txt' });
    const first = doc.agreements[0]!;

    expect(first.tables).toEqual([
      {
        caption: 'De productie per corporatie',
        header: ['Corporatie', '2026', '2027'],
        rows: [
          ['De Linde', '40', '55'],
          ['Woongroep Oosterhof', '24', '30'],
        ],
      },
    ]);
    expect(first.multiYearText).toContain('De Linde: 2026 40, 2027 55.');
    expect(doc.agreements[1]!.tables).toBeUndefined();
  });

  it('gives the same agreements from a Word document', async () => {
    const doc = await extractFile('lindehout.docx', await docxFromText(text));

    expect(doc.period).toEqual({ from: 2026, to: 2026 });
    expect(summary(doc)).toEqual(LINDEHOUT);
    expect(doc.agreements[0]!.tables?.[0]?.rows).toEqual([
      ['De Linde', '40', '55'],
      ['Woongroep Oosterhof', '24', '30'],
    ]);
  });

  it('gives the same agreements from a PDF with a running header and page numbers on every page', async () => {
    const doc = await extractFile('lindehout.pdf', await pdfFromText(text, { header: 'Prestatieafspraken Lindehout 2026', linesPerPage: 12 }));

    expect(doc.municipality).toBe('Lindehout');
    expect(doc.period).toEqual({ from: 2026, to: 2026 });
    expect(summary(doc)).toEqual(LINDEHOUT);
    expect(doc.agreements.map((a) => a.multiYearText).join(' ')).not.toMatch(/Pagina \d|Prestatieafspraken Lindehout/);
  });
});

describe('numbering that restarts or runs long', () => {
  it('qualifies numbers that restart under every theme with the theme, and says so', () => {
    const doc = extractDocument(fixture('herstart-per-thema.md'), { sourceName: 'kleindorp.md' });

    expect(doc.agreements.map((a) => [a.number, a.chapterTitle])).toEqual([
      ['1.1', 'Betaalbaarheid'],
      ['1.2', 'Betaalbaarheid'],
      ['2.1', 'Duurzaamheid'],
      ['2.2', 'Duurzaamheid'],
      ['2.3', 'Duurzaamheid'],
      ['3.1', 'Samenwerking'],
    ]);
    expect(doc.warnings).toContain('de nummering begint per hoofdstuk of thema opnieuw; afspraken zijn genummerd als hoofdstuk.nummer (bijvoorbeeld 1.1)');
  });

  it('qualifies "Afspraak 1" restarting in every "Hoofdstuk" with the chapter number', () => {
    const text = ['Prestatieafspraken gemeente Ydam 2025-2028', '', 'Hoofdstuk 1 Wonen', '', 'Afspraak 1 Bouwen', 'De gemeente bouwt.', '', 'Afspraak 2 Slopen', 'Woonwel sloopt.', '', 'Hoofdstuk 2 Zorg', '', 'Afspraak 1 Zorgwoningen', 'De gemeente zorgt.'].join('\n');
    const doc = extractDocument(text, { sourceName: 'ydam.txt' });

    expect(doc.agreements.map((a) => a.number)).toEqual(['1.1', '1.2', '2.1']);
  });

  it('keeps a repeat it cannot qualify addressable with a letter, and warns instead of failing', () => {
    const text = 'Prestatieafspraken gemeente Ydam 2025-2028\n\nAfspraak 1: Bouwen\nDe gemeente bouwt.\n\nAfspraak 2: Overleg\nWe overleggen.\n\nAfspraak 2: Overleg\nWe overleggen opnieuw.\n';
    const doc = extractDocument(text, { sourceName: 'dubbel.txt' });

    expect(doc.agreements.map((a) => a.number)).toEqual(['1', '2', '2b']);
    expect(doc.warnings).toEqual(['afspraak 2 komt meer dan eens voor; de 2e heet nu 2b']);
  });

  const many = (line: (n: number) => string) =>
    ['Prestatieafspraken gemeente Ydam 2025-2028', '', 'Hoofdstuk 1 Alles', '', ...Array.from({ length: 120 }, (_, i) => line(i + 1))].join('\n');

  it('reads a chapter with 120 "Afspraak 1.n" headings', () => {
    const doc = extractDocument(many((n) => `Afspraak 1.${n} Onderwerp ${n}\nDe gemeente doet taak ${n}.\n`), { sourceName: 'veel.txt' });

    expect(doc.agreements).toHaveLength(120);
    expect(doc.agreements.map((a) => a.number).slice(98, 101)).toEqual(['1.99', '1.100', '1.101']);
    expect(doc.agreements[119]!).toMatchObject({ number: '1.120', title: 'Onderwerp 120', responsible: ['Gemeente'] });
    expect(doc.warnings).toEqual([]);
  });

  it('reads a chapter with 120 numbered paragraphs', () => {
    const doc = extractDocument(many((n) => `${n}. De gemeente voert taak ${n} uit.`), { sourceName: 'veel.txt' });

    expect(doc.agreements.map((a) => a.number)).toEqual(Array.from({ length: 120 }, (_, i) => String(i + 1)));
    expect(doc.agreements[119]!.multiYearText).toBe('De gemeente voert taak 120 uit.');
  });

  it('reads a table with 120 numbered rows', () => {
    const rows = Array.from({ length: 120 }, (_, i) => `| ${i + 1} | De gemeente voert taak ${i + 1} uit. | Gemeente |`);
    const text = ['# Prestatieafspraken gemeente Ydam 2025-2028', '', '## Hoofdstuk 1 Alles', '', '| Nr | Afspraak | Trekker |', '|---|---|---|', ...rows].join('\n');
    const doc = extractDocument(text, { sourceName: 'veel.md' });

    expect(doc.agreements).toHaveLength(120);
    expect(doc.agreements[119]).toMatchObject({ number: '120', responsible: ['Gemeente'] });
  });

  it('reads letter-numbered agreements ("Afspraak A3") and keeps "Actie 7" as "7"', () => {
    const letters = extractDocument('Prestatieafspraken gemeente Ydam 2026\n\nAfspraak A1 Bouwen\nDe gemeente bouwt.\n\nAfspraak A2 Slopen\nDe gemeente sloopt.\n', { sourceName: 'a.txt' });
    const actions = extractDocument('Prestatieafspraken gemeente Ydam 2026\n\nActie 7: Bouwen\nDe gemeente bouwt.\n\nActie 8: Slopen\nDe gemeente sloopt.\n', { sourceName: 'b.txt' });

    expect(letters.agreements.map((a) => [a.number, a.title])).toEqual([
      ['A1', 'Bouwen'],
      ['A2', 'Slopen'],
    ]);
    expect(actions.agreements.map((a) => a.number)).toEqual(['7', '8']);
  });
});
