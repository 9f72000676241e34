import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { splitTrailingResponsible } from '../../src/ingest/responsible-parties.js';

describe('a responsible label at the end of a paragraph', () => {
  it('splits "… tekst. Trekker: X" and leaves sentences that only mention a role alone', () => {
    expect(splitTrailingResponsible('De corporaties verkopen samen hoogstens 12 woningen. Trekker: Woonbron Vaart')).toEqual({
      text: 'De corporaties verkopen samen hoogstens 12 woningen.',
      responsible: 'Woonbron Vaart',
    });
    expect(splitTrailingResponsible('Zij overleggen met de trekker: de gemeente zit voor.')).toBeNull();
    expect(splitTrailingResponsible('Regie: gemeente')).toBeNull();
  });

  it('makes the named party responsible, not every party the sentence mentions', () => {
    const text = [
      'Prestatieafspraken Vaartdorp 2026',
      'Gemeente Vaartdorp, Woonbron Vaart, Stichting Kanaalwonen en Huurdersbond Vaart',
      '1 Betaalbaarheid',
      '1.1 Huurbeleid',
      'Woonbron Vaart en Stichting Kanaalwonen houden de huurverhoging onder de inflatie. Trekker: Woonbron Vaart',
      '1.2 Schuldhulp',
      'De corporaties melden achterstanden na één maand bij de gemeente. Trekker: gemeente',
    ].join('\n\n');
    const doc = extractDocument(text, { sourceName: 'vaartdorp.txt' });
    expect(doc.agreements.map((a) => [a.number, a.responsible])).toEqual([
      ['1.1', ['Woonbron Vaart']],
      ['1.2', ['Gemeente']],
    ]);
    expect(doc.agreements[0]!.multiYearText).not.toContain('Trekker');
  });
});
