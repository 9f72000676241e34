import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import type { QaService } from '../../src/qa/qa-service.js';
import { qaOverTexts } from '../helpers/qa-over-texts.js';

// An invented municipality; numbering restarts per theme, titles in Markdown bold.
const text = `# Prestatieafspraken Nederbeek 2026-2029

Partijen: de gemeente Nederbeek, Woonstichting Beekdal en Huurdersvereniging Nederbeek (HVN).

## Thema: Betaalbaarheid

1. **Huurbeleid**  
   De huren stijgen niet harder dan de inflatie.
   - Beekdal verhoogt de huur met ten hoogste de inflatie.
   - HVN geeft vóór 1 april advies over het huurvoorstel.

2. **Energiefonds**  
   De gemeente vult het energiefonds aan met € 80.000.

## Thema: Duurzaamheid

1. **Isolatie**  
   Beekdal isoleert 300 woningen.

2. **Zonnepanelen**  
   Beekdal legt zonnepanelen op 450 woningen.
   - HVN organiseert twee informatieavonden.
`;

let qa: QaService;
let cleanup: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ qa, cleanup } = await qaOverTexts({ 'nederbeek.md': text }));
}, 60_000);
afterAll(async () => cleanup?.());

describe('a short party list and a theme that locates', () => {
  it('keeps Markdown bold out of a numbered item\'s title', () => {
    expect(extractDocument(text, { sourceName: 'nederbeek.md' }).agreements.map((a) => a.title)).toEqual(['Huurbeleid', 'Energiefonds', 'Isolatie', 'Zonnepanelen']);
  });

  it('reads "thema duurzaamheid, punt 2" as where the agreement is, and answers with its text', async () => {
    const r = await qa.ask('Nederbeek, thema duurzaamheid, punt 2: wat is daar afgesproken?');
    expect(r.citations.map((c) => c.number)).toEqual(['2.2']);
    expect(r.answer).toContain('450 woningen');
  });

  it('still answers "wat is het thema van 2.2" with the theme', async () => {
    expect((await qa.ask('wat is het thema van 2.2 in Nederbeek?')).answer).toMatch(/valt onder het thema Duurzaamheid/);
  });

  it('says per agreement what a party does when its list is short', async () => {
    const r = await qa.ask('Wat doet HVN allemaal?');
    expect(r.citations.map((c) => c.number)).toEqual(['1.1', '2.2']);
    expect(r.answer).toContain('Huurbeleid: HVN geeft vóór 1 april advies over het huurvoorstel.');
    expect(r.answer).toContain('Zonnepanelen: HVN organiseert twee informatieavonden.');
  });
});
