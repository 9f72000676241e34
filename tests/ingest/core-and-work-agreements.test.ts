import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

// Two parts as a PDF gives them: core agreements K1… and this year's work agreements W1… under numbered sub-themes,
// each code in a margin column (a tab after it), a run-in title, and a "Trekker: … | Partners: … | Gereed: …" line.
const text = `Prestatieafspraken
Beekveld 2026-2029

Inleiding
De gemeente, de corporatie, de huurders en de welzijnsorganisatie in Beekveld maken deze afspraken.

1 Kernafspraken 2026-2029
Partijen spreken de volgende kernafspraken af.

K1\tMeer sociale huurwoningen. Hoeve breidt haar voorraad uit tot ten minste 2.400 woningen eind
2029.

K2\tLage woonlasten. De gemeente en Hoeve zorgen samen dat huurders niet meer dan een kwart
van hun inkomen aan huur kwijt zijn.

2 Werkafspraken 2026
De werkafspraken worden in 2026 uitgevoerd.

2.1 Beschikbaarheid
W1\tBouwstart Molenhof. Hoeve start in 2026 met de bouw van 24 sociale huurwoningen in het plan
Molenhof. De gemeente verleent de vergunning.
Trekker: Hoeve | Partners: gemeente | Gereed: derde kwartaal 2026
W2\tLocaties in de kernen. De gemeente zoekt in twee kernen een locatie voor sociale huurwoningen
en bespreekt de uitkomst met Hoeve.
Trekker: gemeente | Gereed: 1 oktober 2026

2.2 Leefbaarheid
W3\tBuurtkamer. Samen opent een buurtkamer in het complex aan de Beekstraat; Hoeve stelt de
ruimte huurvrij beschikbaar.
Trekker: Samen | Partners: Hoeve | Gereed: 1 mei 2026

3 Afkortingen
Hoeve Woonstichting Hoeve

Samen Stichting Welzijn Samen

Ondertekening
Aldus overeengekomen te Beekveld op 1 december 2025.

Gemeente Beekveld
A. Smit, wethouder

Woonstichting Hoeve
B. Jansen, directeur-bestuurder

Huurdersvereniging Beekveld-Zuid
C. de Boer, voorzitter

Stichting Welzijn Samen
D. Visser, directeur
`;

describe('core agreements and work agreements in two parts', () => {
  it('reads K and W codes in a margin column, under their chapter or numbered sub-theme', () => {
    const d = extractDocument(text, { sourceName: 'beekveld.pdf' });
    expect(d.agreements.map((a) => [a.number, a.chapterTitle, a.title])).toEqual([
      ['K1', 'Kernafspraken 2026-2029', 'Meer sociale huurwoningen'],
      ['K2', 'Kernafspraken 2026-2029', 'Lage woonlasten'],
      ['W1', 'Beschikbaarheid', 'Bouwstart Molenhof'],
      ['W2', 'Beschikbaarheid', 'Locaties in de kernen'],
      ['W3', 'Leefbaarheid', 'Buurtkamer'],
    ]);
  });

  it('takes the trekker from the first field of a "Trekker: … | Partners: …" line, short names as the abbreviations say', () => {
    const d = extractDocument(text, { sourceName: 'beekveld.pdf' });
    expect(d.agreements.slice(2).map((a) => a.responsible)).toEqual([['Woonstichting Hoeve'], ['Gemeente'], ['Stichting Welzijn Samen']]);
  });

  it('takes the year of the work agreements on the cover as the action year, and leaves it out of the title', () => {
    const withCover = text.replace('Beekveld 2026-2029\n', 'Beekveld 2026-2029\nKernafspraken 2026-2029 en werkafspraken 2026\n');
    const d = extractDocument(withCover, { sourceName: 'beekveld.pdf' });
    expect(d.actionYear).toBe(2026);
    expect(d.title).toBe('Prestatieafspraken Beekveld 2026-2029');
  });
});
