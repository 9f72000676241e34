import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAgreementNumber } from '../../src/core/agreement.js';
import { findNumberMentions } from '../../src/qa/question/reference.js';
import type { QaService } from '../../src/qa/qa-service.js';
import { qaOverTexts } from '../helpers/qa-over-texts.js';

// Invented agreements for a real municipality: theme codes of three letters, a village, everyday words.
const text = `# Prestatieafspraken Gorinchem 2026-2029

Partijen: de gemeente Gorinchem, Woonstichting Lingezoom en Huurdersvereniging De Vestingwal.

## Beschikbaarheid

### BES-1 Nieuwbouw Lingewijk
Lingezoom bouwt in de Lingewijk 140 sociale huurwoningen. Het aantal is afgesproken met de gemeente en wordt jaarlijks gevolgd.

### BES-2 Hospitaverhuur
De gemeente staat hospitaverhuur in sociale huurwoningen toe; Lingezoom start een proef in 25 woningen.

### BES-3 Arbeidsmigranten
De gemeente stelt in 2026 beleid vast voor de huisvesting van arbeidsmigranten in de Avelingen.

### BES-4 Zelfbewoningsplicht
De gemeente voert een zelfbewoningsplicht in voor nieuwe koopwoningen tot € 390.000.

## Kwaliteit

### KWA-1 Loodleidingen
Lingezoom vervangt in 2026 de loodleidingen in 85 woningen in het dorp Arkel.

### KWA-2 Labels
Lingezoom brengt als corporatie alle woningen met de slechtste energielabels naar label B voor 2028.

### KWA-3 Servicekosten
Lingezoom rekent de servicekosten van het complex De Hoogwaard voor 1 juli af; De Vestingwal controleert de afrekening.
`;

let qa: QaService;
let cleanup: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ qa, cleanup } = await qaOverTexts({ 'gorinchem.md': text }));
}, 60_000);
afterAll(async () => cleanup?.());

const cited = async (question: string) => (await qa.ask(question)).citations.map((c) => c.number);

describe('theme codes as references', () => {
  it('reads "BES-4" and "LEEF-2" as agreement numbers, in capitals or not', () => {
    expect(parseAgreementNumber('leef-2')).toBe('LEEF-2');
    expect(findNumberMentions('wat staat er in LEEF-2?', []).map((m) => m.number)).toEqual(['LEEF-2']);
    expect(findNumberMentions('afspraak bes-4', []).map((m) => m.number)).toEqual(['BES-4']);
  });

  it('answers "Wat houdt BES-4 in?" with that agreement, not as an unknown organisation', async () => {
    expect(await cited('Wat houdt BES-4 in?')).toEqual(['BES-4']);
  });
});

describe('questions in everyday words', () => {
  it('places a mistyped village ("Arkl") and corrects the topic', async () => {
    expect((await cited('wat is er afgesproken over loodleidignen in Arkl?'))[0]).toBe('KWA-1');
  });

  it('matches a two-word phrase with small words between ("een kamer aan iemand anders verhuren")', async () => {
    expect((await cited('Mag je als huurder een kamer aan iemand anders verhuren?'))[0]).toBe('BES-2');
  });

  it('reads "Gorcumse" as Gorinchem and "E, F of G" as labels, not as an organisation', async () => {
    const r = await qa.ask('Hoe pakken de Gorcumse corporaties woningen met energielabel E, F of G aan?');
    expect(r.citations[0]?.number).toBe('KWA-2');
  });

  it('takes a slip in a question word ("afgesprooken") for that word, not for the topic', async () => {
    expect(await cited('wat is afgesprooken over de servicekostne')).toEqual(['KWA-3']);
  });

  it('finds "arbeidsmigranten" for "onderdak van buitenlandse werknemers"', async () => {
    expect((await cited('Wat is er geregeld voor het onderdak van buitenlandse werknemers?'))[0]).toBe('BES-3');
  });
});
