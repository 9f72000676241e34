import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

// Invented: contract members "2.1" without titles, a long first sentence each, some with a)/b) sub-items. The title
// is the first sentence shortened to its main clause: without the adjuncts that trail a long clause.
const text = `Prestatieafspraken Lindeveen 2026-2029

Partijen: Gemeente Lindeveen, Woonstichting Heidehof (WH) en Huurdersraad Lindeveen.

# Artikel 2 Betaalbaarheid

2.1 WH beperkt de jaarlijkse huurverhoging voor zittende huurders in de jaren 2026 tot en met 2029 tot ten hoogste de inflatie van het voorgaande jaar. Daarbij geldt dat:

a) huurders met een laag inkomen een huurverhoging krijgen van ten hoogste 2%;

b) de huurprijs bij nieuwe verhuring niet hoger is dan de aftoppingsgrens.

2.2 De gemeente verruimt de inkomensgrens van de Minimaregeling naar 125% van het sociaal minimum voor alle huurders van Lindeveen. Huurders kunnen zich melden bij het sociaal loket.

# Artikel 3 Nieuwbouw

3.1 WH bouwt in de periode 2026-2029 in totaal 180 sociale huurwoningen in Lindeveen. Het gaat om:

a) 40 appartementen in Lindeveen-Oost;

b) 20 woningen in Heikamp.

3.2 De gemeente ontwikkelt met WH een wijkaanpak aardgasvrij voor de wijk De Hoeve en betrekt de bewoners vanaf het begin bij de plannen. De gemeenteraad stelt het plan vast.
`;

describe('titles of untitled contract members: the first sentence shortened to its main clause', () => {
  const titles = extractDocument(text, { sourceName: 'lindeveen.docx' }).agreements.map((a) => [a.number, a.title]);

  it('drops the adjuncts that trail a long clause', () => {
    expect(titles[0]).toEqual(['2.1', 'WH beperkt de jaarlijkse huurverhoging']);
    expect(titles[1]).toEqual(['2.2', 'De gemeente verruimt de inkomensgrens van de Minimaregeling']);
  });

  it('keeps a short clause whole, and an adjunct before the object', () => {
    expect(titles[2]).toEqual(['3.1', 'WH bouwt in totaal 180 sociale huurwoningen in Lindeveen']);
    expect(titles[3]).toEqual(['3.2', 'De gemeente ontwikkelt met WH een wijkaanpak aardgasvrij']);
  });
});
