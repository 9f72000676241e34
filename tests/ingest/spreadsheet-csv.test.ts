import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { semicolonRowsToTabs } from '../../src/ingest/semicolon-rows.js';

describe('a spreadsheet saved as CSV with semicolons', () => {
  const csv = `Prestatieafspraken Rijnoord 2024-2027;;;;;
Jaarschijf 2026;;;;;
;;;;;
Nr.;Thema;Afspraak;Trekker;Betrokken;Wanneer
A1;Voorraad;RWO levert in 2026 de eerste 84 sociale huurwoningen op in Oostpolder.;RWO;GEM;Q3 2026
A2;Voorraad;"De gemeente onderzoekt drie locaties; de corporatie rekent ze door.
Het gaat om verdichting bij het station.";GEM;RWO;Q2 2026
B1;Betaalbaarheid;RWO verhoogt de huren met maximaal de inflatie.;RWO;HRO;1 juli 2026
;;;;;
Afkortingen;;;;;
GEM;Gemeente Rijnoord;;;;
RWO;Rijnoever Woondiensten;;;;
HRO;Huurdersraad Rijnoever, huurdersorganisatie van RWO;;;;`;

  it('reads the records as table rows, a quoted cell with its semicolon and line break included', () => {
    const d = extractDocument(csv, { sourceName: 'rijnoord.csv.txt' });
    expect(d.agreements.map((a) => [a.number, a.chapterTitle, a.responsible])).toEqual([
      ['A1', 'Voorraad', ['Rijnoever Woondiensten']],
      ['A2', 'Voorraad', ['Gemeente']],
      ['B1', 'Betaalbaarheid', ['Rijnoever Woondiensten']],
    ]);
    expect(d.agreements[1]!.multiYearText).toContain('de corporatie rekent ze door');
    // The abbreviation list's meaning stops at the comma that starts a description.
    expect(d.parties.map((p) => p.name)).toContain('Huurdersraad Rijnoever');
  });

  it('leaves prose with semicolons and HTML tables alone', () => {
    const prose = ['De gemeente bouwt; de corporatie beheert; de huurders praten mee.', 'Partijen overleggen; zij evalueren; zij stellen bij.', 'Een derde zin; met; drie delen.', '<table><tr><td>a; b; c</td></tr></table>'];
    expect(semicolonRowsToTabs(prose)).toEqual(prose);
  });
});
