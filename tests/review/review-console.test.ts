/**
 * The console's review API and pages over HTTP on the real app: who may upload, correct and mark reviewed
 * (checked by the service, so the API refuses what the page does not offer), what a refused or broken
 * upload leaves behind (nothing), and that text from documents and people stays text.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, MUNICIPALITY, startReviewApp, type ReviewApp } from './support.js';

let h: ReviewApp & { url: string };
const cookies = new Map<string, string>();

beforeAll(async () => {
  h = await startReviewApp({ listen: true });
});
afterAll(async () => {
  await h?.close();
});

async function sessionOf(user: string): Promise<string> {
  const known = cookies.get(user);
  if (known) return known;
  const res = await fetch(`${h.url}/api/console/session`, { method: 'POST', headers: { 'content-type': 'application/json', origin: h.url }, body: JSON.stringify({ user }) });
  expect(res.status).toBe(200);
  const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
  cookies.set(user, cookie);
  return cookie;
}

async function post(user: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${h.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: h.url, cookie: await sessionOf(user), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json().catch(() => ({}))) as Record<string, any> };
}

async function page(user: string, path: string) {
  const res = await fetch(`${h.url}${path}`, { headers: { cookie: await sessionOf(user) } });
  return { status: res.status, html: await res.text() };
}

const upload = (user: string, name: string, data: Buffer) => post(user, '/api/console/documents', { name, base64: data.toString('base64') });
const documentCount = () => h.app.db.prisma.document.count();
const veenhovenTitle = async () => (await h.app.services.reviews.listDocuments()).find((d) => d.document.municipality === MUNICIPALITY)!.document.title;

describe('review in the console', () => {
  it('shows a reporter no upload field and refuses their upload, correction and review', async () => {
    const documents = await page('vl-rik', '/documents');
    expect(documents.status).toBe(200);
    expect(documents.html).not.toContain('id="upload-form"');
    expect(documents.html).toContain('Nog niet gecontroleerd');

    const before = await documentCount();
    const refused = await upload('vl-rik', 'werkagenda.txt', readFileSync(fixture('veenhoven-werkagenda-2027.txt')));
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain('Alleen coördinatoren');
    expect(await documentCount()).toBe(before);

    const agreement = await h.agreementWith('verkoopt in 2026');
    const correction = await post('vl-rik', '/api/console/corrections', { agreementId: agreement.id, changes: { title: 'Niet van mij' } });
    expect(correction.status).toBe(403);
    expect(correction.body.message).toContain('Alleen coördinatoren van Veenhoven');
    const review = await post('vl-rik', '/api/console/reviews', { documentId: agreement.documentId });
    expect(review.status).toBe(403);
    expect((await h.agreementWith('verkoopt in 2026')).title).toBe(agreement.title);

    const reviewPage = await page('vl-rik', `/documents/${MUNICIPALITY}/${encodeURIComponent(await veenhovenTitle())}`);
    expect(reviewPage.status).toBe(200);
    expect(reviewPage.html).not.toContain('id="mark-reviewed"');
    expect(reviewPage.html).toContain('Alleen coördinatoren van Veenhoven');
  });

  it('lets a coordinator upload a document of their municipality and links to its review page', async () => {
    expect((await page('vh-coord', '/documents')).html).toContain('id="upload-form"');
    const res = await upload('vh-coord', 'werkagenda-2027.txt', readFileSync(fixture('veenhoven-werkagenda-2027.txt')));
    expect(res.status).toBe(200);
    const [outcome] = res.body.outcomes;
    expect(outcome).toMatchObject({ ok: true, status: 'created', municipality: MUNICIPALITY, title: 'Werkagenda Veenhoven 2027', agreements: 3 });
    expect(outcome.reviewUrl).toBe('/documents/Veenhoven/Werkagenda%20Veenhoven%202027');
    const review = await page('vh-coord', outcome.reviewUrl);
    expect(review.status).toBe(200);
    expect(review.html).toContain('Nog niet gecontroleerd');
    expect(review.html).toContain('id="mark-reviewed"');
    expect(review.html).toContain('isoleert 80 woningen naar label B');
  });

  it("refuses a coordinator's document of another municipality and a broken file, storing nothing", async () => {
    const before = await documentCount();
    const elders = Buffer.from(`${readFileSync(fixture('elders.txt'), 'utf8')}3) Woonbron Elders verduurzaamt 10 woningen.\n`);
    const other = await upload('vh-coord', 'elders-nieuw.txt', elders);
    expect(other.status).toBe(200);
    expect(other.body.outcomes[0]).toMatchObject({ ok: false });
    expect(other.body.outcomes[0].error).toContain('Elders, en daar ben je geen coördinator van');
    const broken = await upload('vh-coord', 'kapot.pdf', Buffer.from('dit is geen pdf'));
    expect(broken.body.outcomes[0]).toMatchObject({ ok: false });
    expect(broken.body.outcomes[0].error).toMatch(/^kapot\.pdf: /);
    expect(await documentCount()).toBe(before);
    expect(await h.app.services.agreements.listAgreements({ municipality: 'Elders' })).toHaveLength(2);
  });

  it('refuses an upload from another site or as a form post', async () => {
    const body = { name: 'werkagenda.txt', base64: Buffer.from('x').toString('base64') };
    expect((await post('vh-coord', '/api/console/documents', body, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await post('vh-coord', '/api/console/documents', JSON.stringify(body), { 'content-type': 'text/plain' })).status).toBe(415);
  });

  it('keeps text from a correction as text on the review page', async () => {
    const agreement = await h.agreementWith('schouw');
    const res = await post('vh-coord', '/api/console/corrections', { agreementId: agreement.id, changes: { title: '<img src=x onerror=alert(1)> Schouw' } });
    expect(res.status).toBe(200);
    expect(res.body.changed).toEqual(['title']);
    const review = await page('vh-coord', `/documents/${MUNICIPALITY}/${encodeURIComponent(await veenhovenTitle())}`);
    expect(review.html).toContain('&lt;img src=x onerror=alert(1)&gt; Schouw');
    expect(review.html).not.toContain('<img src=x');
  });

  it('answers a bad number with a Dutch message and a 400', async () => {
    const agreement = await h.agreementWith('schouw');
    const res = await post('vh-coord', '/api/console/corrections', { agreementId: agreement.id, changes: { number: 'vijftien' } });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain("'vijftien' is geen afspraaknummer");
  });

  it('says in Dutch when a document does not exist', async () => {
    const missing = await page('vh-coord', '/documents/Nergenshuizen/Geen%20document');
    expect(missing.status).toBe(404);
    expect(missing.html).toContain('Er is geen document &quot;Geen document&quot; van Nergenshuizen');
  });
});
