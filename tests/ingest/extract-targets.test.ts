import { describe, expect, it } from 'vitest';
import type { ExtractedParty } from '../../src/core/agreement.js';
import { extractTargets } from '../../src/ingest/extract-targets.js';

const parties: ExtractedParty[] = [
  { name: 'Gemeente Almstad', kind: 'gemeente', aliases: ['Gemeente Almstad'] },
  { name: 'Sint Joseph', kind: 'corporatie', aliases: ['Sint Joseph'] },
  { name: 'Beter Wonen', kind: 'corporatie', aliases: ['Beter Wonen'] },
];

const brief = (text: string) => extractTargets(text, parties).map((t) => [t.party, t.value, t.unit, t.verb, t.approximate]);

describe('numeric targets', () => {
  it('finds party, number, unit and verb in this year\'s text', () => {
    expect(brief('Sint Joseph verkoopt in 2026 22 woningen. Beter Wonen is in 2026 voornemens om 20 woningen te verkopen.')).toEqual([
      ['Sint Joseph', 22, 'woningen', 'verkopen', false],
      ['Beter Wonen', 20, 'woningen', 'verkopen', false],
    ]);
  });

  it('marks "circa" as approximate and reads thousands separators', () => {
    expect(brief('Beter Wonen gaat circa 250 woningen verduurzamen en bouwt 1.200 woningen.')).toEqual([
      ['Beter Wonen', 250, 'woningen', 'verduurzamen', true],
      ['Beter Wonen', 1200, 'woningen', 'bouwen', false],
    ]);
  });

  it('keeps the sentence the target came from', () => {
    const [target] = extractTargets('Intro. Sint Joseph sloopt 30 woningen.', parties);
    expect(target?.sentence).toBe('Sint Joseph sloopt 30 woningen.');
  });

  it('ignores years, percentages, prices and counts without a party or verb', () => {
    expect(brief('Sint Joseph verkoopt 15% van de woningen voor € 200.000 in 2026.')).toEqual([]);
    expect(brief('Er staan 300 woningen leeg.')).toEqual([]);
    expect(brief('Sint Joseph bespreekt 40 woningen.')).toEqual([]);
  });

  it('leaves a shared target of two parties alone', () => {
    expect(brief('Beter Wonen en Sint Joseph verkopen samen 40 woningen.')).toEqual([]);
  });

  it('gives a count to the party named right after it ("… woningen door X"), with the main verb', () => {
    const text = 'Het verduurzamen (en renoveren) van circa 610 woningen, waarvan circa 250 woningen door Sint Joseph en circa 360 woningen door Beter Wonen.';
    expect(brief(text)).toEqual([
      ['Sint Joseph', 250, 'woningen', 'verduurzamen', true],
      ['Beter Wonen', 360, 'woningen', 'verduurzamen', true],
    ]);
  });

  it('reads stacked adjectives and a year before the count', () => {
    expect(brief('Beter Wonen bouwt in 2026 50 sociale huurwoningen aan de Dorpsstraat.')).toEqual([['Beter Wonen', 50, 'sociale huurwoningen', 'bouwen', false]]);
  });
});
