import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

// Invented: PDF text with a "Leeswijzer" before the first chapter, each chapter heading right above its table's header
// row (no blank line between), and later headings padded with empty cells as rows of the table.
const text = `Prestatieafspraken Zoutmeer 2026-2029

Gemeente Zoutmeer · Woonstichting Ebbe · Huurdersraad Ebbe

Leeswijzer
Per thema staat een tabel. In de kolom Trekker staat welke partij het initiatief neemt bij de afspraak.

1. Nieuwbouw
Nr\tAfspraak\tTrekker\tStand van zaken 2025

1.1\tWoningbouw\tEbbe\tIn 2025 zijn 40 woningen opgeleverd.
\tEbbe bouwt 200 sociale huurwoningen in Zoutmeer.\t\t

1.2\tBouwgrond\tGemeente\tTwee locaties zijn aangewezen.
\tDe gemeente wijst drie bouwlocaties aan voor sociale huur.\t\t

2. Betaalbaarheid\t\t\t
Nr\tAfspraak\tTrekker\tStand van zaken 2025

2.1\tHuurverhoging\tEbbe\tDe huur steeg met 3 procent.
\tEbbe verhoogt de huren met niet meer dan de inflatie.\t\t
`;

describe('chapter headings right above a table in PDF text', () => {
  const doc = extractDocument(text, { sourceName: 'zoutmeer.pdf' });

  it('gives every row the theme of the heading above its table', () => {
    expect(doc.agreements.map((a) => [a.number, a.chapterTitle])).toEqual([
      ['1.1', 'Nieuwbouw'],
      ['1.2', 'Nieuwbouw'],
      ['2.1', 'Betaalbaarheid'],
    ]);
  });
});
