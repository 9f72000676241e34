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

describe('a contract whose numbers restart in every chapter', () => {
  const text = `WOONAFSPRAKEN RIETVELD 2026 – 2029

De ondergetekenden:

1. de gemeente Rietveld, rechtsgeldig vertegenwoordigd door de wethouder Wonen;
2. Wonen Kempen, gevestigd te Eindhoven, rechtsgeldig vertegenwoordigd door de directeur-bestuurder;
3. Woningvereniging Aa, gevestigd te Rietveld, samen met Wonen Kempen hierna te noemen: de corporaties;
4. Huurdersvereniging Aa en Omstreken, rechtsgeldig vertegenwoordigd door de voorzitter;

komen het volgende overeen.

Hoofdstuk 1 Betaalbaar wonen

1. Wonen Kempen houdt de huurverhoging gelijk aan de inflatie.

2. De corporaties bieden iedere huurder met een achterstand een gesprek aan.

Hoofdstuk 2 Duurzaamheid

1. Woningvereniging Aa isoleert 60 woningen.
`;

  it('qualifies the numbers with the chapter; the signatories\' list is no agreement and its group name no alias', () => {
    const d = extractDocument(text, { sourceName: 'rietveld.txt' });
    expect(d.agreements.map((a) => a.number)).toEqual(['1.1', '1.2', '2.1']);
    expect(d.parties.map((p) => p.name)).toEqual(['Gemeente Rietveld', 'Wonen Kempen', 'Woningvereniging Aa', 'Huurdersvereniging Aa en Omstreken']);
    expect(d.parties.find((p) => p.name === 'Wonen Kempen')!.aliases).not.toContain('de corporaties');
    expect(d.agreements[1]!.responsible).toEqual(['Wonen Kempen', 'Woningvereniging Aa']);
  });

  it('reads "Actie | Wat gaan we doen? | Wie" as the number, text and responsible columns', () => {
    const table = `Jaarafspraken Rietveld 2026

Gemaakt door de gemeente Rietveld, Wonen Kempen (WK) en Woningvereniging Aa (WA).

<table><tr><td>Actie</td><td>Wat gaan we doen?</td><td>Wie</td><td>Wanneer</td></tr>
<tr><td>Actie 1</td><td>Wonen Kempen start de bouw van 64 woningen.</td><td>WK</td><td>Q3 2026</td></tr>
<tr><td>Actie 2</td><td>De gemeente reserveert bouwgrond voor 30 woningen.</td><td>Gem.</td><td>Q4 2026</td></tr></table>
`;
    const d = extractDocument(table, { sourceName: 'rietveld.txt' });
    expect(d.agreements.map((a) => [a.number, a.responsible])).toEqual([
      ['1', ['Wonen Kempen (WK)']],
      ['2', ['Gemeente']],
    ]);
  });
});
