import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAgreementNumber } from '../../src/core/agreement.js';
import { findNumberMentions } from '../../src/qa/question/reference.js';
import type { QaService } from '../../src/qa/qa-service.js';
import { qaOverTexts } from '../helpers/qa-over-texts.js';

// Invented agreements for a real municipality, numbered chapter-hyphen-number as some documents print them.
const text = `Prestatieafspraken Zeist 2026-2029

Partijen: de gemeente Zeist, Woonstichting Heuvelrug en Huurdersvereniging Het Slot.

1 Betaalbaarheid

1-1 Huurbeleid
Heuvelrug verhoogt de huur met ten hoogste de inflatie.

1-2 Huurachterstand
Bij een achterstand neemt Heuvelrug binnen 5 werkdagen contact op met de huurder.

2 Leefbaarheid

2-1 Ondermijning
De gemeente sluit een woning voor drie maanden bij een drugsvondst.

2-2 Verduurzaming
Uiterlijk eind 2028 hebben alle woningen van Heuvelrug minimaal label B.

2-3 Verkoop
Heuvelrug verkoopt ten hoogste 12 woningen per jaar.

2-4 Initiatieven
De gemeente stelt jaarlijks een initiatievenbudget van € 15.000 beschikbaar voor bewoners.
`;

let qa: QaService;
let cleanup: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ qa, cleanup } = await qaOverTexts({ 'zeist.txt': text }));
}, 60_000);
afterAll(async () => cleanup?.());

const cited = async (question: string) => (await qa.ask(question)).citations.map((c) => c.number);

describe('numbers written as the document prints them', () => {
  it('reads "2-2", "bod 7" and "2b" as agreement numbers', () => {
    expect(parseAgreementNumber('2-02')).toBe('2-2');
    expect(findNumberMentions('Montfoort bod 7?', []).map((m) => m.number)).toEqual(['7']);
    expect(findNumberMentions('wat houdt afspraak 2b in?', []).map((m) => m.number)).toEqual(['2b']);
    expect(findNumberMentions('Tiel vraag 13', [{ start: 0, end: 4 }]).map((m) => m.number)).toEqual(['13']);
  });

  it('reads a number written as a word after the keyword ("afspraak drie"), not an amount or the article', () => {
    const numbers = (q: string) => findNumberMentions(q, []).map((m) => m.number);
    expect(numbers('wat staat er in afspraak drie van Zeist')).toEqual(['3']);
    expect(numbers('Zeist actie Twaalf?')).toEqual(['12']);
    expect(numbers('afspraak vijftien')).toEqual(['15']);
    expect(numbers('is er een afspraak een keer per jaar te overleggen')).toEqual([]);
    expect(numbers('welke afspraak twee keer per jaar')).toEqual([]);
  });

  it('answers "Zeist 2-2" and "1-2 van het Zeister jaarplan" with those agreements', async () => {
    expect(await cited('Zeist 2-2')).toEqual(['2-2']);
    expect(await cited('Wat staat er in 1-2 van het Zeister jaarplan?')).toEqual(['1-2']);
  });
});

describe('words the texts hold in other forms', () => {
  it('does not refuse "drugs" when the text speaks of a "drugsvondst"', async () => {
    expect((await cited('Wat doen ze als er drugs in een woning worden gevonden?'))[0]).toBe('2-1');
  });

  it('reads "van de hand" as selling and "een potje om zelf iets leuks te organiseren" as an initiatives budget', async () => {
    expect((await cited('Doet Heuvelrug huurhuizen van de hand?'))[0]).toBe('2-3');
    expect((await cited('Is er een potje voor bewoners die zelf iets leuks willen organiseren?'))[0]).toBe('2-4');
  });

  it('reads "zuinig" as about energy labels and sustainability', async () => {
    expect((await cited('Hoe zuinig moeten de woningen worden?'))[0]).toBe('2-2');
  });
});
