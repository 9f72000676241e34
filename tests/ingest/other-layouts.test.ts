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
      ['1.1', 1, 'Betaalbaarheid', null, 'Huurbeleid', ['Woonkracht', 'Thuisbaas']],
      ['1.2', 1, 'Betaalbaarheid', null, 'Schulden voorkomen', ['Gemeente']],
      ['2.1', 2, 'Duurzaamheid', null, 'Isolatie van de voorraad', ['Woonkracht', 'Thuisbaas']],
      ['2.2', 2, 'Duurzaamheid', null, 'Zonnepanelen', ['Gemeente', 'Woonkracht', 'Thuisbaas', 'De Sleutel']],
    ]);
    expect(doc.agreements[2]!.multiYearText).toContain('circa 120 woningen');
    expect(doc.warnings).toEqual([]);
  });

  it('reads "Thema 2:" themes with "1)" paragraphs and warns about gaps and missing actors', async () => {
    const doc = await extractFixture('thema-genummerd.txt');

    expect(doc.parties.map((p) => p.name)).toEqual(['Gemeente Westerhaven', 'Stichting Woonwel', 'Huurdersraad Woonwel']);
    expect(summary(doc)).toEqual([
      ['1', 1, 'Beschikbaarheid', null, 'Stichting Woonwel bouwt de komende jaren 200 sociale huurwoningen', ['Stichting Woonwel']],
      ['2', 1, 'Beschikbaarheid', null, 'De gemeente zorgt voor voldoende bouwlocaties', ['Gemeente']],
      ['3', 2, 'Leefbaarheid', null, 'We werken samen aan schone en veilige wijken', ['Gemeente', 'Stichting Woonwel', 'Huurdersraad Woonwel']],
      ['5', 2, 'Leefbaarheid', null, 'Er is een jaarlijkse schouw in elke wijk', []],
    ]);
    expect(doc.warnings).toEqual(['afspraak 4 ontbreekt in de nummering', 'afspraak 5 heeft geen verantwoordelijke partij']);
  });

  it('reads "1." chapters with "Afspraak 12:" headings and this year\'s actions of a Jaarschijf', async () => {
    const doc = await extractFixture('hoofdstukken-genummerd.txt');

    expect(doc.municipality).toBe('Noordermeer');
    expect(doc.actionYear).toBe(2026);
    expect(doc.period).toEqual({ from: 2023, to: 2027 });
    expect(summary(doc)).toEqual([
      ['11', 1, 'Nieuwbouw en voorraad', null, 'Nieuwbouw sociale huur', ['Lentewonen', 'Haven Wonen']],
      ['12', 1, 'Nieuwbouw en voorraad', null, 'Grondprijzen', ['Gemeente']],
      ['13', 2, 'Samenwerking', null, 'Bestuurlijk overleg', ['Gemeente', 'Lentewonen', 'Haven Wonen', 'HVL']],
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
      ['1', 1, 'Beschikbaarheid', 'focus', 'Nieuwbouw versnellen', ['Dalwonen']],
      ['2', 1, 'Beschikbaarheid', 'focus', 'Doorstroming', ['Gemeente', 'Dalwonen', 'Dal&Co']],
      ['3', 1, 'Beschikbaarheid', 'regulier', 'Woonruimteverdeling', ['Dalwonen']],
    ]);
    expect(doc.agreements[0]!.yearText).toBe('Dalwonen bouwt in 2025 80 woningen.');
  });

  it('warns about an agreement number used twice', () => {
    const text = 'Prestatieafspraken gemeente Ydam 2025-2028\n\nAfspraak 1: Bouwen\nDe gemeente bouwt.\n\nAfspraak 2: Overleg\nWe overleggen.\n\nAfspraak 2: Overleg\nWe overleggen opnieuw.\n';
    const doc = extractDocument(text, { sourceName: 'dubbel.txt' });

    expect(doc.agreements.map((a) => a.number)).toEqual(['1', '2', '2b']);
    expect(doc.warnings).toEqual(['afspraak 2 komt meer dan eens voor; de 2e heet nu 2b']);
  });

  it('treats a repeated lower number inside a numbered paragraph as part of its text', () => {
    const text = 'Prestatieafspraken gemeente Ydam 2025-2028\n\n1. De gemeente bouwt.\n2. We overleggen over:\n1. de planning\n3. De corporaties verkopen.\n';
    const doc = extractDocument(text, { sourceName: 'lijst.txt' });

    expect(doc.agreements.map((a) => a.number)).toEqual(['1', '2', '3']);
    expect(doc.agreements[1]!.multiYearText).toBe('We overleggen over: 1. de planning');
  });
});

