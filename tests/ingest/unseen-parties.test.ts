import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

const agreements = `
Afspraak 1 Nieuwbouw
Noorderhof bouwt in 2026 veertig sociale huurwoningen.

Afspraak 2 Bouwgrond
De gemeente levert twee bouwlocaties.

Afspraak 3 Participatie
Huurdersvereniging Noorderhof adviseert over elk renovatieproject.
`;

describe('municipality names of several words', () => {
  const names = ['Peel en Maas', 'Aa en Hunze', 'Valkenburg aan de Geul', 'Bergen op Zoom', 'Súdwest-Fryslân', "'s-Hertogenbosch", 'Oude IJsselstreek', 'Westerkwartier'];

  it.each(names)('reads "Gemeente %s" whole, as municipality and first party, and never splits it into parties', (name) => {
    const text = `Prestatieafspraken 2026\n\nGemeente ${name}, Woonstichting Noorderhof en Huurdersvereniging Noorderhof maken samen afspraken over het wonen.\n${agreements}`;
    const doc = extractDocument(text, { sourceName: 'x.txt' });

    expect(doc.municipality).toBe(name);
    expect(doc.parties.map((p) => [p.name, p.kind])).toEqual([
      [`Gemeente ${name}`, 'gemeente'],
      ['Woonstichting Noorderhof', 'corporatie'],
      ['Huurdersvereniging Noorderhof', 'huurders'],
    ]);
    expect(doc.agreements.map((a) => a.responsible)).toEqual([['Woonstichting Noorderhof'], ['Gemeente'], ['Huurdersvereniging Noorderhof']]);
  });

  it('gives a name set in capitals its listed spelling, and keeps the document’s own spelling otherwise', () => {
    const caps = extractDocument(`GEMEENTE PEEL EN MAAS\n\nPrestatieafspraken 2026\n${agreements}`, { sourceName: 'x.txt' });
    const frisian = extractDocument(`GEMEENTE SÚDWEST-FRYSLÂN\n\nPrestatieafspraken 2026\n${agreements}`, { sourceName: 'x.txt' });
    const curly = extractDocument(`Prestatieafspraken 2026 gemeente ’s-Hertogenbosch\n${agreements}`, { sourceName: 'x.txt' });

    expect(caps.municipality).toBe('Peel en Maas');
    expect(frisian.municipality).toBe('Súdwest-Fryslân');
    expect(curly.municipality).toBe('’s-Hertogenbosch');
  });

  it('still reads a municipality that is not on the list (a new or merged one)', () => {
    const doc = extractDocument(`Prestatieafspraken Nieuw-Lindehout 2026\n\nDeze afspraken zijn gemaakt tussen de gemeente Nieuw-Lindehout, Woonstichting Noorderhof en Huurdersvereniging Noorderhof.\n${agreements}`, { sourceName: 'x.txt' });

    expect(doc.municipality).toBe('Nieuw-Lindehout');
    expect(doc.parties.map((p) => p.name)).toEqual(['Gemeente Nieuw-Lindehout', 'Woonstichting Noorderhof', 'Huurdersvereniging Noorderhof']);
  });
});

describe('party lists in contract style', () => {
  const contract = `Prestatieafspraken Kerkrade 2026

De ondergetekenden:

WONINGSTICHTING HEEMDAL, gevestigd te Kerkrade,
vertegenwoordigd door mevrouw A. Janssen, directeur-bestuurder,
hierna te noemen: 'Heemdal',

en

DE GEMEENTE KERKRADE, gevestigd te Kerkrade, vertegenwoordigd door de wethouder Wonen,
hierna te noemen: 'de gemeente',

en

HUURDERSVERENIGING HEEMDAL, gevestigd te Kerkrade, vertegenwoordigd door de heer P. Smeets, voorzitter
(hierna: 'HV Heemdal'),

hierna gezamenlijk nader te noemen 'partijen',

komen het volgende overeen:

Afspraak 1 Nieuwbouw
Heemdal bouwt tot en met 2026 zestig woningen.

Afspraak 2 Huurdersavonden
HV Heemdal houdt twee keer per jaar een huurdersavond.

Afspraak 3 Onderhoud
Huurdersvereniging Heemdal en Heemdal maken samen een onderhoudsplanning.
`;

  it('reads each party paragraph in capitals with its seat, representative and short form, up to "partijen"', () => {
    const doc = extractDocument(contract, { sourceName: 'kerkrade.txt' });

    expect(doc.parties.map((p) => [p.name, p.kind])).toEqual([
      ['Gemeente Kerkrade', 'gemeente'],
      ['Woningstichting Heemdal', 'corporatie'],
      ['Huurdersvereniging Heemdal', 'huurders'],
    ]);
    expect(doc.parties.find((p) => p.kind === 'huurders')!.aliases).toContain('HV Heemdal');
    expect(doc.parties.some((p) => /janssen|smeets|wethouder|partijen/i.test(p.name))).toBe(false);
  });

  it('resolves the short forms in the agreements, the tenant organisation named after the corporation not confused with it', () => {
    const doc = extractDocument(contract, { sourceName: 'kerkrade.txt' });

    expect(doc.agreements.map((a) => a.responsible)).toEqual([
      ['Woningstichting Heemdal'],
      ['Huurdersvereniging Heemdal'],
      ['Woningstichting Heemdal', 'Huurdersvereniging Heemdal'],
    ]);
  });
});

