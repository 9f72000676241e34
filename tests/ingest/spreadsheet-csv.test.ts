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

  it('reads a tab-separated export: its title row names the municipality, its legend the parties', () => {
    const tsv = [
      'Prestatieafspraken Rijnoord 2026\t\t\t\t\t',
      'Export uit monitor, gegenereerd 12-01-2026\t\t\t\t\t',
      '\t\t\t\t\t',
      'Status\tTrekker\tThema\tOmschrijving afspraak\tNr\tBetrokken',
      '◐\tGR\tWonen\tGemeente wijst twee locaties aan voor flexwonen.\tW3\tPW',
      '○\tPW\tWonen\tPré Wonen start de bouw van 96 sociale huurwoningen.\tW1\tGR',
      '●\tHRP\tDuurzaam\tKlankbordgroep verduurzaming met huurders.\tD3\tPW',
      '\t\t\t\t\t',
      'LEGENDA\t\t\t\t\t',
      'Trekker / Betrokken:\t\t\t\t\t',
      'GR = Gemeente Rijnoord\t\t\t\t\t',
      'PW = Pré Wonen\t\t\t\t\t',
      'HRP = Huurdersraad Pré Wonen\t\t\t\t\t',
    ].join('\n');
    const d = extractDocument(tsv, { sourceName: 'rijnoord-export.txt' });
    expect(d.municipality).toBe('Rijnoord');
    expect(d.agreements.map((a) => [a.number, a.responsible])).toEqual([
      ['W3', ['Gemeente']],
      ['W1', ['Pré Wonen']],
      ['D3', ['Huurdersraad Pré Wonen']],
    ]);
  });
});
