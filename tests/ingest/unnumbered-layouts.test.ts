import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { readDocument } from '../../src/ingest/read-document.js';
import { docxFromText } from './support/layout-documents.js';

const layouts = path.resolve(import.meta.dirname, '../fixtures/ingest/layouts');
const fixture = (name: string) => readFileSync(path.join(layouts, name), 'utf8');

describe('documents without numbers', () => {
  it('makes one agreement of each section of prose, numbered in order, with a warning', () => {
    const doc = extractDocument(fixture('prose-secties.md'), { sourceName: 'bosrand.md' });

    expect(doc.agreements.map((a) => [a.number, a.chapterTitle, a.title, a.responsible])).toEqual([
      // Every sentence that opens with a party adds it: "De gemeente levert daarvoor bouwgrond".
      ['1', 'Beschikbaarheid', 'Nieuwbouw', ['Gemeente', 'Woonstichting Bosrand Wonen']],
      ['2', 'Beschikbaarheid', 'Doorstroming', ['Gemeente', 'Woonstichting Bosrand Wonen']],
      // "Huurders met betalingsproblemen krijgen maatwerk": tenants themselves, not their organisation.
      ['3', 'Betaalbaarheid', 'Huurbeleid', ['Woonstichting Bosrand Wonen']],
      ['4', 'Betaalbaarheid', 'Vroegsignalering', ['Gemeente', 'Woonstichting Bosrand Wonen', 'Huurdersplatform Bosrand']],
    ]);
    expect(doc.agreements[0]!.multiYearText).toBe(
      'Bosrand Wonen bouwt tot en met 2028 in totaal 160 sociale huurwoningen, waarvan een kwart voor jongeren. De gemeente levert daarvoor bouwgrond tegen een sociale grondprijs.',
    );
    expect(doc.warnings).toEqual(['het document nummert zijn afspraken niet (secties met tekst); ze zijn op volgorde genummerd 1 t/m 4']);
  });

  it('does not make the introduction an agreement', () => {
    const doc = extractDocument(fixture('prose-secties.md'), { sourceName: 'bosrand.md' });

    expect(doc.agreements.map((a) => a.title)).not.toContain('Inleiding');
    expect(doc.agreements.map((a) => a.multiYearText).join(' ')).not.toContain('woonvisie');
  });

  it('makes one agreement of each bullet "• Titel – tekst", with tenant organisations as a group', () => {
    const doc = extractDocument(fixture('opsomming.txt'), { sourceName: 'zandvoorde.txt' });

    expect(doc.parties.map((p) => p.name)).toEqual(['Gemeente Zandvoorde', 'Duinwonen', 'Kustthuis', 'HV Duin', 'Huurdersraad Kustthuis']);
    expect(doc.agreements.map((a) => [a.number, a.chapterTitle, a.title, a.responsible])).toEqual([
      ['1', 'Beschikbaarheid', 'Nieuwbouw', ['Duinwonen', 'Kustthuis']],
      ['2', 'Beschikbaarheid', 'Flexwonen', ['Gemeente']],
      ['3', 'Betaalbaarheid', 'Huurverhoging', ['Duinwonen', 'Kustthuis']],
      ['4', 'Betaalbaarheid', 'Voorzieningenwijzer', ['Huurdersorganisaties']],
      ['5', 'Betaalbaarheid', 'Energiearmoede', ['Gemeente', 'Duinwonen', 'Kustthuis', 'Huurdersorganisaties']],
    ]);
    expect(doc.agreements[1]!.multiYearText).toBe('De gemeente wijst een locatie aan voor 30 flexwoningen voor spoedzoekers.');
    expect(doc.warnings).toEqual(['het document nummert zijn afspraken niet (opsomming); ze zijn op volgorde genummerd 1 t/m 5']);
  });

  it('reads the bullets of a Word list the same way', async () => {
    const { text } = await readDocument({ name: 'zandvoorde.docx', data: await docxFromText(fixture('opsomming.txt'), true) });
    const doc = extractDocument(text, { sourceName: 'zandvoorde.docx' });

    expect(doc.agreements.map((a) => [a.number, a.title])).toEqual([
      ['1', 'Nieuwbouw'],
      ['2', 'Flexwonen'],
      ['3', 'Huurverhoging'],
      ['4', 'Voorzieningenwijzer'],
      ['5', 'Energiearmoede'],
    ]);
  });

  it('makes one agreement of each "Afspraak:" block, with the title line above it when there is one', () => {
    const doc = extractDocument(fixture('afspraak-blokken.txt'), { sourceName: 'waterhoek.txt' });

    expect(doc.agreements.map((a) => [a.number, a.chapterTitle, a.title, a.responsible])).toEqual([
      ['1', 'Wonen', 'Nieuwbouw', ['Stichting Waterhoek Wonen']],
      ['2', 'Wonen', 'De gemeente versnelt de vergunningverlening voor sociale huur tot maximaal acht weken', ['Gemeente']],
      ['3', 'Leefbaarheid', 'De bewonersraad organiseert twee keer per jaar een wijkavond met de corporatie en de gemeente', ['Bewonersraad Waterhoek']],
    ]);
    expect(doc.agreements[0]!.multiYearText).toBe('Waterhoek Wonen start in 2025 met de bouw van 36 sociale huurwoningen aan de Kade.');
    expect(doc.warnings).toEqual(['het document nummert zijn afspraken niet ("Afspraak:"-blokken); ze zijn op volgorde genummerd 1 t/m 3']);
  });

  it('keeps a bullet list inside a numbered agreement as its text', () => {
    const text = 'Prestatieafspraken gemeente Ydam 2026\n\nAfspraak 1 Nieuwbouw\nDe gemeente bouwt:\n• 20 woningen aan de Dijk;\n• 30 woningen in het Centrum.\n\nAfspraak 2 Sloop\nDe gemeente sloopt 10 woningen.\n';
    const doc = extractDocument(text, { sourceName: 'ydam.txt' });

    expect(doc.agreements.map((a) => a.number)).toEqual(['1', '2']);
    expect(doc.agreements[0]!.multiYearText).toBe('De gemeente bouwt: • 20 woningen aan de Dijk; • 30 woningen in het Centrum.');
  });
});
