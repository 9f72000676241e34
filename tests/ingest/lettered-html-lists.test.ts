import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { htmlToText } from '../../src/ingest/read-html.js';

// Invented document for an invented place ("Grachtwijk"), laid out as Google Docs saves it: themes are items of
// an outer numbered list that goes on after each explanation ("start"), the agreements items of a list inside
// each theme lettered by its type or by the style sheet. The numbers "2.b" are nowhere in the text.
const page = (letters: 'type' | 'css') => {
  const inner = letters === 'type' ? '<ol type="a" class="lst-b">' : '<ol class="lst-b start" start="1">';
  const theme = (n: number, title: string, items: string[]) =>
    `<ol class="lst-a" start="${n}"><li><span>${title}</span>${inner}${items.map((i) => `<li><span>${i}</span></li>`).join('')}</ol></li></ol>` +
    `<p><span>Toelichting: een korte uitleg bij dit thema.</span></p>`;
  return `<html><head><style>ol.lst-a{list-style-type:decimal}ol.lst-b{list-style-type:lower-latin}</style></head><body>
<p class="title">Prestatieafspraken Grachtwijk 2026-2029</p>
<p>Gemeente Grachtwijk, Stichting Kadewonen en Huurdersvereniging De Kade</p>
<h1>Inleiding</h1><p>Partijen delen twee ambities:</p>
<ol start="1"><li>Iedereen vindt binnen redelijke tijd een betaalbare woning.</li><li>De woningen zijn in 2030 energiezuinig.</li></ol>
<h1>Afspraken</h1>
${theme(1, 'Beschikbaarheid', ['Nieuwbouw. Kadewonen bouwt tot 2029 ten minste 120 sociale huurwoningen.', 'Starters. De gemeente wijst twee locaties aan voor starterswoningen.'])}
${theme(2, 'Betaalbaarheid', ['Huren. Kadewonen houdt de huurverhoging gelijk aan de inflatie.', 'Schulden. De gemeente neemt binnen een week contact op met huurders met een achterstand.'])}
<h1>Ondertekening</h1><p>Aldus overeengekomen te Grachtwijk.</p>
<table><tr><td><p>Gemeente Grachtwijk</p><p>A. Dijk, wethouder</p></td><td><p>Stichting Kadewonen</p><p>B. Gracht, bestuurder</p></td><td><p>Huurdersvereniging De Kade</p><p>C. Brug, voorzitter</p></td></tr></table>
<h2>Bijlage: begrippen</h2><ul><li>Inflatie: de stijging van de prijzen.</li><li>Starter: wie voor het eerst een woning zoekt.</li></ul>
</body></html>`;
};

describe('agreements in a lettered list inside a numbered list of themes (HTML)', () => {
  it('writes the letters of a lettered list, from its type or from the style sheet', () => {
    for (const letters of ['type', 'css'] as const) {
      const text = htmlToText(page(letters));
      expect(text).toContain('a. Nieuwbouw.');
      expect(text).toContain('b. Schulden.');
      expect(text).toContain('2. Betaalbaarheid');
    }
  });

  it('numbers each item with its theme\'s number and letter, as a reader of the list cites it', () => {
    for (const letters of ['type', 'css'] as const) {
      const doc = extractDocument(htmlToText(page(letters)), { sourceName: 'grachtwijk.html' });
      expect(doc.agreements.map((a) => [a.number, a.title, a.chapterTitle, a.responsible])).toEqual([
        ['1.a', 'Nieuwbouw', 'Beschikbaarheid', ['Stichting Kadewonen']],
        ['1.b', 'Starters', 'Beschikbaarheid', ['Gemeente']],
        ['2.a', 'Huren', 'Betaalbaarheid', ['Stichting Kadewonen']],
        ['2.b', 'Schulden', 'Betaalbaarheid', ['Gemeente']],
      ]);
      // "Bijlage: begrippen" after the signatures is an appendix, not more text of the last agreement.
      expect(doc.agreements.at(-1)!.multiYearText).not.toContain('stijging van de prijzen');
    }
  });
});
