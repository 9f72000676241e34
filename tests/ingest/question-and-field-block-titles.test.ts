import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

const fieldBlocks = `# Prestatieafspraken Heuvelrade 2026-2029

**Partijen:** Gemeente Heuvelrade, Woonstichting Beekdal en Huurdersvereniging De Molensteen

## Nieuwbouw

### Woningen voor starters

**Wat:** Beekdal bouwt starterswoningen aan de Kerkweg. De gemeente levert de grond.  
**Wie:** Beekdal, gemeente  
**Wanneer:** 2027  
**Hoeveel:** 40 woningen

*(afspraak 11)*

### Tijdelijke woningen

**Wat:** De gemeente zoekt een locatie voor tijdelijke woningen voor spoedzoekers.  
**Wie:** gemeente  
**Wanneer:** 2026  
**Hoeveel:** 30 woningen

*(afspraak 12)*

## Betaalbaarheid

### Huurbevriezing

**Wat:** Beekdal bevriest de huur voor huurders met een laag inkomen.  
**Wie:** Beekdal  
**Wanneer:** 2026  
**Hoeveel:** 600 huishoudens

*(afspraak 21)*
`;

const questions = `PRESTATIEAFSPRAKEN HEUVELRADE 2026-2029

Gemeente Heuvelrade
Woonstichting Beekdal

1. NIEUWBOUW

Vraag 1: Hoeveel woningen komen er bij?

Afspraak: Beekdal bouwt tot en met 2029 in totaal 200 sociale huurwoningen.

Wie: Beekdal.

Vraag 2: Hoe vinden spoedzoekers sneller een woning?

Afspraak: De gemeente zoekt een locatie voor 30 tijdelijke woningen.

Wie: gemeente.

2. BETAALBAARHEID

Vraag 3: Hoe blijft de huur betaalbaar?

Afspraak: Beekdal houdt de huurverhoging gelijk aan de inflatie.

Wie: Beekdal.
`;

describe('titles of Afspraak-blocks', () => {
  it('takes the Markdown heading above a "Wat:"-block as its title, and the "(afspraak n)" below it as its number', () => {
    const doc = extractDocument(fieldBlocks, { sourceName: 'heuvelrade.md' });

    expect(doc.agreements.map((a) => [a.number, a.chapterTitle, a.title])).toEqual([
      ['11', 'Nieuwbouw', 'Woningen voor starters'],
      ['12', 'Nieuwbouw', 'Tijdelijke woningen'],
      ['21', 'Betaalbaarheid', 'Huurbevriezing'],
    ]);
  });

  it('takes the question "Vraag n: …?" above "Afspraak:" as its title and n as its number', () => {
    const doc = extractDocument(questions, { sourceName: 'heuvelrade.txt' });

    expect(doc.agreements.map((a) => [a.number, a.chapterTitle, a.title])).toEqual([
      ['1', 'Nieuwbouw', 'Hoeveel woningen komen er bij?'],
      ['2', 'Nieuwbouw', 'Hoe vinden spoedzoekers sneller een woning?'],
      ['3', 'Betaalbaarheid', 'Hoe blijft de huur betaalbaar?'],
    ]);
    // The numbers are the document's own, so no warning that it numbers nothing.
    expect(doc.warnings.filter((w) => w.includes('nummert'))).toEqual([]);
  });
});
