import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { readAbbreviations } from '../../src/ingest/front-matter/abbreviations.js';
import { findPeriod } from '../../src/ingest/front-matter/period.js';

describe('where documents name their parties and period', () => {
  it('reads abbreviations as "HRGW (Huurdersraad GroenWest)" in a footnote and lists that start with a small letter', () => {
    expect(readAbbreviations(['In de tabellen gebruiken we de afkortingen HRGW (Huurdersraad Lingewest) en WBV (Woningbouwvereniging Kamp).'])).toEqual([
      { short: 'HRGW', long: 'Huurdersraad Lingewest' },
      { short: 'WBV', long: 'Woningbouwvereniging Kamp' },
    ]);
    expect(readAbbreviations(['Afkortingen', '', 'corp.    corporaties: MDG en WZN', 'BWS      Bewonersraad Kade', 'gem.     gemeente Maasoever']).map((a) => a.short)).toEqual(['corp.', 'BWS', 'gem.']);
  });

  it('reads "gaat in op 1 januari 2026 en is geldig tot 1 januari 2029" as 2026–2028', () => {
    expect(findPeriod('Prestatieafspraken gemeente Rijnoord', [], 'Deze overeenkomst gaat in op 1 januari 2026 en is geldig tot 1 januari 2029.')).toEqual({ from: 2026, to: 2028 });
    expect(findPeriod('Afspraken', [], 'De afspraken gaan in per 1 januari 2025 en gelden tot en met 31 december 2026.')).toEqual({ from: 2025, to: 2026 });
    // Past tense, wrapped over two lines of a PDF.
    expect(findPeriod('Toezeggingen', [], 'Dit is de uitwerking.\nDe raamovereenkomst is ingegaan op 1 januari 2025 en is\ngeldig tot 1 januari 2029. Hieronder staat per partij wat zij toezegt.')).toEqual({ from: 2025, to: 2028 });
  });

  it('takes the parties from a signature table whose first row names them, brands in small letters included', () => {
    const text = `# Prestatieafspraken Reevedam 2026–2027

## Betaalbaar wonen

- deltaStroom verhoogt de huur niet meer dan de inflatie.
- Woonstichting Brugwal biedt huurders met een achterstand binnen twee weken een gesprek aan.

## Ondertekening

Reevedam, 16 december 2025

| Gemeente Reevedam | deltaStroom | Woonstichting Brugwal | Huurdersraad deltaStroom | Huurdersvereniging Brugwal |
|---|---|---|---|---|
| wethouder Wonen | directeur-bestuurder | directeur-bestuurder | voorzitter | voorzitter |
`;
    const d = extractDocument(text, { sourceName: 'reevedam.md' });
    expect(d.parties.map((p) => p.name)).toEqual(['Gemeente Reevedam', 'deltaStroom', 'Woonstichting Brugwal', 'Huurdersraad deltaStroom', 'Huurdersvereniging Brugwal']);
    expect(d.agreements.map((a) => a.responsible)).toEqual([['deltaStroom'], ['Woonstichting Brugwal']]);
  });
});

describe('signatures side by side in a PDF\'s columns', () => {
  it('are cut from the last agreement, names of people included, and give the parties', () => {
    const text = `Prestatieafspraken Heuvelstad 2026

Afspraak 1.1  Nieuwbouw
Stichting Heuvelwonen bouwt 40 woningen.
Wie: Stichting Heuvelwonen.

Ondertekening

Aldus overeengekomen en ondertekend te Heuvelstad op 9 december 2025.

Gemeente Heuvelstad                          Stichting Heuvelwonen
wethouder Wonen                              directeur-bestuurder
M.J. Coenen                                  R. Bemelmans

Huurdersvereniging Heuvel                    Huurdersraad Dal
voorzitter                                   voorzitter
G. Houben                                    L. Smeets
`;
    const d = extractDocument(text, { sourceName: 'heuvelstad.txt' });
    expect(d.agreements[0]!.multiYearText).not.toMatch(/Coenen|Houben|voorzitter/);
    expect(d.parties.map((p) => p.name)).toEqual(['Gemeente Heuvelstad', 'Stichting Heuvelwonen', 'Huurdersvereniging Heuvel', 'Huurdersraad Dal']);
  });

  it('reads "Mercatus zegt toe:" as the party of the list below, whose "we" it is', () => {
    const text = `Toezeggingen wonen Polderdam 2026

Partijen: de gemeente Polderdam, Mercatus, Woonzorg Nederland en Huurdersraad Polderbelang.

Mercatus zegt toe:
▪ Nieuwbouw: In 2026 starten we met de bouw van 72 sociale huurwoningen in Emmelhage.
▪ Huurbeleid: De huurverhoging per 1 juli 2026 is gemiddeld niet hoger dan de inflatie.

De gemeente zegt toe:
- Bouwgrond: we leveren in 2026 bouwrijpe kavels tegen een sociale grondprijs.

Gezamenlijk zeggen partijen toe:
- Doorstroming: de gemeente en Mercatus betalen samen een wooncoach.
`;
    const d = extractDocument(text, { sourceName: 'polderdam.txt' });
    expect(d.agreements.map((a) => [a.title, a.responsible])).toEqual([
      ['Nieuwbouw', ['Mercatus']],
      ['Huurbeleid', ['Mercatus']],
      ['Bouwgrond', ['Gemeente']],
      ['Doorstroming', ['Gemeente', 'Mercatus']],
    ]);
  });
});
