import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

describe('more ways documents number and lay out their agreements', () => {
  it('reads a table "Code | Onderwerp | Resultaat 2026 | Betrokken partijen"; short forms of a footnote replace signature names', () => {
    const text = `Jaarafspraken 2026
Gemeente Vechtstad – De Oever – huurders

De ondergetekenden:
1. Gemeente Vechtstad;
2. Woningstichting De Oever (DO¹);
3. Huurdersplatform Vecht (HPV¹),

spreken het volgende af voor het jaar 2026.

<table>
<tr><th>Code</th><th>Onderwerp</th><th>Resultaat 2026</th><th>Betrokken partijen</th></tr>
<tr><td>A.1</td><td>Nieuwbouw</td><td>Oplevering van 48 huurwoningen in Marsveld</td><td>DO en gemeente</td></tr>
<tr><td>A.2</td><td>Participatie</td><td>Een huurdersavond in elke kern</td><td>HPV</td></tr>
</table>

Ondertekend te Vechtstad op 28 november 2025

<table>
<tr><td>Gemeente Vechtstad</td><td>De Oever</td><td>HPV</td></tr>
<tr><td>wethouder</td><td>directeur-bestuurder</td><td>voorzitter</td></tr>
</table>

¹ Afkortingen: DO = Woningstichting De Oever; HPV = Huurdersplatform
Vecht (huurders van De Oever).`;
    const d = extractDocument(text, { sourceName: 'vechtstad.txt' });
    expect(d.agreements.map((a) => [a.number, a.responsible])).toEqual([
      ['A.1', ['Gemeente', 'Woningstichting De Oever (DO)']],
      ['A.2', ['Huurdersplatform Vecht (HPV)']],
    ]);
    // The list's "(DO¹)" stays in the name as the list writes it, without the footnote mark.
    expect(d.parties.map((p) => p.name)).toEqual(['Gemeente Vechtstad', 'Woningstichting De Oever (DO)', 'Huurdersplatform Vecht (HPV)']);
  });

  it('reads "**(1)**" paragraphs and bullets ending with their printed number ("nr. 7")', () => {
    const text = `# Prestatieafspraken Lekdorp 2026 – 2029

Afspraken tussen de gemeente Lekdorp, Woningstichting Lekwonen en Huurdersraad Lekwonen.

## Deel A – Meerjarige afspraken

### Woningvoorraad

**(1)** Lekwonen breidt haar voorraad uit met 400 sociale huurwoningen.

**(2)** Lekwonen verkoopt geen eengezinswoningen meer.

## Deel B – Jaarschijf 2026

- Oplevering van 64 sociale huurwoningen in Hofstad, fase 2. Trekker: Lekwonen. nr. 3
- Een verhuiscoach voor senioren. Trekker: de gemeente. nr. 4
`;
    const d = extractDocument(text, { sourceName: 'lekdorp.md' });
    expect(d.agreements.map((a) => a.number)).toEqual(['1', '2', '3', '4']);
    expect(d.agreements[2]!.title).toBe('Oplevering van 64 sociale huurwoningen in Hofstad');
    expect(d.agreements[2]!.multiYearText).not.toContain('nr. 3');
    expect(d.agreements[3]!.responsible).toEqual(['Gemeente']);
  });
});
