import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

// Invented: one table per theme, "Afspraak | Gemeente | <corporation> | <tenants>", every cell saying what that party
// does for the row's agreement and a dash where it has no task; the rows are not numbered.
const text = `Prestatieafspraken Veldwijk 2026-2027

Afspraken tussen de gemeente Veldwijk, Woonstichting Beekdal en Huurdersraad Het Anker

# Inleiding

Wij hebben drie uitgangspunten gekozen voor deze afspraken.

# 1. Betaalbaarheid

Betaalbaarheid gaat over de huur en de woonlasten.

Afspraak\tGemeente\tBeekdal\tHuurdersraad
Huurbeleid\t–\tBeekdal verhoogt de huren per 1 juli 2026 met gemiddeld 3%.\tGeeft jaarlijks advies over de huurverhoging.
Schulden\tHet wijkteam belt binnen drie dagen na een melding.\tMeldt achterstanden vanaf één maand bij het wijkteam.\t–

# 2. Nieuwbouw

Afspraak\tGemeente\tBeekdal\tHuurdersraad
Grondprijs\tRekent een vaste grondprijs van € 18.000 per sociale huurwoning.\t–\t–
Bouw Molenveld\tVerleent de vergunning in 2026.\tBouwt 60 sociale huurwoningen in Molenveld.\tDenkt mee over de plattegronden.

# Monitoring

Partijen bespreken de voortgang twee keer per jaar.
`;

describe('a table with a column per party saying what each does for the row', () => {
  const doc = extractDocument(text, { sourceName: 'veldwijk.html' });
  const agreements = doc.agreements;

  it('reads every row as one agreement, numbered in order, titled by its first cell', () => {
    expect(agreements.map((a) => [a.number, a.title, a.chapterTitle])).toEqual([
      ['1', 'Huurbeleid', 'Betaalbaarheid'],
      ['2', 'Schulden', 'Betaalbaarheid'],
      ['3', 'Grondprijs', 'Nieuwbouw'],
      ['4', 'Bouw Molenveld', 'Nieuwbouw'],
    ]);
  });

  it('makes the parties whose cell has a task responsible, and keeps what each does in the text', () => {
    expect(agreements.map((a) => a.responsible)).toEqual([
      ['Woonstichting Beekdal', 'Huurdersraad Het Anker'],
      ['Gemeente', 'Woonstichting Beekdal'],
      ['Gemeente'],
      ['Gemeente', 'Woonstichting Beekdal', 'Huurdersraad Het Anker'],
    ]);
    expect(agreements[0]!.multiYearText).toContain('verhoogt de huren per 1 juli 2026');
    expect(agreements[0]!.multiYearText).toContain('Geeft jaarlijks advies');
  });
});
