import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQaService, type QaService } from '../../src/qa/qa-service.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { createSearchStore } from '../../src/storage/search-store.js';
import { plantedDocument } from '../fixtures/qa/planted-document.js';
import { loadSamples } from '../helpers/load-samples.js';
import { openTempDb } from '../helpers/temp-db.js';

let db: Awaited<ReturnType<typeof openTempDb>>;
let qa: QaService;

beforeAll(async () => {
  db = await openTempDb();
  const agreements = createAgreementRepository(db);
  qa = createQaService({ agreements, store: createSearchStore(db) });
  await loadSamples(db, qa.indexer);
  const saved = await agreements.saveDocument(plantedDocument, { sourceName: 'testdorp.txt', format: 'txt', contentHash: createHash('sha256').update('testdorp').digest('hex') });
  await qa.indexer.indexDocument(saved.documentId);
}, 60_000);
afterAll(async () => db?.cleanup());

describe('search and ask on the sample documents', () => {
  it('finds the agreement whose title matches a compound in the question', async () => {
    const { results } = await qa.search('Wat is er afgesproken over woonwagenlocaties?');
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]!.municipality).toBe('Almelo');
    expect(results[0]!.passage.toLowerCase()).toContain('woonwage');
  });

  it('restricts to the municipality named in the question', async () => {
    const { results, filters } = await qa.search('Wat doen we aan verduurzaming in Almere?');
    expect(filters.municipalities).toEqual(['Almere']);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.municipality === 'Almere')).toBe(true);
  });

  it('takes municipality and year as options', async () => {
    const { results, filters } = await qa.search('verduurzaming', { municipality: 'Almelo', year: 2026, limit: 3 });
    expect(filters).toMatchObject({ municipalities: ['Almelo'], year: 2026 });
    expect(results.length).toBeLessThanOrEqual(3);
    expect(results.every((r) => r.municipality === 'Almelo')).toBe(true);
  });

  it('answers extractively with municipality, number, title and the numbers as written', async () => {
    const r = await qa.ask('Hoeveel bomen plant de gemeente in Testdorp?');
    expect(r.found).toBe(true);
    expect(r.usedModel).toBe(false);
    expect(r.citations[0]).toMatchObject({ municipality: 'Testdorp', number: '2', title: 'Groen in de wijk' });
    expect(r.answer).toContain('Testdorp 2 — Groen in de wijk');
    expect(r.answer).toContain('300 bomen');
  });

  it('never quotes a planted instruction in an extractive answer', async () => {
    const r = await qa.ask('Wat doet Klokkenbeek tegen geluidsoverlast?');
    expect(r.found).toBe(true);
    expect(r.citations[0]).toMatchObject({ municipality: 'Testdorp', number: '1' });
    expect(r.answer).toContain('120 portiekflats');
    expect(r.answer).not.toMatch(/negeer/i);
  });

  it('says plainly that nothing was found, with themes that exist and no citations', async () => {
    const r = await qa.ask('Wat is afgesproken over de aanleg van een skatepark?');
    expect(r.found).toBe(false);
    expect(r.citations).toEqual([]);
    expect(r.answer).toMatch(/^Ik vond geen afspraak over de aanleg van een skatepark\./);
    expect(r.answer).toContain('Leefbaarheid');
  });

  it('answers an English question with English framing', async () => {
    const r = await qa.ask('How many trees will the municipality plant in Testdorp?');
    expect(r.answer.startsWith('I found')).toBe(true);
    const selling = await qa.ask('What did we agree about selling homes in Almelo?');
    expect(selling.found).toBe(true);
    expect(selling.citations.map((c) => `${c.municipality} ${c.number}`)).toContain('Almelo 3');
    const none = await qa.ask('What was agreed about the skatepark?');
    expect(none.found).toBe(false);
    expect(none.answer).toMatch(/^I found no agreement/);
  });

  it('understands a follow-up as the previous question with one filter replaced', async () => {
    const first = await qa.ask('Wat is afgesproken over verduurzaming in Almere?');
    expect(first.context.filters.municipalities).toEqual(['Almere']);
    const json = JSON.parse(JSON.stringify(first.context));
    const next = await qa.ask('en in Almelo?', { context: json });
    expect(next.found).toBe(true);
    expect(next.context.filters.municipalities).toEqual(['Almelo']);
    expect(next.citations.every((c) => c.municipality === 'Almelo')).toBe(true);
    const party = await qa.ask('en Sint Joseph?', { context: first.context });
    expect(party.context.filters).toMatchObject({ municipalities: ['Almelo'], party: 'Sint Joseph' });
    const year = await qa.ask('and in 2025?', { context: next.context });
    expect(year.context.filters).toMatchObject({ municipalities: ['Almelo'], year: 2025 });
  });

  it('re-indexes everything on demand', async () => {
    expect(await qa.reindexAll()).toBeGreaterThan(40);
  });
});
