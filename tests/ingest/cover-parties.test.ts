import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { htmlToText } from '../../src/ingest/read-html.js';

describe('parties named on the cover, themes with a letter', () => {
  it('takes the parties from a cover list whose names the body shortens ("De Veldhoek", "HBV")', () => {
    const text = `Prestatieafspraken Rijnoord 2026 – 2029

Samen werken aan wonen in Rijnoord

Gemeente Rijnoord
Stichting Rijnwonen
Woningstichting De Veldhoek
Huurdersvereniging Ons Huis
Huurdersbelang Veldhoek (HBV)

Vastgesteld in het bestuurlijk overleg van 9 december 2025

1 Beschikbaarheid

Afspraak 1.1 Nieuwbouw
Rijnwonen en De Veldhoek bouwen samen 300 sociale huurwoningen in de periode 2026-2029.
Wie: Rijnwonen, De Veldhoek

Afspraak 1.2 Woningruil
De huurders krijgen hulp bij het zoeken naar een ruilwoning via een spreekuur in het wijkcentrum.
Wie: De Veldhoek, HBV, Ons Huis
`;
    const d = extractDocument(text, { sourceName: 'rijnoord.txt' });
    expect(d.parties.map((p) => p.name)).toEqual([
      'Gemeente Rijnoord',
      'Stichting Rijnwonen',
      'Woningstichting De Veldhoek',
      'Huurdersvereniging Ons Huis',
      'Huurdersbelang Veldhoek (HBV)',
    ]);
    expect(d.agreements.map((a) => a.responsible)).toEqual([
      ['Stichting Rijnwonen', 'Woningstichting De Veldhoek'],
      ['Woningstichting De Veldhoek', 'Huurdersvereniging Ons Huis', 'Huurdersbelang Veldhoek (HBV)'],
    ]);
  });

  it('names a theme "Thema A Nieuwbouw en voorraad" by its name only', () => {
    const text = `<h1>Prestatieafspraken Rijnoord 2026</h1><p>Partijen: gemeente Rijnoord en Stichting Rijnwonen.</p>
<h2>Thema A Nieuwbouw en voorraad</h2><table><tr><td>Nr.</td><td>Wat</td><td>Wie</td></tr><tr><td>A.1</td><td>Start bouw van 120 sociale huurwoningen in het Stationsgebied.</td><td>Rijnwonen</td></tr></table>
<h2>Thema B - Betaalbaarheid</h2><table><tr><td>Nr.</td><td>Wat</td><td>Wie</td></tr><tr><td>B.1</td><td>Huurbevriezing voor huishoudens met een laag inkomen.</td><td>Rijnwonen</td></tr></table>`;
    const d = extractDocument(htmlToText(text), { sourceName: 'rijnoord.html' });
    expect(d.agreements.map((a) => [a.number, a.chapterTitle])).toEqual([
      ['A.1', 'Nieuwbouw en voorraad'],
      ['B.1', 'Betaalbaarheid'],
    ]);
  });

  it('reads who acts from a bullet whose lead-in ends in a colon ("… worden opgeleverd: 180 door X")', () => {
    const text = `# Prestatieafspraken Rijnoord 2026

Partijen: gemeente Rijnoord, Stichting Rijnwonen en Woningstichting De Veldhoek.

## Genoeg woningen

- In 2026 worden samen 260 sociale huurwoningen opgeleverd: 180 door Rijnwonen in de wijk Reeve en 80 door De Veldhoek in het centrum. De gemeente levert de grond bouwrijp op.
- Transformatie: de gemeente zoekt samen met De Veldhoek naar leegstaande kantoren die geschikt zijn voor woningen.
`;
    const d = extractDocument(text, { sourceName: 'rijnoord.md' });
    expect(d.agreements.map((a) => a.responsible)).toEqual([['Gemeente', 'Stichting Rijnwonen', 'Woningstichting De Veldhoek'], ['Gemeente', 'Woningstichting De Veldhoek']]);
  });
});
