import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { createApp, type App } from '../../src/main.js';
import { hasChromium, launchChromium, openPage, screenshot } from '../helpers/browser.js';

/** 10 September 2026: the Q3 round of Almelo is open (deadline in October). */
const NOW = new Date('2026-09-10T08:00:00Z');

/*
 * The real app from src/main.ts (createApp) with the real sample documents, Q&A, example directory and the
 * real quarterly progress form.
 */
describe.skipIf(!hasChromium)('web console in headless Chromium (real app, sample documents)', () => {
  let app: App;
  let url = '';
  let dataDir = '';
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-web-app-'));
    app = await createApp({
      config: loadConfig({ DATABASE_URL: `pglite:${dataDir}`, PORT: '0', HOST: '127.0.0.1', SCHEDULER_ENABLED: 'false', LOG_LEVEL: 'error' }),
      clock: { now: () => NOW },
    });
    await app.loadSamplesIfEmpty();
    url = (await app.listen()).url;
    browser = await launchChromium();
    page = await openPage(browser, pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves health, documents and the chat page', async () => {
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ ok: true });
    const documents = await (await fetch(`${url}/documents`)).text();
    expect(documents).toContain('Almelo');
    expect(documents).toContain('Almere');
  });

  it('answers "verkoop in 2026" with a citation, opens the agreement and gives feedback after coming back', async () => {
    await page.goto(`${url}/`);
    const users = await page.locator('#user option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await page.selectOption('#user', users.find((u) => u !== 'gast') ?? 'gast');

    await page.fill('#text', 'wat spraken we af over verkoop in 2026?');
    await page.keyboard.press('Enter');
    const answer = page.locator('.msg.kind-answer').last();
    await answer.waitFor({ timeout: 30_000 });
    const citation = answer.locator('a.citation').first();
    const citationText = (await citation.textContent()) ?? '';
    expect(citationText).toMatch(/^(Almelo|Almere) \d+\. \S/);
    await screenshot(page, 'app-chat-answer-desktop', { fullPage: false });

    await citation.click();
    await page.waitForURL(/\/agreements\/(Almelo|Almere)\/\d+$/);
    expect(citationText).toContain((await page.locator('h1').textContent()) ?? '—');
    await screenshot(page, 'app-agreement-desktop');

    await page.goBack();
    const restored = page.locator('.msg.kind-answer').last();
    await restored.getByRole('button', { name: '👍 Nuttig' }).click();
    await page.locator('.msg.kind-feedback', { hasText: 'Bedankt voor je feedback!' }).waitFor();
    await screenshot(page, 'app-chat-feedback-desktop', { fullPage: false });
  });

  it('lets a reporter fill in the real quarterly form: prompt in the inbox, status buttons, a typed toelichting, the next agreement', async () => {
    const started = await app.services.progress.startQuarter('Almelo', '2026-Q3');
    expect(started.prompted).toContainEqual(expect.objectContaining({ name: 'Sanne Jansen', channels: expect.arrayContaining(['web']) }));

    await page.goto(`${url}/`);
    await page.selectOption('#user', 'sj-sanne');
    const prompt = page.locator('.inbox-item', { hasText: 'Sint Joseph' }).first();
    await prompt.getByRole('button', { name: 'Beginnen' }).waitFor();
    await screenshot(page, 'app-progress-prompt-desktop', { fullPage: false });

    await prompt.getByRole('button', { name: 'Beginnen' }).click();
    const first = page.locator('.msg.kind-form', { hasText: 'Afspraak 1 — ' }).last();
    await first.getByRole('button', { name: 'Vertraagd' }).click();
    const note = page.locator('.msg.kind-form', { hasText: 'Wat is de toelichting?' }).last();
    await note.waitFor();
    await page.fill('#text', 'De programmering loopt twee maanden uit.');
    await page.keyboard.press('Enter');
    await page.locator('.msg.kind-form-saved', { hasText: 'Opgeslagen: afspraak 1 — Vertraagd.' }).waitFor();
    const second = page.locator('.msg.kind-form', { hasText: 'Afspraak 2 — ' }).last();
    await second.getByRole('button', { name: 'Op schema' }).waitFor();
    await screenshot(page, 'app-progress-form-desktop', { fullPage: false });

    // The optional toelichting can be left out with its button; the form goes on to agreement 3.
    await second.getByRole('button', { name: 'Op schema' }).click();
    await page.locator('.msg.kind-form', { hasText: 'Wil je een toelichting geven?' }).last().getByRole('button', { name: 'Geen toelichting' }).click();
    const third = page.locator('.msg.kind-form', { hasText: 'Afspraak 3 — ' }).last();
    await third.getByRole('button', { name: 'Vertraagd' }).click();

    // The note and number questions also show their own field (Reply.inputs) next to the "Terug" button.
    // Agreement 3's own question: agreement 1's, answered by typing, is still on the page (its field disabled).
    const noteField = page.locator('.msg.kind-form', { hasText: 'Afspraak 3 — ' }).filter({ hasText: 'Wat is de toelichting?' }).last();
    await noteField.getByLabel('Toelichting').fill('Kopers haken af door de hoge rente.');
    await noteField.getByRole('button', { name: 'Antwoord' }).click();
    const numberField = page.locator('.msg.kind-form', { hasText: 'Hoeveel van de 22 woningen zijn verkocht?' }).last();
    await numberField.getByLabel('Aantal').fill('9');
    await screenshot(page, 'app-progress-form-number-desktop', { fullPage: false });
    await numberField.getByRole('button', { name: 'Antwoord' }).click();
    await page.locator('.msg.kind-form-saved', { hasText: 'Opgeslagen: afspraak 3 — Vertraagd, gerealiseerd 9.' }).waitFor();
    await page.locator('.msg.kind-form', { hasText: 'Afspraak 4 — ' }).last().waitFor();
    expect(await numberField.getByLabel('Aantal').isDisabled()).toBe(true);
    await screenshot(page, 'app-progress-form-next-desktop', { fullPage: false });

    const { items } = await app.services.progress.status('Almelo', '2026-Q3');
    const mine = items.filter((i) => i.party === 'Sint Joseph');
    expect(mine).toEqual([
      expect.objectContaining({ number: '1', status: 'vertraagd', note: 'De programmering loopt twee maanden uit.', updatedBy: 'Sanne Jansen' }),
      expect.objectContaining({ number: '2', status: 'op-schema', note: null }),
      expect.objectContaining({ number: '3', status: 'vertraagd', note: 'Kopers haken af door de hoge rente.', realised: 9, target: 22 }),
    ]);
  });

  it('shows the form on a phone-sized screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.reload();
      await page.locator('.msg.kind-form').last().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await screenshot(page, 'app-progress-form-mobile', { fullPage: false });
    } finally {
      await page.setViewportSize({ width: 1280, height: 860 });
    }
  });

  it('opens a toelichting in the dashboard, follows a row to its agreement and downloads the matrix and a digest', async () => {
    // The dashboard is for coordinators: pick Almelo's coordinator first.
    await page.goto(`${url}/`);
    await page.selectOption('#user', 'almelo-coord');
    // Wait for the switch itself: an earlier "Je praat nu als" line (the reporter's) is already on the page.
    await page.locator('.msg', { hasText: 'Je praat nu als Carla Meijer' }).last().waitFor();
    await page.goto(`${url}/dashboard/Almelo?party=Sint+Joseph`);
    const row = page.locator('table.matrix tr', { has: page.getByRole('link', { name: 'Verkoop van huurwoningen' }) });
    const note = row.getByText('Kopers haken af door de hoge rente.');
    expect(await note.isVisible()).toBe(false);
    await row.getByText('Toelichting (1)').click();
    await note.waitFor({ state: 'visible' });
    await screenshot(page, 'app-dashboard-notes-desktop', { fullPage: false });

    const xlsx = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Excel (XLSX)' }).click();
    expect((await xlsx).suggestedFilename()).toBe('voortgang-almelo-2026.xlsx');
    const pdf = page.waitForEvent('download');
    await page.locator('section', { hasText: 'Voorbeeld weekdigest' }).getByRole('link', { name: 'PDF' }).click();
    expect((await pdf).suggestedFilename()).toBe('weekoverzicht-almelo-2026-w37.pdf');

    await row.getByRole('link', { name: 'Verkoop van huurwoningen' }).click();
    await page.waitForURL(/\/agreements\/Almelo\/3$/);
    expect(await page.locator('h1').textContent()).toContain('Verkoop van huurwoningen');
  });

  it('shows a mistyped address as the Dutch "Niet gevonden" page', async () => {
    // Its own tab: the browser logs the 404 as a failed resource, which the shared page counts as an error.
    const tab = await browser.newPage();
    try {
      const res = await tab.goto(`${url}/dashbord`);
      expect(res?.status()).toBe(404);
      expect(await tab.locator('h1').textContent()).toBe('Niet gevonden');
      await tab.getByRole('link', { name: 'Terug naar de chat' }).click();
      await tab.waitForURL(`${url}/`);
    } finally {
      await tab.close();
    }
  });

  it('shows the time of an inbox message in Dutch and links a digest to its downloads', async () => {
    await app.services.digests.send('Almelo', 'weekly', NOW);
    await page.goto(`${url}/`);
    const digest = page.locator('.inbox-item.kind-digest').first();
    await digest.waitFor();
    expect(await digest.locator('time').textContent()).toBe('donderdag 10 september 2026, 10:00');
    expect(await digest.getByRole('link', { name: 'PDF' }).getAttribute('href')).toBe('/dashboard/Almelo/export/weekoverzicht.pdf');
  });

  it('shows every browse page without errors', async () => {
    for (const p of ['/themes', '/agreements?municipality=Almere&q=huur', '/dashboard']) {
      const res = await page.goto(`${url}${p}`);
      expect(res?.status()).toBe(200);
      await screenshot(page, `app${p.replace(/[^a-z]+/gi, '-')}`);
    }
    expect(pageErrors.map(String)).toEqual([]);
  });
});
