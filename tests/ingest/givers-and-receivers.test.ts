import { describe, expect, it } from 'vitest';
import type { ExtractedParty } from '../../src/core/agreement.js';
import { inferResponsibleFromText } from '../../src/ingest/infer-responsible.js';

// Invented parties of an invented place ("Beekhoven").
const parties: ExtractedParty[] = [
  { name: 'Gemeente Beekhoven', kind: 'gemeente', aliases: ['Gemeente Beekhoven', 'gemeente beekhoven'] },
  { name: 'Stichting Beekwoning', kind: 'corporatie', aliases: ['Stichting Beekwoning', 'Beekwoning'] },
  { name: 'Huurdersvereniging Oeverzegge', kind: 'huurders', aliases: ['Huurdersvereniging Oeverzegge', 'Oeverzegge'] },
];

describe('who is responsible when the subject receives', () => {
  it.each([
    // The one who gives acts as well as the one who receives.
    ['Oeverzegge krijgt van Beekwoning een jaarlijks budget van 9.000 euro en ontvangt alle stukken vooraf.', ['Stichting Beekwoning', 'Huurdersvereniging Oeverzegge']],
    // Receiving without a giver is still no act.
    ['De huurdersvereniging krijgt de monitor elk jaar toegestuurd.', []],
    // Who owns the homes a target is about does not act ("… woning van Beekwoning …"): no one.
    ['Vanaf 2028 heeft geen enkele woning van Beekwoning nog label E, F of G.', []],
  ])('"%s"', (sentence, expected) => {
    expect(inferResponsibleFromText(sentence, parties)).toEqual(expected);
  });
});
