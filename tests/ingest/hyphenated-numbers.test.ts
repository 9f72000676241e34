import { describe, expect, it } from 'vitest';
import { matchDotted } from '../../src/ingest/agreement-labels.js';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

// Invented document for an invented place ("Veerdam"): agreements numbered chapter-hyphen-number ("2-3"), as
// some documents write "2.3", each with an "Uitvoering:" line.
const text = [
  'Prestatieafspraken Veerdam 2026-2029',
  '',
  'Partijen: Gemeente Veerdam, Woonbron Oeverland en Huurdersraad Veerdam.',
  '',
  '# Hoofdstuk 1 Nieuwbouw',
  '',
  '## 1-1 Woningen bij het veer',
  '',
  'Woonbron Oeverland bouwt 80 sociale huurwoningen bij het veer.',
  '',
  'Uitvoering: Woonbron Oeverland',
  '',
  '## 1-2 Grond voor sociale huur',
  '',
  'De gemeente levert grond tegen een vaste prijs van 20.000 euro per woning.',
  '',
  'Uitvoering: Gemeente',
  '',
  '# Hoofdstuk 2 Betaalbaarheid',
  '',
  '## 2-1 Huurbeleid',
  '',
  'De huren stijgen niet meer dan de inflatie; de Huurdersraad Veerdam adviseert vooraf.',
  '',
  'Uitvoering: Woonbron Oeverland, Huurdersraad Veerdam',
].join('\n');

describe('agreements numbered "1-1", "2-3" (chapter, hyphen, number)', () => {
  it('reads a hyphenated number as a label, but not a range of years or an amount', () => {
    expect(matchDotted('1-2 Grond voor sociale huur')).toMatchObject({ label: '1-2', rest: 'Grond voor sociale huur' });
    expect(matchDotted('2025-2029 Woonvisie')).toBeNull();
    expect(matchDotted('10-15 woningen per jaar')).toBeNull();
  });

  it('keeps the number as printed, the title after it and the chapter', () => {
    const doc = extractDocument(text, { sourceName: 'veerdam.md' });
    expect(doc.agreements.map((a) => [a.number, a.title, a.chapterTitle, a.responsible])).toEqual([
      ['1-1', 'Woningen bij het veer', 'Nieuwbouw', ['Woonbron Oeverland']],
      ['1-2', 'Grond voor sociale huur', 'Nieuwbouw', ['Gemeente']],
      ['2-1', 'Huurbeleid', 'Betaalbaarheid', ['Woonbron Oeverland', 'Huurdersraad Veerdam']],
    ]);
    expect(doc.warnings).toEqual([]);
  });
});
