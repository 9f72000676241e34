import { describe, expect, it } from 'vitest';
import type { PartyRecord } from '../../src/core/progress.js';
import { responsibleParties } from '../../src/core/parties.js';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

/** The parties as storage keeps them after an ingest. */
const records = (doc: ReturnType<typeof extractDocument>): PartyRecord[] => doc.parties.map((p) => ({ municipality: doc.municipality, name: p.name, kind: p.kind, aliases: p.aliases }));

describe('responsible names from the extractor, as progress reads them', () => {
  it('maps a named tenant organisation, full names and the municipality to the parties that report', () => {
    const doc = extractDocument(
      [
        'Prestatieafspraken gemeente Lindehout 2026',
        '',
        'Deze afspraken zijn gemaakt tussen de gemeente Lindehout, Woonstichting De Linde (DL) en Huurdersvereniging Lindehout.',
        '',
        'Afspraak 1 Energiecoaches',
        'De huurdersvereniging werft vrijwilligers.',
        'Trekker: Huurdersvereniging Lindehout, DL',
        '',
        'Afspraak 2 Overleg',
        'Alle partijen overleggen.',
        'Trekker: alle partijen',
      ].join('\n'),
      { sourceName: 'lindehout.txt' },
    );
    const parties = records(doc);

    expect(doc.agreements.map((a) => a.responsible)).toEqual([
      ['Woonstichting De Linde (DL)', 'Huurdersvereniging Lindehout'],
      ['Gemeente', 'Woonstichting De Linde (DL)', 'Huurdersvereniging Lindehout'],
    ]);
    expect(responsibleParties(doc.agreements[1]!.responsible, doc.municipality, parties)).toEqual([
      'Gemeente Lindehout',
      'Woonstichting De Linde (DL)',
      'Huurdersvereniging Lindehout',
    ]);
  });

  it('expands "Huurdersorganisaties" to every tenant organisation when there are several', () => {
    const doc = extractDocument(
      [
        'Prestatieafspraken gemeente Beekdal 2026',
        '',
        'Deze afspraken zijn gemaakt tussen de gemeente Beekdal, Woonstichting Beekwonen, Huurdersraad Noord en Huurdersvereniging Zuid.',
        '',
        'Afspraak 1 Advies',
        'De huurdersorganisaties adviseren over de huren.',
        'Trekker: huurdersorganisaties',
        '',
        'Afspraak 2 Woonlasten',
        'De twee huurdersorganisaties laten de woonlasten onderzoeken.',
        'Trekker: Huurdersraad Noord en Huurdersvereniging Zuid',
      ].join('\n'),
      { sourceName: 'beekdal.txt' },
    );

    expect(doc.agreements[0]!.responsible).toEqual(['Huurdersorganisaties']);
    // Named one by one, they stay named.
    expect(doc.agreements[1]!.responsible).toEqual(['Huurdersraad Noord', 'Huurdersvereniging Zuid']);
    expect(responsibleParties(doc.agreements[0]!.responsible, doc.municipality, records(doc))).toEqual(['Huurdersraad Noord', 'Huurdersvereniging Zuid']);
  });
});
