import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

/** A Markdown document as a web editor writes it: a party table, bold run-in titles, italic trekker lines. */
const DOC = `# Prestatieafspraken Kanaalstad 2026

Deze afspraken zijn gemaakt tussen de gemeente Kanaalstad, Woonstichting Vaartwonen, Stichting Sluiskant Wonen en Huurdersvereniging Vaartwonen:

| Partij | Rol | Korte naam |
|---|---|---|
| Gemeente Kanaalstad | gemeente | de gemeente |
| Woonstichting Vaartwonen | woningcorporatie | Vaartwonen |
| Stichting Sluiskant Wonen | woningcorporatie | Sluiskant |
| Huurdersvereniging Vaartwonen | huurdersorganisatie | HV Vaartwonen |

## Thema 1: Bouwen

1. **Nieuwbouw.** Vaartwonen levert in 2026 40 woningen op; Sluiskant start met 12 woningen.
   *Trekker: Vaartwonen, Sluiskant*

2. **Grond.** De gemeente levert twee kavels aan Sluiskant.
   *Trekker: gemeente*

## Ondertekening

Aldus overeengekomen te Kanaalstad op 1 december 2025.

| | |
|---|---|
| **Gemeente Kanaalstad**<br>wethouder Wonen | **Woonstichting Vaartwonen**<br>directeur-bestuurder |
| **Stichting Sluiskant Wonen**<br>directeur-bestuurder | **Huurdersvereniging Vaartwonen**<br>voorzitter |
`;

describe('Markdown details', () => {
  const doc = extractDocument(DOC, { sourceName: 'kanaalstad.md' });

  it('takes a bold run-in heading as the title and an italic trekker line as the responsible parties', () => {
    expect(doc.agreements.map((a) => [a.number, a.title, a.responsible])).toEqual([
      ['1', 'Nieuwbouw', ['Woonstichting Vaartwonen', 'Stichting Sluiskant Wonen']],
      ['2', 'Grond', ['Gemeente']],
    ]);
  });

  it('reads the parties from the table and the signatures, never its header row or a role under a <br>', () => {
    const names = doc.parties.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Gemeente Kanaalstad', 'Woonstichting Vaartwonen', 'Stichting Sluiskant Wonen', 'Huurdersvereniging Vaartwonen']));
    expect(names.some((n) => /partij|<br>|directeur/i.test(n))).toBe(false);
  });
});

describe('a topic column and headings between agreement tables', () => {
  it('numbers from "1. Huurbeleid" in an Onderwerp column, restarted per heading and qualified with it', async () => {
    const { readDocument } = await import('../../src/ingest/read-document.js');
    const row = (...c: string[]) => `<tr>${c.map((x) => `<td>${x}</td>`).join('')}</tr>`;
    const head = row('Onderwerp', 'Afspraak', 'Wie', 'Wanneer');
    const html = `<html><body><h1>Prestatieafspraken Kanaalstad 2026</h1>
      <p>Deze afspraken zijn gemaakt tussen de gemeente Kanaalstad, Woonstichting Vaartwonen en Huurdersvereniging Vaartwonen.</p>
      <h1>Betaalbaarheid</h1><table>${head}${row('1. Huurbeleid', 'Vaartwonen verhoogt de huren met de inflatie.', 'Vaartwonen', '1 juli')}${row('2. Spreekuur', 'De huurdersvereniging houdt een spreekuur.', 'Huurdersvereniging Vaartwonen', 'maandelijks')}</table>
      <h1>Beschikbaarheid</h1><table>${head}${row('1. Nieuwbouw', 'Vaartwonen bouwt 30 woningen.', 'Vaartwonen', 'Q4')}</table></body></html>`;
    const { text } = await readDocument({ name: 'kanaalstad.html', data: Buffer.from(html) });
    const doc = extractDocument(text, { sourceName: 'kanaalstad.html' });
    expect(doc.agreements.map((a) => [a.number, a.title, a.chapterTitle])).toEqual([
      ['1.1', 'Huurbeleid', 'Betaalbaarheid'],
      ['1.2', 'Spreekuur', 'Betaalbaarheid'],
      ['2.1', 'Nieuwbouw', 'Beschikbaarheid'],
    ]);
  });
});
