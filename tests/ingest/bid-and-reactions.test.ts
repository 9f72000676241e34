import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

/**
 * A corporation's bid with the reactions of the municipality and the tenants and the agreement they reached, per
 * "Bod n – titel", sent along in an e-mail whose own numbered list is no agreement.
 */
const KROMWIJK = `**Van:** Sanne de Bruin <s.debruin@hetanker.nl>
**Verzonden:** maandag 1 december 2025 09:30
**Aan:** Team Wonen gemeente Kromwijk; Huurdersvereniging Kromwijk
**CC:** P. Kok (wethouder)
**Onderwerp:** Bod 2026 met reacties en afspraken

Beste allen,

Hierbij de tekst zoals besproken. Per onderdeel eerst ons bod, dan de reacties en de afspraak.

Twee punten:

1. Opmerkingen graag voor vrijdag 5 december.
2. We tekenen op 12 december in het gemeentehuis.

Met vriendelijke groet,

Sanne de Bruin
Adviseur Wonen | Woonstichting Het Anker
Kerkstraat 3, Kromwijk

---

# Bod en prestatieafspraken Kromwijk 2026

**Partijen:** Gemeente Kromwijk, Woonstichting Het Anker en Huurdersvereniging Kromwijk.

**Looptijd:** 1 januari 2026 tot en met 31 december 2026.

## Wonen

### Bod 1 – Woningen aan de Vaart

Wij bouwen aan de Vaart 20 sociale huurwoningen voor starters.

**Reactie gemeente:** De gemeente vraagt om 24 woningen en levert de grond tegen een vaste prijs.

**Reactie huurders:** Wij vragen ook om woningen voor ouderen.

**Afspraak:** Het Anker bouwt aan de Vaart 24 sociale huurwoningen, waarvan 8 voor ouderen. De gemeente levert de grond tegen € 17.000 per woning.

### Bod 2 – Huurverhoging

Wij volgen bij de huurverhoging de inflatie.

**Reactie gemeente:** De gemeente vraagt aandacht voor lage inkomens.

**Reactie huurders:** Akkoord.

**Afspraak:** Het Anker houdt de huurverhoging in 2026 gelijk aan de inflatie en ten hoogste 2 procent voor de laagste inkomens.

## Samenwerking

### Bod 3 – Overleg

Wij overleggen twee keer per jaar.

**Reactie gemeente:** Geen opmerkingen.

**Reactie huurders:** Wij willen vaker overleggen.

**Afspraak:** Partijen overleggen vier keer per jaar over de voortgang.

## Ondertekening

| Partij | Naam |
|---|---|
| Gemeente Kromwijk | A. de Wit |
| Woonstichting Het Anker | B. Smit |
| Huurdersvereniging Kromwijk | C. Mol |
`;

describe('a bid with reactions and the agreement per "Bod n"', () => {
  const doc = extractDocument(KROMWIJK, { sourceName: 'kromwijk.md' });

  it('reads each "Bod n – titel" as an agreement numbered as printed, not the numbered list of the e-mail', () => {
    expect(doc.agreements.map((a) => [a.number, a.chapterTitle, a.title])).toEqual([
      ['1', 'Wonen', 'Woningen aan de Vaart'],
      ['2', 'Wonen', 'Huurverhoging'],
      ['3', 'Samenwerking', 'Overleg'],
    ]);
  });

  it('keeps the bid, the reactions and the agreement together as the text of the agreement', () => {
    const text = doc.agreements[0]!.multiYearText;
    expect(text).toContain('Wij bouwen aan de Vaart 20 sociale huurwoningen');
    expect(text).toContain('De gemeente vraagt om 24 woningen');
    expect(text).toContain('waarvan 8 voor ouderen');
  });

  it('takes the responsible parties from what was agreed, not from the bid or the reactions', () => {
    expect(doc.agreements.map((a) => a.responsible)).toEqual([
      ['Gemeente', 'Woonstichting Het Anker'],
      ['Woonstichting Het Anker'],
      ['Gemeente', 'Woonstichting Het Anker', 'Huurdersvereniging Kromwijk'],
    ]);
  });

  it('takes the title of the bid document, not of the e-mail', () => {
    expect(doc.title).toBe('Bod en prestatieafspraken Kromwijk 2026');
  });
});
