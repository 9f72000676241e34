import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

const proposal = `RAADSVOORSTEL

Gemeente Lindewaard

Onderwerp:              Prestatieafspraken 2027 met de woningcorporatie
Raadsvergadering:       9 december 2026

Beslispunten

   1. Kennis te nemen van de Prestatieafspraken 2027 (bijlage 1);

   2. In te stemmen met een bijdrage van € 40.000 uit de reserve Wonen.

Inleiding

Elk jaar maakt de gemeente afspraken met Woonstichting Esdoorn en Huurdersraad Esdoorn over
de volkshuisvesting in Lindewaard.

Argumenten

1.1 De afspraken passen in de Woonvisie.

De Woonvisie vraagt om meer sociale huurwoningen in de dorpen.

2.1 De bijdrage past binnen de reserve.

De reserve Wonen is groot genoeg.

Bijlagen

1. Prestatieafspraken 2027

BIJLAGE 1  PRESTATIEAFSPRAKEN 2027

Gemeente Lindewaard, Woonstichting Esdoorn, Stichting Wonen Oudeveen,
Huurdersraad Esdoorn en Bewonersraad Kapelhoek

Beschikbaarheid

1.  Nieuwbouw in de dorpen
    Esdoorn levert in 2027 40 nieuwe sociale huurwoningen op in Oudeveen en Kapelhoek.

2.  Grondprijs
    De gemeente hanteert in 2027 een vaste grondprijs van € 20.000 per sociale huurwoning.

Betaalbaarheid

3.  Huurverhoging
    Esdoorn beperkt de huurverhoging per 1 juli 2027 tot de inflatie.
`;

describe('a council proposal with the agreements in an appendix', () => {
  it('reads the agreements from the appendix "Bijlage 1 Prestatieafspraken", not the arguments of the proposal', () => {
    const doc = extractDocument(proposal, { sourceName: 'lindewaard-raadsvoorstel.txt' });

    expect(doc.agreements.map((a) => [a.number, a.chapterTitle, a.title])).toEqual([
      ['1', 'Beschikbaarheid', 'Nieuwbouw in de dorpen'],
      ['2', 'Beschikbaarheid', 'Grondprijs'],
      ['3', 'Betaalbaarheid', 'Huurverhoging'],
    ]);
  });

  // The appendix's own list of parties wraps onto a second line after a comma.
  it('takes the title, period and parties from the appendix', () => {
    const doc = extractDocument(proposal, { sourceName: 'lindewaard-raadsvoorstel.txt' });

    expect(doc.municipality).toBe('Lindewaard');
    expect(doc.title).toBe('Prestatieafspraken 2027');
    expect(doc.period).toEqual({ from: 2027, to: 2027 });
    expect(doc.parties.map((p) => p.name)).toEqual(['Gemeente Lindewaard', 'Woonstichting Esdoorn', 'Stichting Wonen Oudeveen', 'Huurdersraad Esdoorn', 'Bewonersraad Kapelhoek']);
  });
});
