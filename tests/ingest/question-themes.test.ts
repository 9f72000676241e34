import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

const text = `PRESTATIEAFSPRAKEN
HOEKSTERDAM 2026-2029

   Gemeente Hoeksterdam
   Woonstichting Kreekrug
   Huurdersvereniging Het Schor
   Welzijnsstichting Wad en Weide


Voorwoord

Wij hebben de hoofdstukken geordend rond de vragen die inwoners ons stellen. Onder iedere vraag
staan de afspraken, steeds genummerd vanaf 1).

Partijen en looptijd

Deze afspraken worden gemaakt door de gemeente Hoeksterdam, Woonstichting Kreekrug, Huurdersvereniging
Het Schor en Welzijnsstichting Wad en Weide. Ze lopen van 2026 tot en met 2029.

Onze gezamenlijke visie

Partijen delen drie uitgangspunten:

1. Iedere inwoner van Hoeksterdam vindt een woning die past bij zijn inkomen.
2. Nieuwbouw is eerst bedoeld voor jongeren en ouderen uit de eigen kernen.
3. Huurders praten mee over alles wat hun woning aangaat.


Hoe houden we de huur betaalbaar?

Veel huurders van Kreekrug hebben een laag inkomen.

1) Huurbeleid
   Kreekrug houdt de huurverhoging in de jaren 2026 tot en met 2029 gemiddeld gelijk aan de
   inflatie.
   Verantwoordelijk: Kreekrug
   Planning: jaarlijks per 1 juli

2) Energiecoaches
   Wad en Weide zet samen met Kreekrug energiecoaches in bij 300 huishoudens per jaar.
   Verantwoordelijk: Wad en Weide, Kreekrug
   Planning: 2026-2029


Hoe zorgen we voor genoeg woningen voor de jongeren uit onze eigen dorpen?

1) Bouwprogramma
   Kreekrug bouwt in de periode 2026-2029 in totaal 140 sociale huurwoningen.
   Verantwoordelijk: Kreekrug, gemeente
   Planning: 2026-2029

2) Grondprijs
   De gemeente verkoopt grond voor sociale huur voor € 18.000 per woning.
   Verantwoordelijk: gemeente
   Planning: vanaf 2026


Ondertekening

Gemeente Hoeksterdam                      Woonstichting Kreekrug
Huurdersvereniging Het Schor              Welzijnsstichting Wad en Weide
`;

describe('chapters named by a question', () => {
  it('reads "Hoe … ?" headings as themes and "1)" items restarting under each as agreements, not the visie list', () => {
    const d = extractDocument(text, { sourceName: 'hoeksterdam.txt' });
    expect(d.agreements.map((a) => [a.number, a.chapterTitle, a.title])).toEqual([
      ['1.1', 'Hoe houden we de huur betaalbaar?', 'Huurbeleid'],
      ['1.2', 'Hoe houden we de huur betaalbaar?', 'Energiecoaches'],
      ['2.1', 'Hoe zorgen we voor genoeg woningen voor de jongeren uit onze eigen dorpen?', 'Bouwprogramma'],
      ['2.2', 'Hoe zorgen we voor genoeg woningen voor de jongeren uit onze eigen dorpen?', 'Grondprijs'],
    ]);
  });

  it('keeps a party whose name holds "en" whole when the cover names it on a line of its own', () => {
    const d = extractDocument(text, { sourceName: 'hoeksterdam.txt' });
    expect(d.parties.map((p) => p.name)).toEqual([
      'Gemeente Hoeksterdam',
      'Woonstichting Kreekrug',
      'Huurdersvereniging Het Schor',
      'Welzijnsstichting Wad en Weide',
    ]);
    expect(d.agreements[1]!.responsible).toEqual(['Woonstichting Kreekrug', 'Welzijnsstichting Wad en Weide']);
  });

  it('keeps the theme above one question that asks how ("Samenwerking" – "Hoe gaan we dit samen doen?")', () => {
    const one = `Prestatieafspraken Hoeksterdam 2026-2029

Afspraken tussen de gemeente Hoeksterdam, Woonstichting Kreekrug en Huurdersvereniging Het Schor.

Nieuwbouw

1. Kreekrug bouwt 140 sociale huurwoningen.
2. De gemeente levert de grond bouwrijp.

Samenwerking

Partijen werken nauw samen en vullen elkaar aan.

Hoe gaan we dit samen doen?

3. Partijen overleggen vier keer per jaar.
4. Kreekrug stuurt ieder jaar een verantwoording.
`;
    const d = extractDocument(one, { sourceName: 'hoeksterdam-kort.txt' });
    expect(d.agreements.map((a) => [a.number, a.chapterTitle])).toEqual([
      ['1', 'Nieuwbouw'],
      ['2', 'Nieuwbouw'],
      ['3', 'Samenwerking'],
      ['4', 'Samenwerking'],
    ]);
  });

  it('splits a line that joins two organisations, each with its own type word', () => {
    const two = text.replace('   Welzijnsstichting Wad en Weide\n', '   Huurdersvereniging Het Schor en Huurdersraad Kreekrug\n');
    const d = extractDocument(two, { sourceName: 'hoeksterdam.txt' });
    expect(d.parties.map((p) => p.name)).not.toContain('Huurdersvereniging Het Schor en Huurdersraad Kreekrug');
  });
});
