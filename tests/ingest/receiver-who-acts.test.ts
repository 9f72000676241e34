import { describe, expect, it } from 'vitest';
import type { ExtractedParty } from '../../src/core/agreement.js';
import { inferResponsibleFromText } from '../../src/ingest/infer-responsible.js';

// Invented parties of an invented place ("Wilgenoord").
const parties: ExtractedParty[] = [
  { name: 'Gemeente Wilgenoord', kind: 'gemeente', aliases: ['Gemeente Wilgenoord', 'gemeente wilgenoord'] },
  { name: 'Stichting Wilgwonen', kind: 'corporatie', aliases: ['Stichting Wilgwonen', 'Wilgwonen'] },
  { name: 'Huurdersvereniging De Knotwilg', kind: 'huurders', aliases: ['Huurdersvereniging De Knotwilg', 'De Knotwilg'] },
];

describe('a subject that receives and then acts', () => {
  it.each([
    // "krijgt … en organiseert …": the same subject acts in the second verb.
    ['De Knotwilg krijgt een vaste plek in het overleg en organiseert een huurderspanel.', ['Huurdersvereniging De Knotwilg']],
    // Receiving alone is still no act, also with "en" inside what is received.
    ['De Knotwilg krijgt een budget en het jaarverslag.', []],
  ])('"%s"', (sentence, expected) => {
    expect(inferResponsibleFromText(sentence, parties)).toEqual(expected);
  });
});
