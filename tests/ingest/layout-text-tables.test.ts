import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { layoutTablesToRows } from '../../src/ingest/layout-table.js';

// Text as `pdftotext -layout` prints a table: columns aligned with spaces, cells wrapped over lines, a page
// break with running lines and the header again in the middle of a row, an appendix that looks back and a
// list of abbreviations at the end.
const doc = `                 PRESTATIEAFSPRAKEN KANAALDORP 2026

   Uitvoeringsprogramma bij de afspraken tussen gemeente Kanaaldorp, Woonstichting Sluiswachter,
   Dijkwonen en Huurdersraad Sluiswachter

1   Inleiding

Dit programma geldt voor 2026. Afkortingen staan achterin.

2   Acties 2026

Nr.    Wat gaan we doen                          Trekker     Planning
---------------------------------------------------------------------

A   BESCHIKBAARHEID

A.1    Sluiswachter en Dijkwonen leveren in      SW / DW     Q4 2026
       2026 samen 80 sociale huur-
       woningen op.

A.2    De gemeente verleent vergunningen voor    GK          doorlopend
       sociale nieuwbouw binnen acht weken.

Kanaaldorp uitvoeringsprogramma 2026                       pagina 2 van 4

Nr.    Wat gaan we doen                          Trekker     Planning
---------------------------------------------------------------------
       Per project is er één vast aanspreek-
       punt bij de gemeente.

B   BETAALBAARHEID

B.1    Geen huurverhoging voor woningen met      SW          1 juli
       label E, F of G.

Kanaaldorp uitvoeringsprogramma 2026                       pagina 3 van 4

Bijlage 1   Monitor: resultaten 2025

Nr.    Afspraak 2025                             Resultaat   Status
3.1    Oplevering 60 woningen                    52          deels

Afkortingen

GK        gemeente Kanaaldorp
SW        Woonstichting Sluiswachter
DW        Dijkwonen
HRS       Huurdersraad Sluiswachter (huurdersorganisatie)

Kanaaldorp uitvoeringsprogramma 2026                       pagina 4 van 4
`;

describe('a table laid out with spaces', () => {
  it('becomes tab-separated rows, a wrapped cell one cell again, and lines that fit no column stay as they are', () => {
    const lines = layoutTablesToRows(doc.split('\n'));
    expect(lines).toContain('Nr.\tWat gaan we doen\tTrekker\tPlanning');
    expect(lines).toContain('A.1\tSluiswachter en Dijkwonen leveren in 2026 samen 80 sociale huurwoningen op.\tSW / DW\tQ4 2026');
    expect(lines).toContain('BESCHIKBAARHEID\t');
    expect(lines).toContain('1   Inleiding');
  });

  it('joins a word broken over two lines of a cell, but not "huur-" before "en koopwoningen"', () => {
    const lines = layoutTablesToRows([
      'Nr.    Wat gaan we doen                      Trekker     Planning',
      'A.1    Er komen huur-                        SW          Q4 2026',
      '       en koopwoningen voor woning-',
      '       zoekenden.',
    ]);
    expect(lines).toContain('A.1\tEr komen huur- en koopwoningen voor woningzoekenden.\tSW\tQ4 2026');
  });

  it('is read as agreements with their own numbers, themes and the parties its abbreviations stand for; the appendix of results is none', () => {
    const d = extractDocument(doc, { sourceName: 'kanaaldorp.txt' });
    expect(d.agreements.map((a) => a.number)).toEqual(['A.1', 'A.2', 'B.1']);
    expect(d.agreements.map((a) => a.responsible)).toEqual([['Woonstichting Sluiswachter', 'Dijkwonen'], ['Gemeente'], ['Woonstichting Sluiswachter']]);
    expect(d.agreements[0]!.chapterTitle).toMatch(/^Beschikbaarheid$/i);
    // The row goes on after the page break and the repeated header.
    expect(d.agreements[1]!.multiYearText).toContain('Per project is er één vast aanspreekpunt bij de gemeente.');
    expect(d.agreements[1]!.multiYearText).not.toContain('pagina');
    expect(d.parties.map((p) => p.name)).toEqual(['Gemeente Kanaaldorp', 'Woonstichting Sluiswachter', 'Dijkwonen', 'Huurdersraad Sluiswachter']);
  });
});
