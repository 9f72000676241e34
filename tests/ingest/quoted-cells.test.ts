import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { joinQuotedCells } from '../../src/ingest/quoted-cells.js';

describe('a spreadsheet copied as tab-separated text', () => {
  it('joins a quoted cell with a line break back into its row and unquotes it', () => {
    expect(joinQuotedCells(['4\t\t"24 flexwoningen.', 'Gemeente levert de grond."\tGem + KW\tQ4 2026', '5\t\t"De regeling ""Verhuisbonus"" loopt door."\tKW'])).toEqual([
      '4\t\t24 flexwoningen.<br>Gemeente levert de grond.\tGem + KW\tQ4 2026',
      '5\t\tDe regeling "Verhuisbonus" loopt door.\tKW',
    ]);
  });

  it('keeps the responsible column of such a row in its place', () => {
    const text = [
      'Uitvoeringsagenda 2026 Lingedal',
      'Partijen: gemeente Lingedal, Waalwonen, Huurdersvereniging Lingedal',
      '',
      'Nr.\tActie 2026\tWie\tGereed',
      '1\t"Waalwonen start de bouw van 72 woningen.',
      'Oplevering eind 2027."\tWaalwonen\tQ2 2026',
      '2\tDe gemeente levert de grond.\tGemeente\tQ3 2026',
    ].join('\n');
    const d = extractDocument(text, { sourceName: 'lingedal.txt' });
    expect(d.agreements.map((a) => [a.number, a.responsible])).toEqual([
      ['1', ['Waalwonen']],
      ['2', ['Gemeente']],
    ]);
  });
});
