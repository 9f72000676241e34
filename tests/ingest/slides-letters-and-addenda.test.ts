import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

// Invented documents for invented places ("Heidebroek", "Veenmark"…); the layouts are those of real agreements.

describe('lettered items under a titled clause ("2.1  NIEUWBOUW" / "a." / "b.")', () => {
  const text = `PRESTATIEAFSPRAKEN HEIDEBROEK 2026-2029

Deze afspraken zijn gemaakt door de gemeente Heidebroek, Woonstichting Esdal (WSE) en Huurdersvereniging Heidebroek (HVH).

HOOFDSTUK 2  BESCHIKBAARHEID

2.1  NIEUWBOUW

a.  WSE bouwt in de looptijd 80 sociale huurwoningen in de kern Heidebroek.

b.  De gemeente levert bouwgrond tegen een vaste grondprijs van € 19.000 per woning.

2.2  VERKOOP

a.  WSE verkoopt in de looptijd ten hoogste 10 woningen.

HOOFDSTUK 3  BETAALBAARHEID

3.1  HUURBELEID

a.  WSE vraagt HVH elk jaar om advies over de huuraanpassing.
    De huurverhoging blijft gemiddeld onder de inflatie.

b.  De gemeente houdt een spreekuur over toeslagen.
`;

  it('gives each letter an agreement of its own, numbered as the document cites it ("2.1a")', () => {
    const doc = extractDocument(text, { sourceName: 'heidebroek.txt' });
    expect(doc.agreements.map((a) => a.number)).toEqual(['2.1a', '2.1b', '2.2a', '3.1a', '3.1b']);
    const a = doc.agreements.find((x) => x.number === '3.1a')!;
    expect(a.multiYearText).toContain('onder de inflatie');
    expect(doc.agreements.find((x) => x.number === '2.1b')!.responsible).toEqual(['Gemeente']);
  });
});

describe('agreements marked by a bold lead-in ("**Wij spreken af dat** …") in prose', () => {
  const para = (lead: string, rest: string) => `**${lead}** ${rest}`;
  const text = `# Thuis in Veenmark

## Prestatieafspraken gemeente Veenmark, Veenwonen en Huurdersvereniging Veenmark

Deze afspraken gelden van 2026 tot en met 2029.

## 1 Nieuwbouw

De vraag naar huurwoningen groeit. Dat zien we in alle kernen.

${para('Wij spreken af dat', 'Veenwonen tot en met 2029 in totaal 90 sociale huurwoningen bouwt.')}

Ouderen wonen vaak in een te grote woning.

${para('Daarnaast spreken wij af dat', 'de gemeente een verhuiscoach voor ouderen betaalt.')}

## 2 Betalen

${para('Wij spreken af dat', 'Veenwonen een huurachterstand na 30 dagen meldt bij het sociaal team.')}

${para('Ook spreken wij af dat', 'de Huurdersvereniging Veenmark elke maand een spreekuur over toeslagen houdt.')}

${para('Wij spreken af dat', 'de gemeente en Veenwonen samen 10 woningen voor spoedzoekers vinden.')}

${para('Tot slot spreken wij af dat', 'Veenwonen jaarlijks € 90 per woning aan leefbaarheid besteedt.')}
`;

  it('reads each formula as an agreement and the prose around it as context, with the actor after "dat" responsible', () => {
    const doc = extractDocument(text, { sourceName: 'veenmark.md' });
    expect(doc.agreements).toHaveLength(6);
    expect(doc.agreements[0]!.multiYearText).toContain('90 sociale huurwoningen');
    expect(doc.agreements.some((a) => /te grote woning|vraag naar huurwoningen/.test(a.multiYearText))).toBe(false);
    expect(doc.agreements[0]!.responsible).toEqual(['Veenwonen']);
    expect(doc.agreements[1]!.responsible).toEqual(['Gemeente']);
  });
});

