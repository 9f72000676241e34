import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

const text = `# Jaarschijf 2026 bij de Prestatieafspraken Polderveen 2024–2028

## Partijen

- Gemeente Polderveen
- Woonstichting Dijkzicht
- Huurdersvereniging Polderhuis
- Bewonersraad Dijkzicht

## Acties 2026

| Thema | Nr. | Afspraak 2026 | Wie | Planning |
|---|---|---|---|---|
| Betaalbaarheid | 1a | Huuraanpassing 2026. Dijkzicht houdt de huurverhoging op de inflatie. | Dijkzicht | 1 juli 2026 |
| Betaalbaarheid | 1b | Advies huurvoorstel. Polderhuis en de Bewonersraad geven samen advies. | Polderhuis, Bewonersraad | Q1 |
| Leefbaarheid | 2a | Bewonersbudget. De Bewonersraad beoordeelt de aanvragen voor het budget. | Gemeente, Bewonersraad | Hele jaar |

## Bijlage: kengetallen Polderveen 2025

| Kengetal | Waarde |
|---|---|
| Sociale huurwoningen Dijkzicht | 3.240 |
| Statushouders gehuisvest in 2025 | 64 |
`;

describe('an appendix of figures and a party called by its type word', () => {
  it('reads no agreement from the rows of "Bijlage: kengetallen", whose numbers are figures', () => {
    const d = extractDocument(text, { sourceName: 'polderveen.md' });
    expect(d.agreements.map((a) => a.number)).toEqual(['1a', '1b', '2a']);
  });

  it('takes "Bewonersraad" in the Wie column for the one party of that type, not for a new party', () => {
    const d = extractDocument(text, { sourceName: 'polderveen.md' });
    expect(d.parties.map((p) => p.name)).toEqual(['Gemeente Polderveen', 'Woonstichting Dijkzicht', 'Huurdersvereniging Polderhuis', 'Bewonersraad Dijkzicht']);
    expect(d.agreements[2]!.responsible).toEqual(['Gemeente', 'Bewonersraad Dijkzicht']);
  });

  it('takes the first paragraph of a table cell as the title, a name in it ("De Looierij") included', () => {
    const html = `<html><body><h1>Jaarschijf 2026 Polderveen</h1>
<p>Deze jaarschijf is opgesteld door de gemeente Polderveen en Woonstichting Dijkzicht.</p>
<table>
<tr><th>Thema</th><th>Nr.</th><th>Afspraak 2026</th><th>Wie</th></tr>
<tr><td>Beschikbaarheid</td><td>3a</td><td><p>Transformatie De Looierij</p> <p>Dijkzicht verbouwt het kantoor De Looierij tot 30 studio's.</p></td><td>Dijkzicht</td></tr>
<tr><td>Beschikbaarheid</td><td>3b</td><td><p>Kavels Stromenwijk</p> <p>De gemeente biedt twee kavels aan.</p></td><td>Gemeente</td></tr>
</table></body></html>`;
    const d = extractDocument(html, { sourceName: 'polderveen.html' });
    expect(d.agreements.map((a) => [a.number, a.title])).toEqual([
      ['3a', 'Transformatie De Looierij'],
      ['3b', 'Kavels Stromenwijk'],
    ]);
  });
});
