import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

// Invented: the parties in a bulleted list after a sentence that announces them, each with its short form, and the
// short forms in round brackets behind each agreement.
const text = `Prestatieafspraken Kleidorp 2026-2029

Partijen

Deze prestatieafspraken zijn gemaakt door de volgende partijen.

• Gemeente Kleidorp (gem)

• Woningstichting Polderhof (WSP)

• Stichting Woonzorg Akkerveld (SWA)

• Huurdersvereniging Polderhof (HVP)

• Stichting Welzijn Kleidorp (SWK)

De afspraken

Wonen

1. WSP bouwt 100 woningen. (WSP, SWA)

2. De gemeente wijst een locatie aan. (gem)

3. Partijen houden elk jaar een bijeenkomst voor huurders in de wijk (gem, HVP, SWK).
`;

describe('parties announced in a sentence, short forms in brackets behind each agreement', () => {
  const doc = extractDocument(text, { sourceName: 'kleidorp.txt' });

  it('reads the bulleted parties after "… gemaakt door de volgende partijen." with their short forms', () => {
    expect(doc.parties.map((p) => p.name)).toEqual([
      'Gemeente Kleidorp',
      'Woningstichting Polderhof (WSP)',
      'Stichting Woonzorg Akkerveld (SWA)',
      'Huurdersvereniging Polderhof (HVP)',
      'Stichting Welzijn Kleidorp (SWK)',
    ]);
  });

  it('makes "(WSP, SWA)" and "(gem, HVP, SWK)" at the end of an agreement its responsible parties', () => {
    expect(doc.agreements.map((a) => a.responsible)).toEqual([
      ['Woningstichting Polderhof (WSP)', 'Stichting Woonzorg Akkerveld (SWA)'],
      ['Gemeente'],
      ['Gemeente', 'Huurdersvereniging Polderhof (HVP)', 'Stichting Welzijn Kleidorp (SWK)'],
    ]);
    expect(doc.agreements[0]!.multiYearText).toBe('WSP bouwt 100 woningen.');
  });
});
