import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../src/core/agreement.js';
import { createQaService, type AskResult, type QaService } from '../../src/qa/qa-service.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { createSearchStore } from '../../src/storage/search-store.js';
import { dalvoorde, lochem } from '../fixtures/qa/class-documents.js';
import { openTempDb } from '../helpers/temp-db.js';

let db: Awaited<ReturnType<typeof openTempDb>>;
let qa: QaService;

async function store(doc: ExtractedDocument) {
  const saved = await createAgreementRepository(db).saveDocument(doc, { sourceName: `${doc.municipality}.txt`, format: 'txt', contentHash: createHash('sha256').update(doc.title).digest('hex') });
  await qa.indexer.indexDocument(saved.documentId);
}

beforeAll(async () => {
  db = await openTempDb();
  qa = createQaService({ agreements: createAgreementRepository(db), store: createSearchStore(db) });
  await store(dalvoorde);
  await store(lochem);
}, 60_000);
afterAll(async () => db?.cleanup());

const cited = (r: AskResult) => r.citations.map((c) => `${c.municipality} ${c.number}`);

describe('questions by class, on documents of other municipalities', () => {
  it('literal: finds the agreement and leads with the sentence holding the number', async () => {
    const r = await qa.ask('Hoeveel sociale huurwoningen bouwt Dalwonen in de periode 2026-2029?');
    expect(cited(r)[0]).toBe('Dalvoorde 1.1');
    expect(r.answer.split('\n')[0]).toContain('180 sociale huurwoningen');
    expect(r.answer).toContain('(Dalvoorde 1.1 — Nieuwbouw sociale huur)');
  });

  it('literal: answers instead of refusing when the words are in an agreement ("D-label", "looptijd")', async () => {
    const r = await qa.ask('Hoeveel woningen met een D-label mogen er in Dalvoorde aan het eind van de looptijd nog zijn?');
    expect(r.found).toBe(true);
    expect(cited(r)[0]).toBe('Dalvoorde 2.1');
    expect(r.answer).toContain('minder dan 50');
  });

  it('paraphrase: "aangepast" finds bijstellen, "beëindigd" finds opzeggen, "hoe lang" finds the period', async () => {
    expect(cited(await qa.ask('Kunnen de afspraken in Dalvoorde tussentijds worden aangepast?'))[0]).toBe('Dalvoorde 5.2');
    expect(cited(await qa.ask('Wanneer mogen de afspraken in Dalvoorde worden beëindigd?'))[0]).toBe('Dalvoorde 5.3');
    const period = await qa.ask('Hoe lang lopen de afspraken in Dalvoorde?');
    expect(cited(period)[0]).toBe('Dalvoorde 5.1');
    expect(period.answer).toContain('31 december 2029');
  });

  it('typo: answers as if typed without typos, and says how it read the question', async () => {
    const r = await qa.ask('hoevel statushoudrs huisvest dalvoorde in 2026');
    expect(cited(r)[0]).toBe('Dalvoorde 1.3');
    expect(r.answer).toContain('34 personen');
    expect(r.answer).toMatch(/statushoudrs → statushouders?/);
    // Two question words typed as one are no topic to refuse on.
    const glued = await qa.ask('watvoor looptijd hebben de afspraken in Dalvoorde?');
    expect(glued.found).toBe(true);
    expect(cited(glued)[0]).toBe('Dalvoorde 5.1');
    // A comparative the texts do not use is read as its adjective ("lagere" → laag).
    const lower = await qa.ask('Wat krijgen huishoudens met lagere inkomens in Dalvoorde?');
    expect(lower.found).toBe(true);
    expect(lower.answer).toContain('huurbevriezing');
    const party = await qa.ask('Wat moet Stichting Berkelhuys doen?');
    expect(party.kind).toBe('list');
    expect(party.answer).toMatch(/^Stichting Berkelhuis heeft/);
  });

  it('municipality: an adjective names the municipality, and only its agreements are cited', async () => {
    const r = await qa.ask('Wat is in de Lochemse afspraken geregeld over de huurverhoging?');
    expect(cited(r)).toEqual(['Lochem 6']);
    expect(r.context.filters.municipalities).toEqual(['Lochem']);
  });

  it('absent municipality: says there are no agreements of it and lists those there are', async () => {
    for (const q of ['Hoeveel woningen verkoopt de corporatie in Staphorst?', 'Wat zijn de Groningse afspraken over huurverhoging?']) {
      const r = await qa.ask(q);
      expect(r).toMatchObject({ found: false, refusal: 'absent-municipality', citations: [] });
      expect(r.answer).toMatch(/^Ik heb geen afspraken van (Staphorst|Groningen)\. Wel van: Dalvoorde, Lochem\.$/);
    }
  });

  it('party: lists the agreements of a party, named in full or by its abbreviation', async () => {
    const berkelhuis = await qa.ask('welke afspraken heeft Stichting Berkelhuis?');
    expect(berkelhuis.kind).toBe('list');
    expect(cited(berkelhuis)).toEqual(expect.arrayContaining(['Lochem 1', 'Lochem 2', 'Lochem 6']));
    expect(cited(berkelhuis)).not.toContain('Lochem 4');
    const hvd = await qa.ask('wat moet de HVD doen?');
    expect(cited(hvd)[0]).toBe('Dalvoorde 4.1');
    expect(hvd.answer).toMatch(/^Huurdersvereniging Dalvoorde \(HVD\) heeft \d+ afspraken? in Dalvoorde:/);
  });

  it('unknown party: says the organisation is unknown and names the known ones', async () => {
    const r = await qa.ask('Wat moet Mijn Huis doen?');
    expect(r).toMatchObject({ found: false, refusal: 'unknown-party', citations: [] });
    expect(r.answer).toContain("Ik ken geen partij 'Mijn Huis' in de afspraken. Bekende partijen:");
    expect(r.answer).toContain('Stichting Berkelhuis');
  });

  it('reference: "2.2 van Dalvoorde", "Lochem 4" and "afspraak 9" of a municipality without it', async () => {
    const r = await qa.ask('wat staat er in 2.2 van Dalvoorde?');
    expect(r.kind).toBe('agreement');
    expect(cited(r)).toEqual(['Dalvoorde 2.2']);
    expect(r.answer).toContain('240 corporatiewoningen');
    expect(cited(await qa.ask('Lochem 4'))).toEqual(['Lochem 4']);
    const missing = await qa.ask('afspraak 9 van Lochem');
    expect(missing).toMatchObject({ found: false, refusal: 'unknown-agreement', citations: [] });
  });

  it('field: the trekker or theme of one agreement', async () => {
    const who = await qa.ask('wie is trekker van afspraak 2.1 in Dalvoorde?');
    expect(who.answer).toBe('Regie op realisatie bij Dalvoorde 2.1 (Isolatie en energielabels): Woonstichting Dalwonen.');
    const theme = await qa.ask('Onder welk thema valt afspraak 4 van Lochem?');
    expect(theme.answer).toContain('valt onder het thema Duurzaamheid');
  });

  it('table: quotes the cell with its row and column', async () => {
    const r = await qa.ask('hoeveel sociale huurwoningen levert Woonbedrijf IJsselland in 2027 op?');
    expect(r.kind).toBe('table');
    expect(r.answer).toBe('Woonbedrijf IJsselland, 2027: 60 (uit de tabel bij afspraak Lochem 1 — Productieafspraken sociale huur).');
    expect(cited(r)).toEqual(['Lochem 1']);
  });

  it('follow-up: carries the topic only when the new question has none of its own', async () => {
    const first = await qa.ask('Wat is de huurverhoging in Dalvoorde?');
    expect(cited(first)[0]).toBe('Dalvoorde 3.1');
    const next = await qa.ask('en in Lochem?', { context: first.context });
    expect(cited(next)).toEqual(['Lochem 6']);
    const own = await qa.ask('wat moet de HVD doen?', { context: next.context });
    expect(own.kind).toBe('list');
    expect(cited(own)[0]).toBe('Dalvoorde 4.1');
  });

  it('follow-up: "wie is daar de trekker van?" asks a field of the previous topic; "en het jaar daarna?" moves the year', async () => {
    const first = await qa.ask('Welke afspraken zijn er in Dalvoorde over nieuwbouw?');
    expect(cited(first)[0]).toBe('Dalvoorde 1.1');
    const who = await qa.ask('wie is daar verantwoordelijk voor?', { context: first.context });
    expect(who.kind).toBe('field');
    expect(cited(who)).toEqual(['Dalvoorde 1.1']);
    const table = await qa.ask('hoeveel sociale huurwoningen levert Woonbedrijf IJsselland in 2026 op?');
    const later = await qa.ask('en het jaar daarna?', { context: table.context });
    expect(later.context.filters.year).toBe(2027);
    expect(later.answer).toContain('2027: 60');
  });

  it('follow-up: "geldt dat ook voor …?" narrows the previous topic, its own unknown words no reason to refuse', async () => {
    const first = await qa.ask('Wat is de huurverhoging in Dalvoorde?');
    expect(cited(first)[0]).toBe('Dalvoorde 3.1');
    const next = await qa.ask('Geldt dat ook voor de duurdere woningen?', { context: first.context });
    expect(next.found).toBe(true);
    expect(cited(next)[0]).toBe('Dalvoorde 3.1');
    // Without the pointing back it is a question of its own.
    const own = await qa.ask('Wat is er afgesproken over de duurdere woningen?', { context: first.context });
    expect(own.context.query).not.toContain('huurverhoging');
  });

  it('party with a year: the agreements whose text names that year come first, the rest of the period after', async () => {
    const r = await qa.ask('Wat moet Dalwonen in 2026 doen?');
    expect(r.kind).toBe('list');
    const order = cited(r);
    // 1.2 (no year in its text) comes after 3.1 ("in 2026 en 2027"), though its number is lower.
    expect(order.indexOf('Dalvoorde 3.1')).toBeLessThan(order.indexOf('Dalvoorde 1.2'));
    expect(order).toContain('Dalvoorde 1.2');
  });

  it('follow-up to a municipality without agreements: refused, not answered from the previous municipality', async () => {
    const first = await qa.ask('Wat is de huurverhoging in Dalvoorde?');
    const next = await qa.ask('en in Zoetermeer?', { context: first.context });
    expect(next.found).toBe(false);
    expect(next.citations).toEqual([]);
    expect(next.answer).toContain('Zoetermeer');
  });

  it('a question with a story around it: family words and an age are no topic to refuse on', async () => {
    const r = await qa.ask('Mijn oma van 81 wil kleiner wonen. Wat bouwt Dalwonen in Oosterbroek?');
    expect(r.found).toBe(true);
    expect(cited(r)[0]).toBe('Dalvoorde 1.1');
    const where = await qa.ask('In welke wijk is dat?', { context: r.context });
    expect(cited(where)[0]).toBe('Dalvoorde 1.1');
    const ref = await qa.ask('Dalvoorde 1.1, waar gaat dat over?');
    expect(ref.kind).toBe('agreement');
    expect(cited(ref)).toEqual(['Dalvoorde 1.1']);
  });

  it('reference by chapter name: "afspraak 2 uit het hoofdstuk betaalbaarheid" is the second of that chapter', async () => {
    const r = await qa.ask('Wat houdt afspraak 1 uit het hoofdstuk betaalbaarheid van Dalvoorde in?');
    expect(r.kind).toBe('agreement');
    expect(cited(r)).toEqual(['Dalvoorde 3.1']);
  });

  it('cross-municipality: two municipalities named, the best agreement of each comes first', async () => {
    const r = await qa.ask('Wat spraken Dalvoorde en Lochem af over de huurverhoging?');
    expect(cited(r).slice(0, 2).sort()).toEqual(['Dalvoorde 3.1', 'Lochem 6']);
  });

  it('"dit jaar" and "volgend jaar" are counted from today in Amsterdam', async () => {
    const now = Number(new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date()));
    expect((await qa.ask('Wat moet Dalwonen dit jaar doen?')).context.filters.year).toBe(now);
    expect((await qa.ask('Wat moet Dalwonen volgend jaar doen?')).context.filters.year).toBe(now + 1);
  });

  it('fact: the sentence with the asked percentage comes first', async () => {
    const r = await qa.ask('Welk percentage van de vrijkomende woningen gaat in Dalvoorde naar urgenten?');
    expect(cited(r)[0]).toBe('Dalvoorde 1.4');
    expect(r.answer.startsWith('Maximaal 20% van de vrijkomende sociale huurwoningen')).toBe(true);
  });

  it('unanswerable: refuses without citations when a topic word is in no agreement', async () => {
    const r = await qa.ask('Hoeveel laadpalen komen er bij de flats in Dalvoorde?');
    expect(r).toMatchObject({ found: false, refusal: 'not-found', citations: [] });
    expect(r.answer).toMatch(/^Ik vond geen afspraak over laadpalen( of flats)?\./);
  });

  it('unknown word beside a rare one: the closest agreement, said as such, not a refusal ("dakisolatie" beside "zonnepanelen")', async () => {
    const r = await qa.ask('Wat is er afgesproken over zonnepanelen en dakisolatie bij grondgebonden woningen?');
    expect(r.kind).toBe('closest');
    expect(r.answer).toMatch(/^Ik vond geen afspraak die precies .*gaat\. Het dichtst in de buurt komen:/);
    expect(r.answer).toContain('zonnepanelen op 300 grondgebonden woningen');
  });

  it('a yes/no question opening with a verb the texts lack ("Verwezenlijkt … ?") still finds the agreement', async () => {
    const r = await qa.ask('Verwezenlijkt Stichting Berkelhuis in 2026 flexwoningen?');
    expect(r.found).toBe(true);
    expect(cited(r)[0]).toBe('Lochem 2');
  });

  it('unknown word beside common ones only: refused ("hond of kat" beside "huurders")', async () => {
    const r = await qa.ask('Mogen huurders volgens de afspraken een hond of kat houden?');
    expect(r).toMatchObject({ found: false, refusal: 'not-found', citations: [] });
  });

  it('closest: words that occur, but not together, give the closest agreements said as such', async () => {
    const r = await qa.ask('Welke afspraken gaan over verkoop, zonnepanelen en flexwoningen tegelijk?');
    expect(r.kind).toBe('closest');
    expect(r.answer).toMatch(/^Ik vond geen afspraak die precies .*gaat\. Het dichtst in de buurt komen:/);
    expect(r.citations.length).toBeGreaterThan(0);
  });

  it('shows each passage once: citations carry no quote of their own', async () => {
    const r = await qa.ask('Hoeveel flexwoningen plaatst Stichting Berkelhuis in 2026?');
    expect(r.answer).toContain('24 flexwoningen');
    expect(r.citations.every((c) => c.passage === undefined)).toBe(true);
  });
});