describe('a web-page opening', () => {
  const page = `# Jaarafspraken wonen 2026

Goed wonen in alle kernen

Wonen blijft een van de grootste opgaven in onze gemeente. Daarom werken we samen met de woningcorporaties en de huurders.

Sinds 2020 werken de gemeente Aa en Hunze, woningcorporaties Drentewonen en Hunzeborg Woondiensten en de huurdersorganisaties De Zes Dorpen en Huurdersraad Hunzeborg samen. Zij sluiten jaarlijks afspraken over nieuwbouw en betaalbaarheid.

## Afspraken

- **Nieuwbouw** – De corporaties bouwen 40 woningen in Gieten en Rolde.
- **Huur** – Hunzeborg bevriest de huren voor lage inkomens.
- **Participatie** – De huurdersorganisaties houden twee keer per jaar een huurdersavond.
- **Onderhoud** – Huurdersraad Hunzeborg en Hunzeborg maken een onderhoudsplanning.
`;

  it('reads two corporations after one plural role noun and two tenant organisations after another', () => {
    const doc = extractDocument(page, { sourceName: 'aa-en-hunze.md' });

    expect(doc.parties.map((p) => [p.name, p.kind])).toEqual([
      ['Gemeente Aa en Hunze', 'gemeente'],
      ['Drentewonen', 'corporatie'],
      ['Hunzeborg Woondiensten', 'corporatie'],
      ['De Zes Dorpen', 'huurders'],
      ['Huurdersraad Hunzeborg', 'huurders'],
    ]);
  });

  it('makes "de corporaties" every corporation and "de huurdersorganisaties" the tenant group, and a brand its corporation', () => {
    const doc = extractDocument(page, { sourceName: 'aa-en-hunze.md' });

    expect(doc.agreements.map((a) => a.title)).toEqual(['Nieuwbouw', 'Huur', 'Participatie', 'Onderhoud']);
    expect(doc.agreements.map((a) => a.responsible)).toEqual([
      ['Drentewonen', 'Hunzeborg Woondiensten'],
      ['Hunzeborg Woondiensten'],
      ['Huurdersorganisaties'],
      ['Hunzeborg Woondiensten', 'Huurdersraad Hunzeborg'],
    ]);
  });
});

describe('party kinds and names in a "Partijen" section', () => {
  it('reads a name on its own line with its description in the paragraph below, also a name without a type word', () => {
    const text = `Prestatieafspraken Súdwest-Fryslân 2026

Partijen

**Gemeente Súdwest-Fryslân**

vertegenwoordigd door de wethouder Wonen

**Woonstichting Elfsteden**

gevestigd te Sneek, vertegenwoordigd door de heer J. Visser, directeur-bestuurder, hierna: ‘Elfsteden’

**De Bolswarder Huurders**

vertegenwoordigd door de voorzitter

Inleiding

Partijen maken elke vier jaar afspraken.
${agreements.replace('Huurdersvereniging Noorderhof', 'De Bolswarder Huurders').replace('Noorderhof bouwt', 'Elfsteden bouwt')}`;
    const doc = extractDocument(text, { sourceName: 'x.txt' });

    expect(doc.parties.map((p) => [p.name, p.kind])).toEqual([
      ['Gemeente Súdwest-Fryslân', 'gemeente'],
      ['Woonstichting Elfsteden', 'corporatie'],
      ['De Bolswarder Huurders', 'huurders'],
    ]);
    expect(doc.agreements.map((a) => a.responsible)).toEqual([['Woonstichting Elfsteden'], ['Gemeente'], ['De Bolswarder Huurders']]);
  });

  it('makes a party whose name says nothing a tenant organisation when the text calls it one, so "de corporaties" leaves it out', () => {
    const text = `Prestatieafspraken Westerkwartier 2026

Deze afspraken zijn gemaakt tussen de gemeente Westerkwartier, Woonstichting Zuidhorn en De Zes Kernen. De Zes Kernen is de huurdersorganisatie van Woonstichting Zuidhorn.

Afspraak 1 Nieuwbouw
De corporaties bouwen 60 woningen.

Afspraak 2 Participatie
De huurdersorganisatie adviseert over elk renovatieproject.
`;
    const doc = extractDocument(text, { sourceName: 'x.txt' });

    expect(doc.parties.map((p) => [p.name, p.kind])).toEqual([
      ['Gemeente Westerkwartier', 'gemeente'],
      ['Woonstichting Zuidhorn', 'corporatie'],
      ['De Zes Kernen', 'huurders'],
    ]);
    expect(doc.agreements.map((a) => a.responsible)).toEqual([['Woonstichting Zuidhorn'], ['De Zes Kernen']]);
  });
});

