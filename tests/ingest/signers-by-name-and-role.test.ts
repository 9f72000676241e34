import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

// Invented: a letter signed by two people side by side, first name and surname over their roles.
const text = `Prestatieafspraken Zeedorp 2026-2027

De afspraken zijn gemaakt door de Gemeente Zeedorp, Woonstichting Golfslag en Huurdersvereniging Het Baken.

Afspraken

1. Golfslag bouwt 40 sociale huurwoningen in Zeedorp.

2. De gemeente levert de grond voor € 15.000 per woning.

Namens het bestuur van Huurdersvereniging Het Baken,


Anna Visscher                          Pieter Zeeman
voorzitter                             secretaris
`;

describe('people who sign by name over their roles', () => {
  const doc = extractDocument(text, { sourceName: 'zeedorp.txt' });

  it('are no parties', () => {
    expect(doc.parties.map((p) => p.name)).toEqual(['Gemeente Zeedorp', 'Woonstichting Golfslag', 'Huurdersvereniging Het Baken']);
  });
});