describe('a memo whose list items end with the parties in square brackets', () => {
  const text = `Van: gemeente Oosterweide
Aan: Woonstichting Kempland, Huurdersbelang Oosterweide (HBO)
Onderwerp: bevestiging afspraken bestuurlijk overleg

Prestatieafspraken Oosterweide 2026-2027

Partijen: de gemeente Oosterweide, Woonstichting Kempland en Huurdersbelang Oosterweide (HBO).

Wonen

1.  Kempland bouwt in 2026 en 2027 samen 40 woningen voor starters in Oosterweide-Noord. De huur blijft onder de
    aftoppingsgrens. [Woonstichting Kempland,
    HBO]

2.  De gemeente plaatst 8 tijdelijke woningen bij de sporthal. [Gemeente]

3.  Kempland stelt een nieuw reglement op voor de bewonerscommissies. [zie bijlage]
`;

  it('reads a bracketed list of parties, also wrapped onto the next line, as who is responsible', () => {
    const doc = extractDocument(text, { sourceName: 'oosterweide.txt' });
    const [one, two, three] = doc.agreements;
    expect(one!.responsible).toEqual(['Woonstichting Kempland', 'Huurdersbelang Oosterweide (HBO)']);
    expect(one!.chapterTitle).toBe('Wonen');
    expect(two!.responsible).toEqual(['Gemeente']);
    // A remark in brackets is no list of parties.
    expect(three!.multiYearText).toContain('[zie bijlage]');
  });
});

describe('an appendix "BIJLAGE 1 JAARSCHIJF 2026" numbered 1, 2, 3 after a main text numbered 2.1', () => {
  const text = `Prestatieovereenkomst Brookhuizen 2026-2029

Partijen: de gemeente Brookhuizen, Woonstichting Brookland en Huurdersvereniging Brookhuizen.

2  BESCHIKBAARHEID

2.1  De corporatie breidt haar sociale huurvoorraad uit met netto 60 woningen.

2.2  De gemeente bestemt 30% van de nieuwbouw voor sociale huur.

3  BETAALBAARHEID

3.1  De corporatie verhoogt de huren met niet meer dan de inflatie.

BIJLAGE 1  JAARSCHIJF 2026

1. De corporatie start de bouw van 20 woningen in plan De Brink.

2. De gemeente laat een woningbehoefteonderzoek uitvoeren in de kleine kernen.

3. Partijen stellen uiterlijk 15 december 2026 de jaarschijf 2027 vast.
`;

  it('keeps the appendix\'s agreements, of the year\'s kind, with the appendix\'s title as their theme', () => {
    const doc = extractDocument(text, { sourceName: 'brookhuizen.txt' });
    expect(doc.agreements.map((a) => [a.number, a.kind])).toEqual([
      ['2.1', 'meerjarig'],
      ['2.2', 'meerjarig'],
      ['3.1', 'meerjarig'],
      ['1', 'jaarafspraak'],
      ['2', 'jaarafspraak'],
      ['3', 'jaarafspraak'],
    ]);
    expect(doc.agreements[3]!.chapterTitle).toBe('Jaarschijf 2026');
  });
});

describe('slides exported to text ("Dia 4", a title, bullets, "Notities:")', () => {
  const text = `Dia 1
Prestatieafspraken Lindeveld 2026-2029
Bewonersavond – 3 maart 2026

Dia 2
Wie maken de afspraken?
• Gemeente Lindeveld
• Woonstichting Lindewoning (hierna: Lindewoning)
• Huurdersraad Lindeveld

Notities:
Lindewoning verhuurt 2.400 woningen. Dit is geen afspraak.

Dia 3
Meerjarig | Nieuwbouw
• Lindewoning bouwt tot en met 2029 minimaal 120 sociale huurwoningen
• Gemeente: in elk bouwplan minimaal 30% sociale huur

Notities:
In 2025 zijn 35 woningen opgeleverd.

Dia 4
Jaarschijf 2026 (1/2)
• Lindewoning + gemeente: 14 flexwoningen bij het station
• Huurdersraad Lindeveld houdt twee huurdersavonden

Dia 5
Vragen?
• Mail naar afspraken@lindewoning.example
`;

  it('reads the bullets of the slides as agreements, not the notes or a slide that asks a question', () => {
    const doc = extractDocument(text, { sourceName: 'lindeveld.txt' });
    expect(doc.agreements.map((a) => [a.number, a.kind])).toEqual([
      ['1', 'meerjarig'],
      ['2', 'meerjarig'],
      ['3', 'jaarafspraak'],
      ['4', 'jaarafspraak'],
    ]);
    expect(doc.agreements[0]!.chapterTitle).toBe('Nieuwbouw');
    expect(doc.agreements.some((a) => /2\.400|35 woningen|afspraken@/.test(a.multiYearText))).toBe(false);
    expect(doc.parties.map((p) => p.name)).toEqual(['Gemeente Lindeveld', 'Woonstichting Lindewoning', 'Huurdersraad Lindeveld']);
  });

  it('takes the names before the colon ("Lindewoning + gemeente:") as who is responsible, not as the title', () => {
    const doc = extractDocument(text, { sourceName: 'lindeveld.txt' });
    expect(doc.agreements[1]!.responsible).toEqual(['Gemeente']);
    expect(doc.agreements[2]!.responsible).toEqual(['Gemeente', 'Woonstichting Lindewoning']);
    expect(doc.agreements[2]!.title).not.toMatch(/^Lindewoning \+ gemeente$/);
  });
});

