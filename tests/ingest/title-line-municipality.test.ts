import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

// Invented newsletter: the title names no place, the next line starts with "Er"; the body names the municipality.
const text = `Nieuwsbrief Wonen · december 2025

# Nieuwsbrief prestatieafspraken 2026-2027

Er is getekend! Gemeente, corporatie en huurders hebben afspraken gemaakt. Er staat veel in, er is veel te lezen.

## Meer woningen

• **Nieuwbouw** – Polderhof bouwt 40 woningen in de gemeente Kleidorp.

• **Tijdelijke woningen** – De gemeente Kleidorp zoekt een plek voor 12 tijdelijke woningen.
`;

describe('a place after the title', () => {
  it('is read on the title\'s own line only: "Er" on the next line is no municipality', () => {
    expect(extractDocument(text, { sourceName: 'nieuwsbrief.md' }).municipality).toBe('Kleidorp');
  });
});
