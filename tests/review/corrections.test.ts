/**
 * Coordinators' corrections on the real app and database: they are kept with who and when, every reader
 * (repository, Q&A and its index, progress) sees them, and they survive re-ingesting the same file and a
 * new version whose numbers moved and whose texts changed. The review state follows the agreements.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/core/errors.js';
import { fixture, MUNICIPALITY, startReviewApp, steppingClock, type ReviewApp } from './support.js';

const clock = steppingClock();
let h: ReviewApp;
let documentId = '';

beforeAll(async () => {
  h = await startReviewApp({ clock });
  documentId = (await veenhoven()).document.id;
});
afterAll(async () => {
  await h?.close();
});

const reviews = () => h.app.services.reviews;
const veenhoven = async () => (await reviews().listDocuments()).find((d) => d.document.municipality === MUNICIPALITY)!;
const refusal = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DomainError);
  return err as DomainError;
};

describe('correcting an agreement', () => {
  it('stores the corrected fields with who and when, and every reader sees them', async () => {
    const vera = await h.person('vh-coord');
    const sale = await h.agreementWith('verkoopt in 2026');
    const extractedTitle = sale.title;
    clock.advance(5);
    const result = await reviews().correct(vera, sale.id, { title: 'Verkoop en vervreemding van huurwoningen', responsible: 'woonstichting veenland, Gemeente' });
    expect(result.changed.sort()).toEqual(['responsible', 'title']);

    const corrected = await h.app.services.agreements.getAgreement(MUNICIPALITY, sale.number);
    expect(corrected?.title).toBe('Verkoop en vervreemding van huurwoningen');
    // Typed names take the document's spelling.
    expect(corrected?.responsible).toEqual(['Woonstichting Veenland', 'Gemeente']);
    expect((await h.app.services.agreements.listAgreements({ municipality: MUNICIPALITY })).find((a) => a.id === sale.id)?.title).toBe('Verkoop en vervreemding van huurwoningen');

    const review = await reviews().review(documentId);
    const row = review!.agreements.find((r) => r.agreement.id === sale.id)!;
    expect(row.extracted.title).toBe(extractedTitle);
    expect(row.corrections.map((c) => [c.field, c.by.name, c.at.toISOString()])).toEqual([
      ['title', 'Vera Coördinator', clock.now().toISOString()],
      ['responsible', 'Vera Coördinator', clock.now().toISOString()],
    ]);
  });

  it('re-indexes the document, so answers cite the corrected title', async () => {
    const { citations } = await h.app.services.qa.ask('Hoeveel huurwoningen verkoopt Woonstichting Veenland in 2026 in Veenhoven?');
    expect(citations[0]).toMatchObject({ municipality: MUNICIPALITY, title: 'Verkoop en vervreemding van huurwoningen' });
    // Only the corrected title has this word: found through the re-indexed search fields.
    const { results } = await h.app.services.qa.search('vervreemding', { municipality: MUNICIPALITY });
    expect(results[0]?.title).toBe('Verkoop en vervreemding van huurwoningen');
  });

  it('refuses a word for a number, a taken number and an empty title, and changes nothing', async () => {
    const vera = await h.person('vh-coord');
    const build = await h.agreementWith('120 sociale huurwoningen');
    const other = await h.agreementWith('bouwlocaties');
    expect((await refusal(reviews().correct(vera, build.id, { number: 'vijftien' }))).message).toContain("'vijftien' is geen afspraaknummer");
    expect((await refusal(reviews().correct(vera, build.id, { number: other.number }))).message).toContain(`Nummer ${other.number} is in dit document al van afspraak`);
    expect((await refusal(reviews().correct(vera, build.id, { title: '   ' }))).message).toContain('titel mag niet leeg');
    expect((await refusal(reviews().correct(vera, build.id, { kind: 'heel belangrijk' }))).message).toContain("'heel belangrijk' is geen soort");
    const after = await h.app.services.agreements.getAgreement(MUNICIPALITY, build.number);
    expect(after).toMatchObject({ number: build.number, title: build.title, kind: build.kind });
  });

  it('refuses a reporter and a coordinator of another municipality, in the service', async () => {
    const build = await h.agreementWith('120 sociale huurwoningen');
    const rik = await h.person('vl-rik');
    const olga = await h.person('elders-coord');
    expect((await refusal(reviews().correct(rik, build.id, { title: 'Mag niet' }))).code).toBe('forbidden');
    expect((await refusal(reviews().correct(olga, build.id, { title: 'Mag niet' }))).code).toBe('forbidden');
    expect((await refusal(reviews().markReviewed(rik, documentId))).code).toBe('forbidden');
    expect((await h.app.services.agreements.getAgreement(MUNICIPALITY, build.number))?.title).toBe(build.title);
  });

  it('moves progress reports along with a corrected number', async () => {
    const vera = await h.person('vh-coord');
    const inspection = await h.agreementWith('schouw');
    const report = { municipality: MUNICIPALITY, quarter: '2026-Q4', number: inspection.number, party: 'Huurdersvereniging Veenhoven', status: 'on_track' };
    await h.app.db.prisma.progressReport.create({ data: { ...report, updatedBy: 'test' } });
    await h.app.db.prisma.progressReportChange.create({ data: { ...report, changedBy: 'test' } });
    await reviews().correct(vera, inspection.id, { number: 'L1', theme: 'Leefbaarheid en schoon', kind: 'focus' });

    expect(await h.app.services.agreements.getAgreement(MUNICIPALITY, 'L1')).toMatchObject({ id: inspection.id, chapterTitle: 'Leefbaarheid en schoon', kind: 'focus' });
    expect(await h.app.services.agreements.getAgreement(MUNICIPALITY, inspection.number)).toBeNull();
    const reports = await h.app.db.prisma.progressReport.findMany({ where: { municipality: MUNICIPALITY } });
    expect(reports.map((r) => r.number)).toEqual(['L1']);
    const changes = await h.app.db.prisma.progressReportChange.findMany({ where: { municipality: MUNICIPALITY } });
    expect(changes.map((r) => r.number)).toEqual(['L1']);
  });

  it('removes a correction when the value is set back to what was extracted', async () => {
    const vera = await h.person('vh-coord');
    const build = await h.agreementWith('120 sociale huurwoningen');
    await reviews().correct(vera, build.id, { kind: 'focus' });
    expect((await h.app.services.agreements.getAgreement(MUNICIPALITY, build.number))?.kind).toBe('focus');
    // The part an agreement stands in is a kind as well ("jaarschijf" for a year's part).
    await reviews().correct(vera, build.id, { kind: 'jaarschijf' });
    expect((await h.app.services.agreements.getAgreement(MUNICIPALITY, build.number))?.kind).toBe('jaarafspraak');
    await reviews().correct(vera, build.id, { kind: 'geen' });
    const row = (await reviews().review(documentId))!.agreements.find((r) => r.agreement.id === build.id)!;
    expect(row.corrections).toEqual([]);
    expect(row.agreement.kind).toBeNull();
  });
});

describe('re-ingesting', () => {
  it('keeps corrections and the review when the same file is ingested again', async () => {
    const vera = await h.person('vh-coord');
    clock.advance(5);
    await reviews().markReviewed(vera, documentId);
    const [again] = await h.app.services.ingest([fixture('veenhoven-v1.txt')]);
    expect(again).toMatchObject({ ok: true, status: 'unchanged' });
    expect((await h.agreementWith('verkoopt in 2026')).title).toBe('Verkoop en vervreemding van huurwoningen');
    const doc = await veenhoven();
    expect(doc?.review).toMatchObject({ by: { name: 'Vera Coördinator' }, at: clock.now() });
  });

  it('keeps the review for a new version whose agreements are the same', async () => {
    const [signed] = await h.app.services.ingest([fixture('veenhoven-v1-ondertekend.txt')]);
    expect(signed).toMatchObject({ ok: true, status: 'replaced' });
    const doc = await veenhoven();
    expect(doc?.document.id).not.toBe(documentId);
    expect(doc?.review?.by.name).toBe('Vera Coördinator');
    expect((await h.agreementWith('verkoopt in 2026')).title).toBe('Verkoop en vervreemding van huurwoningen');
  });

  it('applies every correction to a new version with moved numbers and changed texts, and asks for a new review', async () => {
    const [v2] = await h.app.services.ingest([fixture('veenhoven-v2.txt')]);
    expect(v2).toMatchObject({ ok: true, status: 'replaced' });
    const list = await h.app.services.agreements.listAgreements({ municipality: MUNICIPALITY });
    expect(list).toHaveLength(6);

    // Moved one place down (a new agreement came before it): found again by its extracted title.
    const sale = await h.agreementWith('verkoopt in 2026');
    expect(sale).toMatchObject({ title: 'Verkoop en vervreemding van huurwoningen', responsible: ['Woonstichting Veenland', 'Gemeente'] });
    expect(sale.number).toBe('4');
    // Moved too, and renumbered by hand: the hand-made number holds, the reports stay with it.
    const inspection = await h.agreementWith('schouw');
    expect(inspection).toMatchObject({ number: 'L1', chapterTitle: 'Leefbaarheid en schoon', kind: 'focus' });
    expect((await h.app.db.prisma.progressReport.findMany({ where: { municipality: MUNICIPALITY } })).map((r) => r.number)).toEqual(['L1']);
    // The new agreement and the unchanged ones carry no corrections.
    const fresh = await h.agreementWith('flexwonen');
    expect(fresh.kind).toBeNull();
    expect(list.map((a) => a.number)).toEqual(['1', '2', '3', '4', '5', 'L1']);

    const review = await veenhoven();
    expect(review.review).toBeNull();
    expect(review.earlierReview?.by.name).toBe('Vera Coördinator');
    expect(review.corrections).toBe(5);
    const { citations } = await h.app.services.qa.ask('Hoeveel huurwoningen verkoopt Woonstichting Veenland in 2026 in Veenhoven?');
    expect(citations[0]).toMatchObject({ number: sale.number, title: 'Verkoop en vervreemding van huurwoningen' });
  });

  it('applies a correction to the same number when the new version changed its title', async () => {
    const vera = await h.person('vh-coord');
    const build = await h.agreementWith('140 sociale huurwoningen');
    await reviews().correct(vera, build.id, { theme: 'Nieuwbouw' });
    // Back to the first version: the title differs again, the number is the same.
    await h.app.services.ingest([fixture('veenhoven-v1.txt')]);
    expect((await h.agreementWith('120 sociale huurwoningen')).chapterTitle).toBe('Nieuwbouw');
  });

  it('refuses a correction of an agreement of a version that was replaced meanwhile', async () => {
    const vera = await h.person('vh-coord');
    const old = await h.agreementWith('bouwlocaties');
    await h.app.services.ingest([fixture('veenhoven-v2.txt')]);
    const err = await refusal(reviews().correct(vera, old.id, { title: 'Te laat' }));
    expect(err.code).toBe('not_found');
    expect(err.message).toContain('nieuwe versie');
  });
});
