import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

// Invented: a newsletter that names the parties only in its closing paragraph, the municipality through the alderman
// who signed for it, and a corporation whose name has "en" inside.
const text = `# Nieuwsbrief prestatieafspraken Gemeente Rietveen 2026

## Bouwen

• Meer woningen in het dorp
Beek en Dal bouwt 30 woningen in Rietveen. De gemeente levert de grond.

• Huur betaalbaar
Woonstichting Rietland verlaagt de huur voor huurders met een laag inkomen.

## Wie hebben de afspraken gemaakt?

De prestatieafspraken zijn op 3 december 2025 ondertekend door wethouder Anna de Boer namens de gemeente Rietveen, door Woonstichting Rietland, Woonvereniging Beek en Dal en Huurdersvereniging Het Veenhuis.
`;

describe('parties named in a closing sentence', () => {
  it('reads each signing party, the signer "namens" the municipality and a name with "en" inside included', () => {
    const doc = extractDocument(text, { sourceName: 'rietveen.md' });

    expect(doc.parties.map((p) => p.name)).toEqual(['Gemeente Rietveen', 'Woonstichting Rietland', 'Woonvereniging Beek en Dal', 'Huurdersvereniging Het Veenhuis']);
  });
});
