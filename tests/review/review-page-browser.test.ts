/**
 * The review page in headless Chromium on the real app: a coordinator uploads a document on the documents
 * page, lands on its review page, corrects a number and a party, and marks it reviewed. Checked in the
 * page and in the database.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium, openPage, screenshot } from '../helpers/browser.js';
import { fixture, MUNICIPALITY, startReviewApp, type ReviewApp } from './support.js';

describe.skipIf(!hasChromium)('review page in headless Chromium', () => {
  let h: ReviewApp & { url: string };
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    h = await startReviewApp({ listen: true });
    browser = await launchChromium();
    page = await openPage(browser, errors);
    // The local user picker: Vera, coordinator of Veenhoven.
    await page.goto(`${h.url}/`);
    const picked = page.waitForResponse((r) => r.url().endsWith('/api/console/session') && r.status() === 200);
    await page.selectOption('#user', 'vh-coord');
    await picked;
  });

  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('uploads a document and shows what was found, not yet reviewed', async () => {
    await page.goto(`${h.url}/documents`);
    await page.setInputFiles('#upload-file', fixture('veenhoven-werkagenda-2027.txt'));
    await Promise.all([page.waitForURL('**/documents/Veenhoven/Werkagenda%20Veenhoven%202027', { timeout: 60_000 }), page.click('#upload-form button[type=submit]')]);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Werkagenda Veenhoven 2027');
    expect(await page.locator('.review-state').textContent()).toContain('Nog niet gecontroleerd');
    const rows = page.locator('.review-table tbody tr[data-agreement]');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(0).textContent()).toContain('isoleert 80 woningen naar label B');
    await screenshot(page, 'review-uploaded');
  });

  it('corrects a number and a party, and marks which fields were corrected', async () => {
    const row = page.locator('.review-table tbody tr[data-agreement]').filter({ hasText: 'energieloket' });
    const id = await row.getAttribute('data-agreement');
    await row.locator('button[data-edit]').click();
    const form = page.locator(`form.correct-form[data-agreement="${id}"]`);
    await form.locator('input[name=number]').fill('D2');
    await form.locator('input[name=responsible]').fill('Gemeente, Woonstichting Veenland');
    await Promise.all([page.waitForLoadState('load'), page.waitForEvent('framenavigated'), form.locator('button[type=submit]').click()]);

    const corrected = page.locator(`tr[data-agreement="${id}"]`);
    await expect.poll(() => corrected.locator('td').first().textContent()).toContain('D2');
    const text = (await corrected.textContent()) ?? '';
    expect(text).toContain('Gemeente, Woonstichting Veenland');
    expect(await corrected.locator('.tag-corrected').count()).toBe(2);
    expect(text).toContain('door Vera Coördinator op');
    expect(text).toContain('gevonden: 2');
    await screenshot(page, 'review-corrected');

    const stored = await h.app.services.agreements.getAgreement(MUNICIPALITY, 'D2');
    expect(stored).toMatchObject({ id, responsible: ['Gemeente', 'Woonstichting Veenland'] });
  });

  it('shows a refused correction in Dutch in the form, and keeps the page', async () => {
    const row = page.locator('.review-table tbody tr[data-agreement]').filter({ hasText: 'huurbeleid' });
    const id = await row.getAttribute('data-agreement');
    await row.locator('button[data-edit]').click();
    const form = page.locator(`form.correct-form[data-agreement="${id}"]`);
    await form.locator('input[name=number]').fill('vijftien');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => form.locator('.form-error').textContent()).toContain("'vijftien' is geen afspraaknummer");
    await form.locator('button[data-cancel]').click();
    // The browser logs the 400 itself; nothing else went wrong.
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
    errors.length = 0;
  });

  it('marks the document reviewed, with who and when', async () => {
    await Promise.all([page.waitForEvent('framenavigated'), page.click('#mark-reviewed')]);
    await expect.poll(() => page.locator('.review-state').textContent()).toContain('Gecontroleerd door Vera Coördinator op');
    await screenshot(page, 'review-reviewed');
    const summary = (await h.app.services.reviews.listDocuments()).find((d) => d.document.title === 'Werkagenda Veenhoven 2027');
    expect(summary?.review?.by.name).toBe('Vera Coördinator');
    expect(summary?.corrections).toBe(2);

    await page.goto(`${h.url}/documents`);
    const listed = page.locator('tr').filter({ hasText: 'Werkagenda Veenhoven 2027' });
    expect(await listed.locator('.tag-reviewed').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
