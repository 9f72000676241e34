import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

// A year plan that puts who acts in brackets right after each number ("1.1 (Esdoorn, Berkenhof) Titel: tekst"),
// with short names, "corporaties", "huurders" and "allen"; the parties listed with a remark in brackets after names.
const plan = `Jaarplan 2027

Uitwerking van de Prestatieafspraken Lindendaal 2026-2029

1.  Waarom een jaarplan

Elk jaar leggen partijen in een jaarplan vast wat er concreet gebeurt.

Partijen:
    Gemeente Lindendaal, Woonstichting Esdoorn, Wooncorporatie Berkenhof, Huurdersraad De
    Vijverhof (huurders van Esdoorn) en Huurdersvereniging Het Wilgenhuis (huurders van
    Berkenhof).

2.  Afspraken voor 2027

Thema 1  Wonen

1.1 (Esdoorn, Berkenhof) Nieuwbouw 2027: In 2027 beginnen Esdoorn en Berkenhof samen aan de
    bouw van 60 sociale huurwoningen aan de Vijverlaan.

1.2 (gemeente) Bouwgrond: De gemeente levert in 2027 grond
    voor 40 woningen aan de Molenweg.

1.3 (corporaties, huurders) Energiecoaches: Corporaties en huurdersorganisaties
    werven samen tien energiecoaches voor de wijk Rietland.

Thema 2  Samenwerking

2.1 (Vijverhof, Wilgenhuis) Spreekuren: De huurdersorganisaties houden vier spreekuren
    over de huurtoeslag.

2.2 (allen) Monitor: Partijen bespreken de voortgang van dit plan twee keer per jaar in het
    bestuurlijk overleg.
`;

describe('who acts in brackets after the number', () => {
  const d = extractDocument(plan, { sourceName: 'lindendaal-jaarplan-2027.txt' });

  it('reads the parties listed with a remark in brackets after a name', () => {
    expect(d.parties.map((p) => p.name)).toEqual([
      'Gemeente Lindendaal',
      'Woonstichting Esdoorn',
      'Wooncorporatie Berkenhof',
      'Huurdersraad De Vijverhof',
      'Huurdersvereniging Het Wilgenhuis',
    ]);
  });

  it('takes the bracketed names as responsible and the words before the colon as the title', () => {
    expect(d.agreements.map((a) => [a.number, a.title, a.responsible])).toEqual([
      ['1.1', 'Nieuwbouw 2027', ['Woonstichting Esdoorn', 'Wooncorporatie Berkenhof']],
      ['1.2', 'Bouwgrond', ['Gemeente']],
      ['1.3', 'Energiecoaches', ['Woonstichting Esdoorn', 'Wooncorporatie Berkenhof', 'Huurdersorganisaties']],
      // Named one by one, they stay names (the convention of our own gold), short names taken for the full ones.
      ['2.1', 'Spreekuren', ['Huurdersraad De Vijverhof', 'Huurdersvereniging Het Wilgenhuis']],
      ['2.2', 'Monitor', ['Gemeente', 'Woonstichting Esdoorn', 'Wooncorporatie Berkenhof', 'Huurdersorganisaties']],
    ]);
  });

  it('keeps the text after the brackets whole', () => {
    expect(d.agreements[0]!.multiYearText).toContain('In 2027 beginnen Esdoorn en Berkenhof samen aan de bouw van 60 sociale huurwoningen');
    expect(d.agreements[0]!.multiYearText).not.toContain('(Esdoorn, Berkenhof)');
  });
});
