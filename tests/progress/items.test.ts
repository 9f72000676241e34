import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../src/core/agreement.js';
import { summarise } from '../../src/progress/items.js';

const agreement = (yearText: string): Agreement => ({
  id: 'a',
  documentId: 'd',
  municipality: 'Teststad',
  number: '3',
  chapterNumber: 1,
  chapterTitle: 'Wonen',
  kind: 'regulier',
  title: 'Verkoop',
  multiYearText: '',
  yearText,
  responsible: ['Woonstede', 'Thuisbouw'],
  originalText: yearText,
  period: { from: 2025, to: 2029 },
  actionYear: 2026,
  targets: [],
  tables: [],
});

describe('form summary', () => {
  const long =
    'Bij verkoop van corporatiewoningen hanteren we als uitgangspunt dat slechte labels niet naar de koopmarkt gaan. ' +
    'In de regel verkopen we geen woningen met een energielabel E, F of G, tenzij met een maatregelpakket. '.repeat(3) +
    'Woonstede is in 2026 voornemens om 12 woningen te verkopen. Thuisbouw verkoopt 8 woningen.';

  it("puts the sentences that name the reporter's party first", () => {
    expect(summarise(agreement(long), 280, ['Woonstede'])).toMatch(/^Woonstede is in 2026 voornemens om 12 woningen te verkopen\./);
    expect(summarise(agreement(long), 280, ['Thuisbouw'])).toMatch(/^Thuisbouw verkoopt 8 woningen\./);
  });

  it('starts at the beginning when the party is not named, and keeps short texts whole', () => {
    expect(summarise(agreement(long), 280, ['Gemeente Teststad'])).toMatch(/^Bij verkoop van corporatiewoningen/);
    expect(summarise(agreement('Kort.'), 280, ['Woonstede'])).toBe('Kort.');
  });
});
