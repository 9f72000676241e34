import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { readDocument } from '../../src/ingest/read-document.js';

const doc = (text: string) => extractDocument(text, { sourceName: 'test.md' });

describe('parties from other places in a document', () => {
  it('reads a party table with a short-name column, and resolves those short names in "Trekker:" lines', () => {
    const d = doc(`# Prestatieafspraken Lindehout 2026

Deze afspraken zijn gemaakt door vier partijen:

| Partij | Rol | Korte naam in dit document |
|---|---|---|
| Gemeente Lindehout | gemeente | de gemeente |
| Woonstichting Heidewaard | woningcorporatie | Heidewaard |
| Huurdersbelangenvereniging Heidewaard | huurdersorganisatie | HBV Heidewaard |
| Stichting Welzijn Lindehout | welzijnsorganisatie | Welzijn Lindehout |

## Thema 1: Betaalbaarheid

1. **Servicekosten.** Heidewaard en HBV Heidewaard maken in 2026 nieuwe afspraken over de servicekosten.
   *Trekker: Heidewaard, HBV Heidewaard*

2. **Thuisadministratie.** Welzijn Lindehout zet vrijwilligers in bij huishoudens met schulden.
   *Trekker: Welzijn Lindehout*
`);
    expect(d.parties.map((p) => [p.name, p.kind])).toEqual([
      ['Gemeente Lindehout', 'gemeente'],
      ['Woonstichting Heidewaard', 'corporatie'],
      ['Huurdersbelangenvereniging Heidewaard', 'huurders'],
      ['Stichting Welzijn Lindehout', 'overig'],
    ]);
    expect(d.agreements.map((a) => a.responsible)).toEqual([['Woonstichting Heidewaard', 'Huurdersbelangenvereniging Heidewaard'], ['Stichting Welzijn Lindehout']]);
  });

  it('keeps a "Trekker: gemeente" line that repeats under many agreements (it is no running header)', () => {
    const items = [1, 2, 3, 4].map((n) => `${n}. **Punt ${n}.** De gemeente en Heidewaard overleggen over onderwerp ${n}.\n   *Trekker: gemeente*\n`).join('\n');
    const d = doc(`# Prestatieafspraken Lindehout 2026\n\nGemaakt tussen de gemeente Lindehout en Woonstichting Heidewaard.\n\n## Thema 1: Wonen\n\n${items}`);
    expect(d.agreements.map((a) => a.responsible)).toEqual([['Gemeente'], ['Gemeente'], ['Gemeente'], ['Gemeente']]);
  });

  it('takes names side by side under "Ondertekening, place and date" as signatories, never their roles', () => {
    const d = doc(`Prestatieafspraken Lindehout 2026

Deze afspraken zijn gemaakt tussen de gemeente Lindehout, Woonstichting Heidewaard en Huurdersraad Heidewaard.

1 Wonen

1.1 Heidewaard bouwt 40 woningen.

Ondertekening

Lindehout, 5 december 2025

Gemeente Lindehout\tWoonstichting Heidewaard\tStichting Beekwonen
wethouder Wonen\tdirecteur-bestuurder\tdirecteur-bestuurder
`);
    expect(d.parties.map((p) => p.name)).toEqual(['Gemeente Lindehout', 'Woonstichting Heidewaard', 'Stichting Beekwonen', 'Huurdersraad Heidewaard']);
    expect(d.agreements).toHaveLength(1);
  });

  it('splits a responsible cell at its paragraphs and knows a brand after "Woonconcern"; a care group is no corporation', async () => {
    const html = `<html><body><h1>Werkagenda 2026 gemeente Lindehout</h1>
<p>Deze afspraken zijn gemaakt tussen de gemeente Lindehout, Woonconcern Reestland, Zorggroep Het Beekhuis en Huurdersvereniging De Beek.</p>
<table><tr><td>Nr</td><td>Afspraak</td><td>Trekker</td></tr>
<tr><td>1</td><td><p>Wijkschouw</p><p>De huurdersvereniging houdt een wijkschouw.</p></td><td><p>Huurdersvereniging</p><p>Corporaties</p></td></tr>
<tr><td>2</td><td><p>Verkoop</p><p>Reestland verkoopt maximaal 6 woningen.</p></td><td>Reestland</td></tr>
<tr><td>3</td><td><p>Zorgwoningen</p><p>Het Beekhuis en Reestland bouwen 20 zorgwoningen.</p></td><td>Corporaties</td></tr>
</table></body></html>`;
    const { text } = await readDocument({ name: 'lindehout.html', data: Buffer.from(html) });
    const d = doc(text);
    expect(d.parties.map((p) => [p.name, p.kind])).toEqual([
      ['Gemeente Lindehout', 'gemeente'],
      ['Woonconcern Reestland', 'corporatie'],
      ['Huurdersvereniging De Beek', 'huurders'],
      ['Zorggroep Het Beekhuis', 'overig'],
    ]);
    expect(d.agreements.map((a) => a.responsible)).toEqual([['Woonconcern Reestland', 'Huurdersvereniging De Beek'], ['Woonconcern Reestland'], ['Woonconcern Reestland']]);
  });

  it('decodes the Latin-1 entities of an HTML export ("&eacute;&eacute;n", "&middot;")', async () => {
    const html = '<p>Gemeente Lindehout &middot; Woonstichting Heidewaard</p><p>Voor &eacute;&eacute;n- en tweepersoonshuishoudens, financi&euml;le regelingen, &Eacute;&eacute;n.</p>';
    const { text } = await readDocument({ name: 'x.html', data: Buffer.from(html) });
    expect(text).toBe('Gemeente Lindehout · Woonstichting Heidewaard\n\nVoor één- en tweepersoonshuishoudens, financiële regelingen, Één.');
  });
});

