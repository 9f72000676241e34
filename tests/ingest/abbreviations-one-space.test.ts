import { describe, expect, it } from 'vitest';
import { readAbbreviations } from '../../src/ingest/front-matter/abbreviations.js';

// In a PDF the short form (set in bold) may stand only a space before what it stands for: nothing but the word that
// opens an organisation's name says where the short form ends.
describe('abbreviations with one space before the name', () => {
  it('splits each line where the name of an organisation begins', () => {
    const lines = ['Afkortingen', 'ZKD Woonstichting Zuidkade', '', 'HR De Poort Huurdersraad De Poort', '', 'Buurtkracht Stichting Welzijn Buurtkracht', '', 'WAP wijkaanpak (aardgasvrij)'];
    expect(readAbbreviations(lines)).toEqual([
      { short: 'ZKD', long: 'Woonstichting Zuidkade' },
      { short: 'HR De Poort', long: 'Huurdersraad De Poort' },
      { short: 'Buurtkracht', long: 'Stichting Welzijn Buurtkracht' },
    ]);
  });

  it('does not split a line that only explains a word', () => {
    expect(readAbbreviations(['Afkortingen', 'Huurgrens grens voor passend toewijzen aan huishoudens'])).toEqual([]);
  });
});
