import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

/** A wiki page exported to Markdown: breadcrumbs, "Space : Page title", codes of two to four letters. */
const text = `1. [Team Wonen Kreekdorp](index.md)
2. [Wonen](Wonen_1001.md)
3. [Prestatieafspraken](Prestatieafspraken_1002.md)

# Team Wonen Kreekdorp : Prestatieafspraken Kreekdorp 2025-2028 (werkversie met voortgang)

Created by Anna Verhulst, last modified by Piet Maas on 02 okt. 2025

## Partijen en looptijd

| Partij | Afkorting op deze pagina |
|---|---|
| Gemeente Kreekdorp | gemeente |
| Woonstichting Schorrenland | WSL |
| Huurdersvereniging De Dijkwacht | HBD De Dijkwacht / De Dijkwacht |

## Betaalbaarheid (BET)

### BET-1 Huurbeleid

**Trekker:** WSL
**Status:** ✅ loopt

WSL houdt de huurverhoging gelijk aan de inflatie.

## Leefbaarheid (LEEF)

### LEEF-1 Buurtbeheerder

**Trekker:** WSL
**Status:** ✅ gestart

WSL zet een buurtbeheerder in voor 20 uur per week in de Havenbuurt.

### LEEF-2 Schoonmaakdag

**Trekker:** HBD De Dijkwacht
**Status:** 🟡 loopt

De Dijkwacht organiseert twee keer per jaar een schoonmaakdag rond de complexen.
`;

describe('wiki pages exported to Markdown', () => {
  it('reads "### LEEF-1 Titel": a code of four letters numbers an agreement as one of two or three does', () => {
    const d = extractDocument(text, { sourceName: 'kreekdorp.md' });
    expect(d.agreements.map((a) => [a.number, a.chapterTitle, a.title])).toEqual([
      ['BET-1', 'Betaalbaarheid', 'Huurbeleid'],
      ['LEEF-1', 'Leefbaarheid', 'Buurtbeheerder'],
      ['LEEF-2', 'Leefbaarheid', 'Schoonmaakdag'],
    ]);
  });

  it('takes the page title from "Space : Page title", not from the breadcrumbs above it', () => {
    const d = extractDocument(text, { sourceName: 'kreekdorp.md' });
    expect(d.title).toBe('Prestatieafspraken Kreekdorp 2025-2028');
  });

  it('reads "HBD De Dijkwacht / De Dijkwacht" in a short-name column as two short forms of one party', () => {
    const d = extractDocument(text, { sourceName: 'kreekdorp.md' });
    expect(d.parties.map((p) => p.name)).toEqual(['Gemeente Kreekdorp', 'Woonstichting Schorrenland', 'Huurdersvereniging De Dijkwacht']);
    expect(d.agreements[2]!.responsible).toEqual(['Huurdersvereniging De Dijkwacht']);
  });

  it('reads no agreement from numbered breadcrumbs or contents links above numbered paragraphs', () => {
    const page = `1. [Team Wonen Kreekdorp](index.md)
2. [Wonen](Wonen_1001.md)
3. [Prestatieafspraken](Prestatieafspraken_1002.md)

# Team Wonen Kreekdorp : Prestatieafspraken Kreekdorp 2025-2028

Afspraken tussen de gemeente Kreekdorp, Woonstichting Schorrenland en Huurdersvereniging De Dijkwacht.

- [Betaalbaarheid](#betaalbaarheid)
- [Leefbaarheid](#leefbaarheid)

## Betaalbaarheid

1. Schorrenland houdt de huurverhoging gelijk aan de inflatie.
2. De gemeente zet twee energiecoaches in.

## Leefbaarheid

3. Schorrenland zet een buurtbeheerder in voor 20 uur per week.
`;
    const d = extractDocument(page, { sourceName: 'kreekdorp-kort.md' });
    expect(d.agreements.map((a) => [a.number, a.chapterTitle])).toEqual([
      ['1', 'Betaalbaarheid'],
      ['2', 'Betaalbaarheid'],
      ['3', 'Leefbaarheid'],
    ]);
  });
});