describe('an addendum that changes, drops and adds agreements', () => {
  const text = `Addendum 2026 op de Prestatieafspraken Wolderveen 2024-2027

Partijen: de gemeente Wolderveen, Woonstichting Woldhuis en Huurdersvereniging Wolderveen.

Dit addendum geldt van 1 januari 2026 tot 1 januari 2028.

Thema 1 Beschikbaarheid

Afspraak 1.2 wordt als volgt gewijzigd:
Nieuwe tekst: "Woldhuis levert in 2026 en 2027 samen 50 nieuwe sociale huurwoningen op."

Afspraak 1.4 vervalt.
De tijdelijke woningen aan de Dijkweg komen er niet.

Toegevoegd wordt afspraak 1.7:
"De gemeente wijst uiterlijk 1 juli 2026 een nieuwe locatie aan voor 16 tijdelijke woningen."

Thema 2 Wonen en zorg

In afspraak 2.1 wordt "uiterlijk eind 2025" vervangen door "uiterlijk 1 juli 2026".
`;

  it('reads each changed, dropped or added agreement under its own number', () => {
    const doc = extractDocument(text, { sourceName: 'wolderveen.txt' });
    expect(doc.agreements.map((a) => a.number)).toEqual(['1.2', '1.4', '1.7', '2.1']);
    expect(doc.agreements[2]!.multiYearText).toContain('16 tijdelijke woningen');
  });

  it('runs as long as the addendum says, not as the agreements it changes (their years are in its title)', () => {
    expect(extractDocument(text, { sourceName: 'wolderveen.txt' }).period).toEqual({ from: 2026, to: 2027 });
  });
});

describe('a list of agreements in an appendix, in two parts: a table of R-rows and "P1 Titel" paragraphs', () => {
  const text = `Prestatieafspraken Hattemerveld 2026-2027

Partijen: de gemeente Hattemerveld, Stichting Veluwonen en Huurdersvereniging De Schakel.

1. Inleiding

Dit zijn de afspraken voor twee jaar.

2. Onze visie

We willen dat iedereen passend woont.

Bijlage 1 Afsprakenlijst

A. Resultaatafspraken

Nr.\tAfspraak\tRegie\tGereed
R1\tVeluwonen levert 40 sociale huurwoningen op in Hattemerveld-Zuid.\tVeluwonen\tdecember 2027
R2\tDe gemeente verkoopt grond voor € 21.000 per woning.\tGemeente\tdoorlopend
R3\tVeluwonen isoleert 90 woningen naar label B.\tVeluwonen\teind 2027

B. Procesafspraken

P1 Bestuurlijk overleg
Partijen komen drie keer per jaar bijeen.
Regie: gemeente

P2 Bod
Veluwonen brengt uiterlijk 1 juli een bod uit.
Regie: Veluwonen
`;

  it('reads both parts: the rows and the paragraphs', () => {
    const doc = extractDocument(text, { sourceName: 'hattemerveld.txt' });
    expect(doc.agreements.map((a) => a.number).sort()).toEqual(['P1', 'P2', 'R1', 'R2', 'R3']);
    expect(doc.agreements.find((a) => a.number === 'P2')!.responsible).toEqual(['Stichting Veluwonen']);
    // The appendix's part headings are the themes.
    expect(doc.agreements.find((a) => a.number === 'R1')!.chapterTitle).toBe('Resultaatafspraken');
    expect(doc.agreements.find((a) => a.number === 'P1')!.chapterTitle).toBe('Procesafspraken');
  });
});

