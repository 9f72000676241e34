import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { htmlToText } from '../../src/ingest/read-html.js';

// Invented document for an invented place ("Lindemaas"); the layout is a Word document with each agreement in a
// frame: a table of one cell holding the heading, the text and the "Wie:"/"Wanneer:" lines.
const box = (...paragraphs: string[]) => `<table><tbody><tr><td>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</td></tr></tbody></table>`;
const html = [
  '<h1>Prestatieafspraken Lindemaas 2026-2028</h1>',
  '<p>Afspraken tussen de gemeente Lindemaas, Woonstichting Rivierzoom en Huurdersvereniging Lindemaas.</p>',
  '<h1>1. Nieuwbouw</h1>',
  '<p>De wachttijd voor een sociale huurwoning is lang.</p>',
  box('Afspraak 1 – Woningen aan de haven', 'Rivierzoom bouwt tot 2028 zestig sociale huurwoningen aan de haven.', 'Wie: Rivierzoom', 'Wanneer: 2026-2028'),
  box('Afspraak 2 – Bouwgrond', 'De gemeente levert grond tegen een vaste prijs per woning.', 'Wie: gemeente', 'Wanneer: doorlopend'),
  '<h1>2. Betaalbaarheid</h1>',
  box('Afspraak 3 – Huurverhoging', 'De huurverhoging blijft gemiddeld onder de inflatie.', 'Wie: Rivierzoom (trekker), Huurdersvereniging Lindemaas', 'Wanneer: jaarlijks'),
].join('\n');

describe('agreements each in a box (a table of one cell)', () => {
  it('reads the paragraphs of a one-cell table as lines of their own', () => {
    const lines = htmlToText(box('Afspraak 1 – Titel', 'Tekst.', 'Wie: gemeente')).split('\n').filter(Boolean);
    expect(lines).toEqual(['Afspraak 1 – Titel', 'Tekst.', 'Wie: gemeente']);
  });

  it('finds one agreement per box with its number, title, chapter and "Wie:" parties', () => {
    const doc = extractDocument(htmlToText(html), { sourceName: 'lindemaas.html' });
    expect(doc.agreements.map((a) => [a.number, a.title, a.chapterTitle, a.responsible])).toEqual([
      ['1', 'Woningen aan de haven', 'Nieuwbouw', ['Woonstichting Rivierzoom']],
      ['2', 'Bouwgrond', 'Nieuwbouw', ['Gemeente']],
      ['3', 'Huurverhoging', 'Betaalbaarheid', ['Woonstichting Rivierzoom', 'Huurdersvereniging Lindemaas']],
    ]);
    expect(doc.agreements[0]!.multiYearText).toContain('zestig sociale huurwoningen');
    expect(doc.agreements[0]!.multiYearText).not.toContain('Wie:');
  });
});
