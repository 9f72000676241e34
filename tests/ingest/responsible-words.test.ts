import { describe, expect, it } from 'vitest';
import type { ExtractedParty } from '../../src/core/agreement.js';
import { inferResponsibleFromText } from '../../src/ingest/infer-responsible.js';
import { resolveResponsibleColumn } from '../../src/ingest/responsible-parties.js';

const parties: ExtractedParty[] = [
  { name: 'Gemeente Venray', kind: 'gemeente', aliases: ['Gemeente Venray', 'gemeente venray'] },
  { name: 'Woonstichting Heemwonen', kind: 'corporatie', aliases: ['Woonstichting Heemwonen', 'Heemwonen'] },
  { name: 'Wonen Rolduc', kind: 'corporatie', aliases: ['Wonen Rolduc', 'Rolduc'] },
  { name: 'Huurdersvereniging Heemwonen', kind: 'huurders', aliases: ['Huurdersvereniging Heemwonen', 'HV Heemwonen'] },
  { name: 'Huurdersraad Rolduc', kind: 'huurders', aliases: ['Huurdersraad Rolduc'] },
];
const corporations = ['Woonstichting Heemwonen', 'Wonen Rolduc'];
const everyone = ['Gemeente', ...corporations, 'Huurdersorganisaties'];

describe('responsible parties from a sentence', () => {
  it.each([
    ['Beide corporaties bouwen 40 woningen.', corporations],
    ['Elke corporatie wijst 10 woningen toe aan statushouders.', corporations],
    ['De huurdersorganisaties adviseren over het huurbeleid.', ['Huurdersorganisaties']],
    ['Heemwonen organiseert met Huurdersvereniging Heemwonen een huurdersavond.', ['Woonstichting Heemwonen']],
    ['Huurdersvereniging Heemwonen en Heemwonen maken een onderhoudsplanning.', ['Woonstichting Heemwonen', 'Huurdersvereniging Heemwonen']],
    ['Rolduc bouwt en de gemeente levert grond.', ['Gemeente', 'Wonen Rolduc']],
    ['Rolduc rapporteert aan de gemeente en de huurdersraad zodat zij kunnen bijsturen.', ['Wonen Rolduc']],
    ['In 2026 bouwt Rolduc 30 woningen.', ['Wonen Rolduc']],
    // A label before the sentence, and a first sentence that names parties only as owners.
    ['Resultaat: de woningen van beide corporaties hebben label B. Inspanning: Heemwonen en Rolduc isoleren de daken.', corporations],
    ['Inspanning: Heemwonen isoleert 300 woningen, Rolduc 120 woningen.', corporations],
    ['Heemwonen isoleert in 2026 300 woningen en Rolduc in dezelfde periode 120 woningen.', corporations],
    ['Beide corporaties stellen 40 woningen beschikbaar. Rolduc begeleidt de huurders en de gemeente betaalt die begeleiding.', [...everyone.slice(0, 3)]],
    ['Resultaat: er komen 200 woningen bij; Heemwonen bouwt er 150 en Rolduc 50. Inspanning: de gemeente levert grond.', ['Gemeente', ...corporations]],
    // The agent of a passive sentence acts; a "door" that is no agent does not.
    ['In 2026 worden 260 woningen opgeleverd: 180 door Heemwonen en 80 door Rolduc. De gemeente levert de grond.', ['Gemeente', ...corporations]],
    ['De gemeente verlaagt de grondprijs door Rolduc minder leges te laten betalen.', ['Gemeente']],
  ])('"%s"', (sentence, expected) => {
    expect(inferResponsibleFromText(sentence, parties)).toEqual(expected);
  });
});

describe('responsible parties from a terse table cell', () => {
  it.each([
    ['Gem.', ['Gemeente']],
    ['Corp.', corporations],
    ['Gemeente + WC', ['Gemeente', ...corporations]],
    ['HO', ['Huurdersorganisaties']],
    ['Corporaties, huurders', [...corporations, 'Huurdersorganisaties']],
    ['Allen', everyone],
    ['HV Heemwonen', ['Huurdersvereniging Heemwonen']],
  ])('"%s"', (cell, expected) => {
    expect(resolveResponsibleColumn(cell, parties)).toEqual(expected);
  });
});
