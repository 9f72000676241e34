import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

// A contract in Markdown: "Ondergetekenden 1.–3." (parties, not agreements), chapters "### 2 Titel: ondertitel"
// with items "**2a** — …", short forms in emphasis, and a signature table laid out with spaces whose names
// carry a note in brackets.
const contract = `# Prestatieafspraken Schelpendam 2026 – 2028

## Ondergetekenden

1. **de gemeente Schelpendam**, hierna: *de gemeente*;
2. **Stichting Duinrand**, hierbij vertegenwoordigd door haar bestuurder, hierna: *Duinrand*;
3. **Huurdersvereniging Strandwal**, de huurdersorganisatie van Duinrand, hierna: *de huurdersvereniging*; hierna samen te noemen: *partijen*.

## Overwegende dat

- partijen de woonvisie samen willen uitvoeren;

## Komen het volgende overeen

### 2 Beschikbaarheid: meer woningen voor wie het nodig heeft in stad en dorp

**2a** — Duinrand voegt in de looptijd 120 sociale huurwoningen toe.

**2b** — De gemeente hanteert een vaste grondprijs van € 17.000 per woning.

### 3 Betaalbaarheid

**3a** — In overleg met de huurdersvereniging houdt Duinrand de huurverhoging onder de inflatie.
`;

describe('a contract with lettered items', () => {
  it('reads "**2a** —" items under their chapter, and the signatories\' list is no agreement', () => {
    const d = extractDocument(contract, { sourceName: 'schelpendam.md' });
    expect(d.agreements.map((a) => a.number)).toEqual(['2a', '2b', '3a']);
    expect(d.agreements[0]!.chapterTitle).toBe('Beschikbaarheid: meer woningen voor wie het nodig heeft in stad en dorp');
    expect(d.agreements.map((a) => a.responsible)).toEqual([['Stichting Duinrand'], ['Gemeente'], ['Stichting Duinrand']]);
    const tenant = d.parties.find((p) => p.name === 'Huurdersvereniging Strandwal')!;
    expect(tenant.aliases).not.toContain('samen te noemen: partijen');
  });

  it('takes the parties from a signature table laid out with spaces, a note under a name included', () => {
    const text = `Jaarafspraken Schelpendam 2026

Betaalbaarheid

▪  Duinrand houdt de huurverhoging gelijk aan de inflatie.                  nr. 1

▪  Woonzorg Kustlijn plaatst zonnepanelen op twee complexen.               nr. 2

ONDERTEKENING

Partij                                      Namens                              Handtekening
----------------------------------------------------------------------------------------------
Gemeente Schelpendam                        wethouder Wonen

Stichting Duinrand                          directeur-bestuurder

Woonzorg Kustlijn                           regiomanager

Bewonersraad Woonzorg Schelpendam           voorzitter
(huurdersvertegenwoordiging Woonzorg
Kustlijn in Schelpendam)
`;
    const d = extractDocument(text, { sourceName: 'schelpendam.txt' });
    expect(d.parties.map((p) => p.name)).toEqual(['Gemeente Schelpendam', 'Stichting Duinrand', 'Woonzorg Kustlijn', 'Bewonersraad Woonzorg Schelpendam']);
  });
});