describe('a corporation whose abbreviation ends a tenant organisation\'s name', () => {
  it('stays a corporation: "Bewonersraad ZVH, de huurdersorganisatie van ZVH" says what the Bewonersraad is', () => {
    const text = `Prestatieafspraken Zaanoever 2026

Deze afspraken zijn gemaakt tussen de gemeente Zaanoever, Stichting Meerwonen, Zaanse Volkshuisvesting (ZVH) en Bewonersraad ZVH. Bewonersraad ZVH, de huurdersorganisatie van ZVH, adviseert over het huurbeleid.

Afspraak 1 Nieuwbouw
De corporaties bouwen 60 woningen.
`;
    const doc = extractDocument(text, { sourceName: 'zaanoever.txt' });
    expect(doc.parties.map((p) => [p.name, p.kind])).toEqual([
      ['Gemeente Zaanoever', 'gemeente'],
      ['Stichting Meerwonen', 'corporatie'],
      ['Zaanse Volkshuisvesting (ZVH)', 'corporatie'],
      ['Bewonersraad ZVH', 'huurders'],
    ]);
    expect(doc.agreements[0]!.responsible).toEqual(['Stichting Meerwonen', 'Zaanse Volkshuisvesting (ZVH)']);
  });
});

describe('a tenant organisation named after its corporation', () => {
  it('keeps the corporation apart when the tenant organisation is listed first, and lists corporations before tenants', () => {
    const text = `Prestatieafspraken Venray 2026

Deze afspraken zijn gemaakt tussen de gemeente Venray, Huurdersvereniging Heemwonen, Heemwonen en Huurdersraad Rolduc.

Afspraak 1 Nieuwbouw
Heemwonen bouwt 40 woningen.

Afspraak 2 Participatie
Huurdersvereniging Heemwonen adviseert over het huurbeleid.
`;
    const doc = extractDocument(text, { sourceName: 'venray.txt' });

    expect(doc.parties.map((p) => [p.name, p.kind])).toEqual([
      ['Gemeente Venray', 'gemeente'],
      ['Heemwonen', 'corporatie'],
      ['Huurdersvereniging Heemwonen', 'huurders'],
      ['Huurdersraad Rolduc', 'huurders'],
    ]);
    expect(doc.agreements.map((a) => a.responsible)).toEqual([['Heemwonen'], ['Huurdersvereniging Heemwonen']]);
  });
});

describe('party lists as people write them', () => {
  it('keeps each "- " item apart, takes "(HBV)" as the short form, and drops a footnote mark and a signer\'s function', () => {
    const text = `# Prestatieafspraken Rijnhoven 2026-2028

## Partijen

- Gemeente Rijnhoven
- Woonstichting Lekstroom
- Huurdersbelangenvereniging Rijnhoven (HBV), namens de huurders van Lekstroom
- Bewonersraad Kade[1]

## A. Betaalbaarheid

### A.1 Woonlasten
HBV en de Bewonersraad Kade laten een onderzoek naar de woonlasten uitvoeren.

*Verantwoordelijk:* HBV, gemeente

| Namens | |
|---|---|
| Woonstichting Lekstroom directeur-bestuurder | Bewonersraad Kade voorzitter |
`;
    const d = extractDocument(text, { sourceName: 'rijnhoven.md' });
    expect(d.parties.map((p) => p.name)).toEqual(['Gemeente Rijnhoven', 'Woonstichting Lekstroom', 'Huurdersbelangenvereniging Rijnhoven (HBV)', 'Bewonersraad Kade']);
    expect(d.agreements[0]!.responsible).toEqual(['Gemeente', 'Huurdersbelangenvereniging Rijnhoven (HBV)']);
  });
});

describe('a party named short first and in full later', () => {
  it('is one party by its full name when the list says "hierna: Viveste"', () => {
    const text = `# Prestatieafspraken Lekhoven 2026 – 2029

*Afspraken tussen de gemeente, Lekwoon en de huurdersraad*

## Partijen

Ondergetekenden:

1. de gemeente, hierna: de gemeente;
2. Woningstichting Lekwoon, hierna: Lekwoon;
3. Huurdersraad Lekwoon.

## Afspraken

1. Lekwoon bouwt 400 sociale huurwoningen.
2. De gemeente reserveert grond voor 30% sociale huur.
`;
    const d = extractDocument(text, { sourceName: 'lekhoven.md', municipality: 'Lekhoven' });
    expect(d.parties.map((p) => p.name)).toEqual(['Gemeente Lekhoven', 'Woningstichting Lekwoon', 'Huurdersraad Lekwoon']);
    expect(d.agreements[0]!.responsible).toEqual(['Woningstichting Lekwoon']);
  });
});