describe('one agreement per line, fields set apart by " | " and named in the cells', () => {
  const text = `Prestatieafspraken Zoutkamp-Noord 2026

Partijen: de gemeente Zoutkamp-Noord (Gemeente), Wadwonen (WW) en Huurdersvereniging Zoutkamp e.o. (HVZ).

Overzicht afspraken 2026

Nr. 1 | Nieuwbouw | WW start in 2026 met de bouw van 24 appartementen aan de Havenkade. | Trekker: WW | Gereed: Q2 2026
Nr. 2 | Betaalbaarheid | De gemeente zet een extra budgetcoach in voor huishoudens met schulden. | Trekker: Gemeente | Gereed: doorlopend
Nr. 3 | Leefbaarheid | Ieder jaar wordt in drie buurten een schouw gehouden met bewoners. | Trekker: – | Gereed: doorlopend
Nr. 4 | Participatie | HVZ krijgt een vast aanspreekpunt bij de gemeente. | Trekker: Gemeente, HVZ | Gereed: 2026
`;

  it('reads each line as an agreement with its number, theme and trekker', () => {
    const doc = extractDocument(text, { sourceName: 'zoutkamp.txt' });
    expect(doc.agreements.map((a) => [a.number, a.chapterTitle, a.responsible])).toEqual([
      ['1', 'Nieuwbouw', ['Wadwonen (WW)']],
      ['2', 'Betaalbaarheid', ['Gemeente']],
      ['3', 'Leefbaarheid', []],
      ['4', 'Participatie', ['Gemeente', 'Huurdersvereniging Zoutkamp e.o. (HVZ)']],
    ]);
    expect(doc.agreements[0]!.multiYearText).toContain('24 appartementen');
    expect(doc.agreements[0]!.multiYearText).not.toContain('Trekker');
  });

  it('keeps "e.o." in a party\'s name and reads the list past "c.a." and "Wooninc."', () => {
    expect(extractDocument(text, { sourceName: 'zoutkamp.txt' }).parties.map((p) => p.name)).toContain('Huurdersvereniging Zoutkamp e.o. (HVZ)');
    const list = `Prestatieafspraken Nuenen 2026\n\nPartijen: de gemeente Nuenen c.a. (Gem.), Woonstichting Kempenhof (WK), Stichting Dommelinc. (DI) en Huurdersvereniging Nuenen (HVN).\n\n1. Wonen\n\n1.1 WK bouwt 20 woningen.\n1.2 DI bouwt 12 woningen.\n`;
    expect(extractDocument(list, { sourceName: 'nuenen.txt' }).parties.map((p) => p.name)).toEqual([
      'Gemeente Nuenen',
      'Woonstichting Kempenhof (WK)',
      'Stichting Dommelinc. (DI)',
      'Huurdersvereniging Nuenen (HVN)',
    ]);
  });
});

describe('lettered chapters with agreements in Roman numerals ("Hoofdstuk A" / "### II. Titel")', () => {
  const item = (n: string, title: string, body: string, who: string) => `### ${n}. ${title}\n\n${body}\n\n*Verantwoordelijk: ${who}*\n`;
  const text = `# Prestatieafspraken Kollumerwâld 2026 en 2027

Deze afspraken zijn gemaakt tussen de gemeente Kollumerwâld, Woonstichting Lauwers (WL) en Huurdersplatform Kollum (HPK).

## Hoofdstuk A – Beschikbaarheid

${item('I', 'Nieuwbouw', 'WL bouwt 40 sociale huurwoningen in Kollum.', 'WL')}
${item('II', 'Tijdelijke woningen', 'De gemeente wijst een locatie aan voor 10 tijdelijke woningen.', 'gemeente')}
${item('III', 'Urgentie', 'Maximaal 10% van de vrijkomende woningen gaat naar urgenten.', 'gemeente, WL')}

## Hoofdstuk B – Betaalbaarheid

${item('I', 'Huurachterstand', 'WL meldt een achterstand na 30 dagen bij het sociaal team.', 'WL')}
${item('II', 'Energiecoaches', 'HPK leidt 8 energiecoaches op.', 'HPK')}
`;

  it('numbers each item with its chapter\'s letter, as the document cites it ("A.II")', () => {
    const doc = extractDocument(text, { sourceName: 'kollumerwald.md' });
    expect(doc.agreements.map((a) => [a.number, a.chapterTitle])).toEqual([
      ['A.I', 'Beschikbaarheid'],
      ['A.II', 'Beschikbaarheid'],
      ['A.III', 'Beschikbaarheid'],
      ['B.I', 'Betaalbaarheid'],
      ['B.II', 'Betaalbaarheid'],
    ]);
  });
});

