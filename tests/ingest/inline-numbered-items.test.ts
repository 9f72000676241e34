import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

// Invented: prose chapters whose agreements are numbered inline in one paragraph ("Daarom spreken we af: (1) …;
// (2) …"), the count restarting per chapter and continuing in a later paragraph; a list of principles numbered the
// same way is no agreement.
const text = `Prestatieafspraken Wadborg 2026-2029

Gemeente Wadborg
Woonstichting Dijkzicht
Huurdersvereniging Kwelder

Inhoud

1 Uitgangspunten .......... 2
2 Betaalbaarheid .......... 2
3 Nieuwbouw .......... 3

1 Uitgangspunten

Wij laten ons leiden door twee principes: (1) huurders in nood gaan voor; (2) niemand gaat er door de
verduurzaming op achteruit.

2 Betaalbaarheid

Veel huurders hebben een laag inkomen. We hanteren twee principes: (1) huurders in nood gaan voor; (2) niemand
gaat er door de verduurzaming op achteruit.

Daarom spreken we af: (1) Dijkzicht houdt de gemiddelde huur in 2026 onder € 650 per maand; (2) de gemeente
verruimt de inkomensgrens van het Minimafonds naar 125% van het sociaal minimum; (3) Dijkzicht biedt huurders met
een achterstand binnen drie weken een betalingsregeling aan.

Huurders weten het best waar het knelt. We spreken verder af: (4) Kwelder houdt jaarlijks een enquête
over de woonlasten.

3 Nieuwbouw

Daarom spreken we af: (1) Dijkzicht bouwt tot en met 2029 in totaal 90 sociale huurwoningen; (2) de
gemeente wijst drie bouwlocaties aan voor sociale huur.
`;

describe('agreements numbered inline in a paragraph after "spreken we af:"', () => {
  const doc = extractDocument(text, { sourceName: 'wadborg.txt' });

  it('reads every (n) item as an agreement, qualified with its chapter, and not the principles', () => {
    expect(doc.agreements.map((a) => [a.number, a.chapterTitle])).toEqual([
      ['2.1', 'Betaalbaarheid'],
      ['2.2', 'Betaalbaarheid'],
      ['2.3', 'Betaalbaarheid'],
      ['2.4', 'Betaalbaarheid'],
      ['3.1', 'Nieuwbouw'],
      ['3.2', 'Nieuwbouw'],
    ]);
  });

  it('keeps each item\'s own text, whole words over line breaks, and who does it', () => {
    const [a1, a2] = doc.agreements;
    expect(a1!.multiYearText).toMatch(/^Dijkzicht houdt de gemiddelde huur in 2026 onder € 650 per maand/);
    expect(a1!.multiYearText).not.toContain('verruimt');
    expect(a2!.title).toMatch(/^De gemeente verruimt de inkomensgrens/);
    expect(a2!.responsible).toEqual(['Gemeente']);
    expect(doc.agreements[3]!.responsible).toEqual(['Huurdersvereniging Kwelder']);
  });
});
