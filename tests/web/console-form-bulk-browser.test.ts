import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { compareNumbers } from '../../src/core/agreement.js';
import { createApp, type App } from '../../src/main.js';
import { hasChromium, launchChromium, openPage, screenshot } from '../helpers/browser.js';

/** 10 September 2026: the Q3 round of Almelo is open; Q2 has been reported. */
const NOW = new Date('2026-09-10T08:00:00Z');

/*
 * The quarterly form in the web console, in headless Chromium, on the real app (sample documents, example
 * directory, the real form): a quarter that starts from the previous one asks what needs a fresh look
 * first, then takes the rest as unchanged with one button.
 */
describe.skipIf(!hasChromium)('quarterly form with the bulk confirmation in the console (Chromium, real app)', () => {
  let app: App;
  let url = '';
  let dataDir = '';
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  /** Q2 2026 as a party reported it: every due agreement, op schema unless `delayed`, a number where there is a target. */
  async function reportQ2(party: string, personConsoleId: string, delayed: string[] = []): Promise<{ numbers: string[]; targets: string[] }> {
    const round = await app.services.progress.forms.loadRound('Almelo', '2026-Q2');
    const person = (await app.services.directory.findByChannelUser('web', personConsoleId))!;
    const items = round.items.filter((i) => i.party === party);
    for (const i of items) {
      await app.services.progress.store.saveReport({
        municipality: 'Almelo',
        quarter: '2026-Q2',
        number: i.number,
        party,
        status: delayed.includes(i.number) ? 'vertraagd' : 'op-schema',
        note: delayed.includes(i.number) ? `Afspraak ${i.number} loopt uit door capaciteit.` : `Loopt volgens plan (${i.number}).`,
        realised: i.target ? 10 : null,
        updatedBy: person.id,
        onBehalf: false,
        unchanged: false,
        at: new Date('2026-06-20T08:00:00Z'),
      });
    }
    return { numbers: items.map((i) => i.number).sort(compareNumbers), targets: items.filter((i) => i.target).map((i) => i.number) };
  }

  const lastForm = () => page.locator('.msg.kind-form').last();
  /** Presses a button in the most recent form message and waits until a newer message arrives. */
  async function press(name: RegExp | string): Promise<void> {
    const count = await page.locator('.msg').count();
    await lastForm().getByRole('button', { name }).click();
    await page.waitForFunction((n) => document.querySelectorAll('.msg:not(.pending)').length > n + 1, count);
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-web-bulk-'));
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

  it('asks the delayed and numeric agreements first, each with last quarter\'s answer, then confirms the rest in one click', async () => {
    const { numbers, targets } = await reportQ2('Sint Joseph', 'sj-sanne', ['1', '12']);
    const attention = numbers.filter((n) => ['1', '12', ...targets].includes(n));
    expect(attention.length).toBeGreaterThanOrEqual(3);
    await app.services.progress.startQuarter('Almelo', '2026-Q3');

    await page.goto(`${url}/`);
    await page.selectOption('#user', 'sj-sanne');
    const prompt = page.locator('.inbox-item', { hasText: 'Sint Joseph' }).first();
    await prompt.getByRole('button', { name: 'Beginnen' }).click();
    await page.locator('.msg.kind-form', { hasText: 'Eerst de' }).waitFor();

    for (const n of attention) {
      const question = lastForm();
      await question.locator('.reply-title', { hasText: `Afspraak ${n} — ` }).waitFor();
      await expect(question.textContent()).resolves.toContain('Vorig kwartaal (Q2 2026):');
      expect(await question.textContent()).toMatch(/▰*▱* \d+ van 35 ingevuld/);
      if (n === attention[0]) await screenshot(page, 'console-form-previous-answer', { fullPage: false });
      await press(/^Ongewijzigd \(/);
    }

    const offer = lastForm();
    await offer.locator('.reply-title', { hasText: /^De rest: \d+ afspraken$/ }).waitFor();
    const rest = numbers.length - attention.length;
    expect(await offer.locator('.reply-title').textContent()).toBe(`De rest: ${rest} afspraken`);
    expect(await offer.locator('ul li').count()).toBe(rest);
    expect(await offer.locator('ul li').first().textContent()).toMatch(/— Op schema — "Loopt volgens plan \(\d+\)\."$/);
    await screenshot(page, 'console-form-bulk-offer', { fullPage: false });
    await press('De rest is ongewijzigd');
    await page.locator('.msg.kind-form-done', { hasText: 'Alle 35 afspraken zijn ingevuld' }).waitFor();
    await screenshot(page, 'console-form-bulk-done', { fullPage: false });

    const rows = await app.db.prisma.progressReport.findMany({ where: { municipality: 'Almelo', quarter: '2026-Q3', party: 'Sint Joseph' } });
    expect(rows).toHaveLength(35);
    expect(rows.every((r) => r.unchanged)).toBe(true);
    const twelve = rows.find((r) => r.number === '12')!;
    expect(twelve).toMatchObject({ status: 'vertraagd', note: 'Afspraak 12 loopt uit door capaciteit.' });
    const restRow = rows.find((r) => !attention.includes(r.number))!;
    expect(restRow).toMatchObject({ status: 'op-schema', note: `Loopt volgens plan (${restRow.number}).` });
  });

  it('lets a reporter whose agreements are all unchanged finish the quarter in three clicks at most', async () => {
    await reportQ2('Huurdersadviesraad (HAR)', 'har-hanna');
    await page.selectOption('#user', 'har-hanna');
    let clicks = 0;
    const prompt = page.locator('.inbox-item', { hasText: 'Huurdersadviesraad' }).first();
    await prompt.getByRole('button', { name: 'Beginnen' }).click();
    clicks++;
    await lastForm().locator('.reply-title', { hasText: 'De rest: 7 afspraken' }).waitFor();
    await press('De rest is ongewijzigd');
    clicks++;
    await page.locator('.msg.kind-form-done', { hasText: 'Alle 7 afspraken zijn ingevuld' }).waitFor();
    expect(clicks).toBeLessThanOrEqual(3);
    const rows = await app.db.prisma.progressReport.findMany({ where: { municipality: 'Almelo', quarter: '2026-Q3', party: 'Huurdersadviesraad (HAR)' } });
    expect(rows.map((r) => [r.status, r.unchanged])).toEqual(Array.from({ length: 7 }, () => ['op-schema', true]));
    expect(pageErrors).toEqual([]);
  });
});