describe('headings in Frisian and Dutch ("Wenjen / Wonen")', () => {
  const text = `Prestatieafspraken Tsjerkebuorren 2026-2028

Partijen: de gemeente Tsjerkebuorren, Wonen Fryslân (WF) en Huurdersferiening Tsjerkebuorren (HFT).

2 Wenjen / Wonen

2.1 WF bouwt 30 woningen in Burgum (Bergum).
2.2 De gemeente wijst twee locaties aan voor tijdelijke woningen.

3 Kwaliteit en duorsumens / Kwaliteit en duurzaamheid

3.1 WF isoleert 120 woningen naar label B.

4 Wenjen en soarch / Wonen en zorg

4.1 WF bouwt een woonzorgcomplex met 24 appartementen.
`;

  it('reads each as a chapter, however long, and names the theme in Dutch', () => {
    const doc = extractDocument(text, { sourceName: 'tsjerkebuorren.txt' });
    expect(doc.agreements.map((a) => [a.number, a.chapterTitle])).toEqual([
      ['2.1', 'Wonen'],
      ['2.2', 'Wonen'],
      ['3.1', 'Kwaliteit en duurzaamheid'],
      ['4.1', 'Wonen en zorg'],
    ]);
  });
});

describe('Markdown parts that say their kind ("## Deel 1 – Meerjarige afspraken", "## Deel 2 – Uitvoeringsagenda 2026")', () => {
  const text = `# Prestatieafspraken Geldersdal 2025-2028

**Partijen:** de gemeente Geldersdal, Woonstichting Dalwoning (WD) en Huurdersvereniging Geldersdal (HVG).

## Deel 1 – Meerjarige afspraken 2025-2028

### M1. Groei van de voorraad
WD breidt de sociale huurvoorraad uit met 100 woningen.

### M2. Betaalbare huren
WD houdt de huren onder de inflatie.

## Deel 2 – Uitvoeringsagenda 2026

| Nr. | Actie | Eigenaar | Q1 | Q2 | Q3 | Q4 |
|---|---|---|---|---|---|---|
| U1 | Start bouw 24 appartementen aan de Dalweg | WD | x | x |  |  |
| U2 | Huurdersavond over energie | HVG |  |  | x |  |
`;

  it('gives the agreements of each part its kind', () => {
    const doc = extractDocument(text, { sourceName: 'geldersdal.md' });
    expect(doc.agreements.map((a) => [a.number, a.kind])).toEqual([
      ['M1', 'meerjarig'],
      ['M2', 'meerjarig'],
      ['U1', 'jaarafspraak'],
      ['U2', 'jaarafspraak'],
    ]);
  });
});

describe('short forms explained only in an appendix "Bijlage: afkortingen"', () => {
  const text = `Prestatieafspraken Dommelhoek 2026-2029

GD · WDH · HVD

De gemeente Dommelhoek, WDH en HVD (zie Bijlage: afkortingen) maken met dit document afspraken.

Beschikbaarheid

▪ WDH voegt tussen 2026 en 2029 netto 120 sociale huurwoningen toe.
▪ GD wijst twee locaties aan voor tijdelijke woningen.

Betaalbaarheid

▪ HVD organiseert twee avonden over huurtoeslag.

Bijlage: afkortingen

GD        Gemeente Dommelhoek
HVD       Huurdersvereniging Dommelhoek
WDH       Woonstichting De Dommelhof
`;

  it('names the parties in full and reads the short forms in the text as them', () => {
    const doc = extractDocument(text, { sourceName: 'dommelhoek.txt' });
    expect(doc.parties.map((p) => p.name)).toEqual(['Gemeente Dommelhoek', 'Woonstichting De Dommelhof', 'Huurdersvereniging Dommelhoek']);
    expect(doc.agreements[0]!.responsible).toEqual(['Woonstichting De Dommelhof']);
  });
});
