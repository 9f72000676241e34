import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

// Invented documents for invented places ("Veerdam", "Linde-aan-Zee").
describe('a listed party whose name holds "en"', () => {
  const text = [
    'Prestatieafspraken Veerdam 2026-2029',
    '',
    'Partijen:',
    '',
    '• Gemeente Veerdam',
    '',
    '• Woonbron Oeverland',
    '',
    '• Stichting Zorg en Welzijn Veerkracht',
    '',
    'Deze afspraken gelden van 1 januari 2026 tot en met 31 december 2029.',
    '',
    '# Hoofdstuk 1 Wonen',
    '',
    '## 1.1 Nieuwbouw',
    '',
    'Woonbron Oeverland bouwt 80 sociale huurwoningen.',
    '',
    'Uitvoering: Alle partijen',
    '',
    '# Ondertekening',
    '',
    'Partij\tNaam en functie\tHandtekening',
    'Gemeente Veerdam\tA. de Wit, wethouder\t',
    'Woonbron Oeverland\tB. Smit, directeur-bestuurder\t',
    'Stichting Zorg en Welzijn Veerkracht\tC. Jansen, directeur\t',
  ].join('\n');

  it('stays one party when a signature table names it again', () => {
    const doc = extractDocument(text, { sourceName: 'veerdam.docx' });
    expect(doc.parties.map((p) => p.name)).toEqual(['Gemeente Veerdam', 'Woonbron Oeverland', 'Stichting Zorg en Welzijn Veerkracht']);
    expect(doc.agreements[0]!.responsible).toEqual(['Gemeente', 'Woonbron Oeverland', 'Stichting Zorg en Welzijn Veerkracht']);
  });
});

describe('parties the text calls by a shorter name than the list', () => {
  const text = [
    'Prestatieafspraken Linde-aan-Zee 2026-2030',
    '',
    'Gemeente Linde-aan-Zee, Duinwaarde Kust en Huurdersvereniging Helmgras',
    '',
    '# Inleiding',
    '',
    'Deze afspraken bouwen voort op het bod van Duinwaarde van juni 2025.',
    '',
    '## Partijen',
    '',
    '• Gemeente Linde-aan-Zee, vertegenwoordigd door wethouder A. Boer;',
    '• Stichting Duinwaarde Kust, vertegenwoordigd door directeur-bestuurder B. Zand;',
    '• Huurdersvereniging Helmgras, vertegenwoordigd door voorzitter C. Strand.',
    '',
    '# Afspraken',
    '',
    '1. Nieuwbouw',
    '',
    '1.1 Woningen in de duinen',
    'Duinwaarde bouwt tot 2030 ten minste 150 sociale huurwoningen in de kern.',
    '',
    '1.2 Huurdersbudget',
    'Duinwaarde geeft Helmgras een jaarlijks budget van 8.000 euro. Helmgras werft daarmee nieuwe leden.',
  ].join('\n');

  it('is one party under its full name, found by its brand alone ("Duinwaarde", "Helmgras")', () => {
    const doc = extractDocument(text, { sourceName: 'linde.html' });
    expect(doc.parties.map((p) => p.name)).toEqual(['Gemeente Linde-aan-Zee', 'Stichting Duinwaarde Kust', 'Huurdersvereniging Helmgras']);
    expect(doc.agreements.map((a) => [a.number, a.responsible])).toEqual([
      ['1.1', ['Stichting Duinwaarde Kust']],
      ['1.2', ['Stichting Duinwaarde Kust', 'Huurdersvereniging Helmgras']],
    ]);
  });
});