describe('table and label layouts of other municipalities', () => {
  it('reads agreements from Markdown table rows under "## 1. Titel" chapters, with the Trekker column', async () => {
    const doc = await extractFixture('layouts/markdown-table-zonnedal.md');

    expect(doc.actionYear).toBe(2026);
    expect(doc.parties.map((p) => [p.name, p.kind])).toEqual([
      ['Gemeente Zonnedal', 'gemeente'],
      ['Woonstede', 'corporatie'],
      ['Huurdersvereniging Zonnedal', 'huurders'],
    ]);
    expect(summary(doc)).toEqual([
      ['1', 1, 'Beschikbaarheid', null, 'Woonstede bouwt 50 sociale huurwoningen aan de Dorpsstraat', ['Woonstede']],
      ['2', 1, 'Beschikbaarheid', null, 'De gemeente stelt twee bouwlocaties beschikbaar voor flexwoningen', ['Gemeente']],
      ['3', 2, 'Betaalbaarheid', null, 'Woonstede voert een gematigde huurverhoging door van maximaal inflatie', ['Woonstede']],
      ['4', 2, 'Betaalbaarheid', null, 'Partijen organiseren samen een voorlichtingsavond over energiebesparing', ['Gemeente', 'Woonstede', 'Huurdersvereniging Zonnedal']],
    ]);
    // An action programme's only text column is this year's text as well.
    // The planning column stays with the agreement, so "wanneer" questions can quote it.
    expect(doc.agreements[0]!.yearText).toBe('Woonstede bouwt in 2026 50 sociale huurwoningen aan de Dorpsstraat. Planning: Q4 2026.');
    expect(doc.agreements[0]!.originalText).toContain('Q4 2026');
    expect(doc.warnings).toEqual([]);
  });

  it('reads "1.1 Titel" headings under "1. Titel" chapters, numbered in document order, with "Regie:" lines', async () => {
    const doc = await extractFixture('layouts/decimal-headings-rivierstad.txt');

    expect(doc.period).toEqual({ from: 2025, to: 2028 });
    expect(doc.parties.map((p) => [p.name, p.kind])).toEqual([
      ['Gemeente Rivierstad', 'gemeente'],
      ['Stichting Thuisbouw', 'corporatie'],
      ['Huurdersraad Rivierstad', 'huurders'],
    ]);
    expect(summary(doc)).toEqual([
      ['1.1', 1, 'Wonen en zorg', null, 'Levensloopbestendige woningen', ['Stichting Thuisbouw']],
      ['1.2', 1, 'Wonen en zorg', null, 'Woonzorgvisie', ['Gemeente']],
      ['2.1', 2, 'Duurzaamheid', null, 'Isolatie', ['Stichting Thuisbouw']],
      ['2.2', 2, 'Duurzaamheid', null, 'Energiecoaches', ['Huurdersraad Rivierstad']],
    ]);
    expect(doc.agreements[2]!.originalText).toMatch(/^2\.1 Isolatie\n/);
    expect(doc.agreements[2]!.multiYearText).toBe('Thuisbouw isoleert in 2026 ongeveer 120 woningen naar minimaal label B.');
    expect(doc.warnings).toEqual([]);
  });

  it('reads a pipe table without outer pipes with "# | Prestatie | Verantwoordelijk | Termijn" columns', async () => {
    const doc = await extractFixture('layouts/markdown-table-prestatie.md');

    expect(summary(doc)).toEqual([
      ['1', 1, 'Nieuwbouw', null, 'Heuvelwonen bouwt 40 sociale huurwoningen', ['Heuvelwonen']],
      ['2', 1, 'Nieuwbouw', null, 'De gemeente versnelt de vergunningverlening voor sociale huur', ['Gemeente']],
      ['3', 2, 'Leefbaarheid', null, 'Partijen houden jaarlijks een wijkschouw', ['Gemeente', 'Heuvelwonen', 'Ons Huis']],
    ]);
    expect(doc.agreements[1]!.multiYearText).toContain('• een snelle toets');
    expect(doc.warnings).toEqual([]);
  });

  it('reads a Word HTML export whose "Nr" column holds "1.1" labels and whose "Wie" column names the party', async () => {
    const doc = await extractFixture('layouts/word-export-wie-wanneer.html');

    expect(doc.parties.map((p) => p.name)).toEqual(['Gemeente Bergdorp', 'Woonstichting De Berg', 'Huurdersraad Bergdorp']);
    expect(summary(doc)).toEqual([
      ['1.1', 1, 'Betaalbaarheid', null, 'Huurverhoging', ['Woonstichting De Berg']],
      ['1.2', 1, 'Betaalbaarheid', null, 'Vroegsignalering', ['Gemeente']],
      ['2.1', 2, 'Duurzaamheid', null, 'Isolatie', ['Woonstichting De Berg']],
      ['2.2', 2, 'Duurzaamheid', null, 'Energiecoaches', ['Huurdersraad Bergdorp']],
    ]);
    expect(doc.agreements[1]!.multiYearText).toContain('1. een melding na twee maanden achterstand');
    expect(doc.agreements[3]!.originalText).toMatch(/^2\.2 \| /);
    expect(doc.warnings).toEqual([]);
  });

  it('reads "Actie 3." paragraphs with "Eigenaar:", "Trekker:" and "Wie:" lines and keeps bullet lists in the body', async () => {
    const doc = await extractFixture('layouts/actie-paragrafen.txt');

    expect(summary(doc)).toEqual([
      ['3', 1, 'Wonen', null, 'Kanaalwonen bouwt 25 tijdelijke woningen voor spoedzoekers', ['Kanaalwonen']],
      ['4', 1, 'Wonen', null, 'Woningtoewijzing', ['Kanaalwonen', 'Thuis aan het Water']],
      ['5', 2, 'Samenwerking', null, 'Bestuurlijk overleg', ['Gemeente', 'Kanaalwonen', 'Thuis aan het Water', 'De Brug']],
    ]);
    expect(doc.agreements[1]!.multiYearText).toContain('- Ruimte voor lokaal maatwerk; 1. een jaarlijkse evaluatie; 2. een rapportage aan de raad.');
    expect(doc.warnings).toEqual([]);
  });

  it('takes the first sentence as title when "Afspraak 7:" or "Prestatie 4" is followed by running text', () => {
    const text =
      'Prestatieafspraken gemeente Ydam 2025-2028\n\nAfspraak 7: De gemeente stelt jaarlijks twee bouwlocaties beschikbaar voor sociale huur.\nVerantwoordelijk: gemeente\n\n' +
      'Afspraak 8: Partijen overleggen twee keer per jaar.\n\nPrestatie 1 Dit is geen afspraak.\n';
    const doc = extractDocument(text, { sourceName: 'zinnen.txt' });

    expect(doc.agreements.map((a) => [a.number, a.title, a.responsible])).toEqual([
      ['7', 'De gemeente stelt jaarlijks twee bouwlocaties beschikbaar voor sociale huur', ['Gemeente']],
      ['8', 'Partijen overleggen twee keer per jaar', ['Gemeente']],
    ]);
    expect(doc.agreements[1]!.multiYearText).toContain('Prestatie 1 Dit is geen afspraak.');
  });

  it('reads "Prestatie 4" headings and keeps "Actie 1" labels inside them as body text', () => {
    const text =
      'Prestatieafspraken gemeente Ydam 2025-2028\n\nPrestatie 4 Nieuwbouw\nDe corporatie bouwt.\nActie 1: een plan maken\nTrekker: gemeente\n\n' +
      'Prestatie 5 Overleg\nWe overleggen.\n\nPrestatie 6 Wijken\nDe gemeente beheert de wijken.\n';
    const doc = extractDocument(text, { sourceName: 'prestaties.txt' });

    expect(doc.agreements.map((a) => [a.number, a.title])).toEqual([
      ['4', 'Nieuwbouw'],
      ['5', 'Overleg'],
      ['6', 'Wijken'],
    ]);
    expect(doc.agreements[0]!.multiYearText).toBe('De corporatie bouwt. Actie 1: een plan maken');
    expect(doc.agreements[0]!.responsible).toEqual(['Gemeente']);
  });
});
