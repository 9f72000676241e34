import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { readDocument } from '../../src/ingest/read-document.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/ingest');

async function extractFixture(name: string) {
  const { text } = await readDocument({ name, data: readFileSync(path.join(fixtures, name)) });
  return extractDocument(text, { sourceName: name });
}

const summary = (doc: Awaited<ReturnType<typeof extractFixture>>) =>
  doc.agreements.map((a) => [a.number, a.chapterNumber, a.chapterTitle, a.kind, a.title, a.responsible]);

describe('other document layouts', () => {
  it('reads "Afspraak 1.1 Titel" headings under "H1" chapters with "Trekker:" and "Regie:" lines', async () => {
    const doc = await extractFixture('afspraak-koppen.md');

    expect(doc.municipality).toBe('Zuiderveen');
    expect(doc.period).toEqual({ from: 2024, to: 2027 });
    expect(doc.parties.map((p) => [p.name, p.kind])).toEqual([
      ['Gemeente Zuiderveen', 'gemeente'],
      ['Woonkracht', 'corporatie'],
      ['Thuisbaas', 'corporatie'],
      ['De Sleutel', 'huurders'],
    ]);
    expect(summary(doc)).toEqual([
      [1, 1, 'Betaalbaarheid', null, 'Huurbeleid', ['Woonkracht', 'Thuisbaas']],
      [2, 1, 'Betaalbaarheid', null, 'Schulden voorkomen', ['Gemeente']],
      [3, 2, 'Duurzaamheid', null, 'Isolatie van de voorraad', ['Woonkracht', 'Thuisbaas']],
      [4, 2, 'Duurzaamheid', null, 'Zonnepanelen', ['Gemeente', 'Woonkracht', 'Thuisbaas', 'Huurdersorganisaties']],
    ]);
    expect(doc.agreements[2]!.multiYearText).toContain('circa 120 woningen');
    expect(doc.warnings).toEqual([]);
  });

  it('reads "Thema 2:" themes with "1)" paragraphs and warns about gaps and missing actors', async () => {
    const doc = await extractFixture('thema-genummerd.txt');

    expect(doc.parties.map((p) => p.name)).toEqual(['Gemeente Westerhaven', 'Stichting Woonwel', 'Huurdersraad Woonwel']);
    expect(summary(doc)).toEqual([
      [1, 1, 'Beschikbaarheid', null, 'Stichting Woonwel bouwt de komende jaren 200 sociale huurwoningen', ['Stichting Woonwel']],
      [2, 1, 'Beschikbaarheid', null, 'De gemeente zorgt voor voldoende bouwlocaties', ['Gemeente']],
      [3, 2, 'Leefbaarheid', null, 'We werken samen aan schone en veilige wijken', ['Gemeente', 'Stichting Woonwel', 'Huurdersorganisaties']],
      [5, 2, 'Leefbaarheid', null, 'Er is een jaarlijkse schouw in elke wijk', []],
    ]);
    expect(doc.warnings).toEqual(['afspraak 4 ontbreekt in de nummering', 'afspraak 5 heeft geen verantwoordelijke partij']);
  });

  it('reads "1." chapters with "Afspraak 12:" headings and this year\'s actions of a Jaarschijf', async () => {
    const doc = await extractFixture('hoofdstukken-genummerd.txt');

    expect(doc.municipality).toBe('Noordermeer');
    expect(doc.actionYear).toBe(2026);
    expect(doc.period).toEqual({ from: 2023, to: 2027 });
    expect(summary(doc)).toEqual([
      [11, 1, 'Nieuwbouw en voorraad', null, 'Nieuwbouw sociale huur', ['Lentewonen', 'Haven Wonen']],
      [12, 1, 'Nieuwbouw en voorraad', null, 'Grondprijzen', ['Gemeente']],
      [13, 2, 'Samenwerking', null, 'Bestuurlijk overleg', ['Gemeente', 'Lentewonen', 'Haven Wonen', 'Huurdersorganisaties']],
    ]);
    expect(doc.agreements[0]!.multiYearText).toBe('Partijen bouwen samen aan een groeiende sociale voorraad.');
    expect(doc.agreements[0]!.yearText).toBe('Lentewonen levert in 2026 ongeveer 60 woningen op. Haven Wonen verkoopt 12 woningen.');
    expect(doc.agreements[0]!.targets.map((t) => [t.party, t.value, t.verb, t.approximate])).toEqual([
      ['Lentewonen', 60, 'opleveren', true],
      ['Haven Wonen', 12, 'verkopen', false],
    ]);
  });

  it('reads an HTML table with the three agreement columns', async () => {
    const doc = await extractFixture('tabel.html');

    expect(doc.title).toBe('Prestatieafspraken gemeente Oosterdal 2024 t/m 2028 – Actieprogramma 2025');
    expect(doc.actionYear).toBe(2025);
    expect(summary(doc)).toEqual([
      [1, 1, 'Beschikbaarheid', 'focus', 'Nieuwbouw versnellen', ['Dalwonen']],
      [2, 1, 'Beschikbaarheid', 'focus', 'Doorstroming', ['Gemeente', 'Dalwonen', 'Huurdersorganisaties']],
      [3, 1, 'Beschikbaarheid', 'regulier', 'Woonruimteverdeling', ['Dalwonen']],
    ]);
    expect(doc.agreements[0]!.yearText).toBe('Dalwonen bouwt in 2025 80 woningen.');
  });

  it('warns about an agreement number used twice', () => {
    const text = 'Prestatieafspraken gemeente Ydam 2025-2028\n\nAfspraak 1: Bouwen\nDe gemeente bouwt.\n\nAfspraak 2: Overleg\nWe overleggen.\n\nAfspraak 2: Overleg\nWe overleggen opnieuw.\n';
    const doc = extractDocument(text, { sourceName: 'dubbel.txt' });

    expect(doc.agreements.map((a) => a.number)).toEqual([1, 2, 2]);
    expect(doc.warnings).toEqual(['afspraak 2 komt meer dan eens voor']);
  });

  it('treats a repeated lower number inside a numbered paragraph as part of its text', () => {
    const text = 'Prestatieafspraken gemeente Ydam 2025-2028\n\n1. De gemeente bouwt.\n2. We overleggen over:\n1. de planning\n3. De corporaties verkopen.\n';
    const doc = extractDocument(text, { sourceName: 'lijst.txt' });

    expect(doc.agreements.map((a) => a.number)).toEqual([1, 2, 3]);
    expect(doc.agreements[1]!.multiYearText).toBe('We overleggen over: 1. de planning');
  });
});