describe('parties named only under the signature', () => {
  it('reads small-letter brands and names side by side in columns', () => {
    const d = doc(`Prestatieafspraken Westkapel 2026-2028

1 Voldoende woningen

1.1 l'ouest bouwt in de periode 2026-2028 140 sociale huurwoningen. De gemeente levert de grond.

1.2 Duinwonen en l'ouest wijzen 95% van de woningen passend toe.

Ondertekening

Westkapel, 16 december 2025

Gemeente Westkapel
namens deze, de wethouder Wonen

l'ouest woonservice
de directeur-bestuurder

Huurdersvereniging De Kaap          Huurdersraad Duinwonen
de voorzitter                        de voorzitter

Stichting Duinwonen
`);
    expect(d.parties.map((p) => p.name)).toEqual(['Gemeente Westkapel', "l'ouest woonservice", 'Stichting Duinwonen', 'Huurdersvereniging De Kaap', 'Huurdersraad Duinwonen']);
    expect(d.agreements.map((a) => a.responsible)).toEqual([["Gemeente", "l'ouest woonservice"], ["l'ouest woonservice", 'Stichting Duinwonen']]);
  });
});

describe('web pages', () => {
  it('leaves out navigation, cookie bar, breadcrumb and downloads, and reads fold-out items as agreements', async () => {
    const html = `<html><head><title>Prestatieafspraken 2026 | Gemeente Rijsbergen</title></head><body>
<div class="cookiebar">Wij gebruiken alleen functionele cookies.</div>
<header><a class="logo" href="/">Gemeente Rijsbergen</a><nav><ul><li><a href="/">Home</a></li><li><a href="/wonen">Wonen en bouwen</a></li></ul></nav></header>
<main><p class="breadcrumb"><a href="/">Home</a> &gt; Prestatieafspraken</p>
<h1>Prestatieafspraken 2026</h1>
<p>De afspraken zijn gemaakt door de gemeente Rijsbergen, de woningcorporatie Alwonen en Huurdersvereniging Rijsbergen.</p>
<h2>Wonen en bouwen</h2>
<details><summary>Nieuwe sociale huurwoningen</summary><p>Alwonen begint in 2026 met de bouw van 75 sociale huurwoningen in de wijk Kroeven.</p></details>
<details><summary>Huurverhoging 2026</summary><p>Alwonen verhoogt de huren per 1 juli 2026 gemiddeld met ten hoogste 3,5%.</p></details>
<div class="downloads"><h2>Downloads</h2><p><a href="/a.pdf">Prestatieafspraken Rijsbergen 2026 (PDF, 1,2 MB)</a></p></div>
</main><footer><p>Laatst gewijzigd: 8 januari 2026</p></footer></body></html>`;
    const { text } = await readDocument({ name: 'rijsbergen.html', data: Buffer.from(html) });
    expect(text).not.toMatch(/cookies|Home|Laatst gewijzigd|Downloads/);
    const d = doc(text);
    expect(d.title).toBe('Prestatieafspraken 2026');
    expect(d.agreements.map((a) => [a.title, a.chapterTitle, a.responsible])).toEqual([
      ['Nieuwe sociale huurwoningen', 'Wonen en bouwen', ['Alwonen']],
      ['Huurverhoging 2026', 'Wonen en bouwen', ['Alwonen']],
    ]);
  });
});
