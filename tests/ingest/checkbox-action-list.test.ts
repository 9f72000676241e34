import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

/**
 * A yearly action list: "[x] " / "[ ] " items "Titel: tekst" under capital themes, an "Eigenaar: … Gereed: …" line
 * below each, owners written as the initials of people, explained in a list of the parties with their people.
 */
const ZUIDERKERK = `ACTIELIJST 2026
Prestatieafspraken Zuiderkerk 2025–2028
Stand van zaken per 1 september 2026

Over deze lijst
Deze lijst is de jaarschijf 2026 bij de prestatieafspraken 2025–2028. Achter elke actie staat de eigenaar; zijn of haar organisatie is verantwoordelijk voor de uitvoering.

[x] = klaar of staande praktijk
[ ] = loopt nog

Partijen en eigenaren
GZK    Gemeente Zuiderkerk
       PdW   Pieter de Wit, beleidsadviseur wonen
       LS    Lotte Smit, wijkregisseur
WVD    Woonstichting Vaardal
       KB    Kees Bos, manager wonen
       RvL   Ria van Leeuwen, projectleider
HVZ    Huurdersvereniging Zuiderhaven
       MO    Mila Otten, voorzitter
SWD    Stichting Welzijn Delta
       TJ    Tom Jacobs, opbouwwerker


WONEN

[x] Nieuwbouw Havenkade: WVD levert 40 sociale huurwoningen aan de Havenkade op.
    Eigenaar: RvL   Gereed: maart 2026

[ ] Bouwgrond Molenweg: De gemeente maakt de grondexploitatie voor de Molenweg rond, zodat WVD er 30 woningen kan bouwen.
    Eigenaar: PdW   Gereed: 1 juli 2026


BETAALBAARHEID

[ ] Huurbeleid: WVD houdt de huurverhoging gelijk aan de inflatie. HVZ geeft vooraf advies.
    Eigenaar: KB, MO   Gereed: 1 juli 2026

[x] Energiecoaches: SWD zet met geld van de gemeente vier energiecoaches in.
    Eigenaar: TJ, LS   Gereed: doorlopend


Opmerkingen uit het overleg van 2 september 2026
- De oplevering aan de Havenkade is goed verlopen.
- HVZ vraagt om meer uitleg over het huurbeleid.

Opgesteld door: PdW, 1 september 2026
`;

describe('an action list with checkboxes and owners as initials', () => {
  const doc = extractDocument(ZUIDERKERK, { sourceName: 'zuiderkerk.txt' });

  it('makes one agreement of each checkbox item, with its title before the colon, and none of the remarks below', () => {
    expect(doc.agreements.map((a) => [a.number, a.chapterTitle, a.title])).toEqual([
      ['1', 'Wonen', 'Nieuwbouw Havenkade'],
      ['2', 'Wonen', 'Bouwgrond Molenweg'],
      ['3', 'Betaalbaarheid', 'Huurbeleid'],
      ['4', 'Betaalbaarheid', 'Energiecoaches'],
    ]);
    expect(doc.agreements[1]!.multiYearText).toBe('De gemeente maakt de grondexploitatie voor de Molenweg rond, zodat WVD er 30 woningen kan bouwen.');
  });

  it('makes the organisations of the list the parties, not the people who own the actions', () => {
    expect(doc.parties.map((p) => p.name)).toEqual(['Gemeente Zuiderkerk', 'Woonstichting Vaardal', 'Huurdersvereniging Zuiderhaven', 'Stichting Welzijn Delta']);
  });

  it("holds each owner's organisation responsible", () => {
    expect(doc.agreements.map((a) => a.responsible)).toEqual([
      ['Woonstichting Vaardal'],
      ['Gemeente'],
      ['Woonstichting Vaardal', 'Huurdersvereniging Zuiderhaven'],
      ['Gemeente', 'Stichting Welzijn Delta'],
    ]);
  });

  it('puts the name of the yearly list before the title of the agreements', () => {
    expect(doc.title).toBe('Actielijst 2026 – Prestatieafspraken Zuiderkerk 2025–2028');
    expect(doc.actionYear).toBe(2026);
  });
});

describe('a Markdown task list', () => {
  const doc = extractDocument(
    `# Actielijst 2026

Prestatieafspraken Zuiderkerk 2025–2028: Gemeente Zuiderkerk, Woonstichting Vaardal en Huurdersvereniging Zuiderhaven.

## Wonen

- [x] Nieuwbouw Havenkade: Vaardal levert 40 sociale huurwoningen aan de Havenkade op.
- [ ] Bouwgrond Molenweg: De gemeente maakt de grondexploitatie voor de Molenweg rond.

## Opmerkingen

- De oplevering aan de Havenkade is goed verlopen.
`,
    { sourceName: 'zuiderkerk.md' },
  );

  it('makes one agreement of each task, without its box, and none of the plain bullets', () => {
    expect(doc.agreements.map((a) => [a.number, a.chapterTitle, a.title, a.responsible])).toEqual([
      ['1', 'Wonen', 'Nieuwbouw Havenkade', ['Woonstichting Vaardal']],
      ['2', 'Wonen', 'Bouwgrond Molenweg', ['Gemeente']],
    ]);
  });
});
