import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium, openPage, screenshot } from '../helpers/browser.js';
import { buildMatrix, renderMatrixHtml } from '../../src/digests/matrix.js';
import type { DashboardRenderer } from '../../src/channels/web/web-console.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { startTestConsole } from './test-console.js';

type Console = Awaited<ReturnType<typeof startTestConsole>>;

/*
 * These tests need fixed data, so they stay on the test assembly (tests/web/test-console.ts): exact citations
 * ("Almelo 7. Verkoop van huurwoningen") from hand-built documents, inbox items recorded by hand (a digest
 * with rich HTML) and a progress matrix from fixed reports. The progress form runs on the real app in
 * console-app-browser.test.ts.
 */
describe.skipIf(!hasChromium)('web console in headless Chromium (test assembly)', () => {
  let app: Console;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startTestConsole();
    await app.outbox.record({
      channel: 'web',
      recipient: 'anna',
      kind: 'digest',
      text: 'Weekdigest Almelo',
      payload: { replies: [{ kind: 'digest', text: 'Weekdigest Almelo', rich: { html: '<h3 class="digest-title">Weekdigest Almelo</h3><p>2 afspraken vertraagd.</p>' } }] },
    });
    await app.outbox.record({
      channel: 'web',
      recipient: 'anna',
      kind: 'reminder',
      text: 'Herinnering: je voortgang over Q1 2026 staat nog open.',
      payload: { replies: [{ kind: 'reminder', text: 'Herinnering: je voortgang over Q1 2026 staat nog open.', actions: [{ id: 'form:status:gereed', label: 'Gereed' }] }] },
    });
    browser = await launchChromium();
    page = await openPage(browser, pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('asks a question as a chosen user, follows the citation and comes back to give feedback', async () => {
    await page.goto(`${app.url}/`);
    await page.selectOption('#user', 'anna');
    // The choice lives in the server's session (an HttpOnly cookie), not in the page.
    await page.locator('.msg.note', { hasText: 'Je praat nu als Anna de Vries.' }).waitFor();
    const cookies = await page.context().cookies(app.url);
    expect(cookies).toContainEqual(expect.objectContaining({ name: 'afsprakenbot-sessie', httpOnly: true, sameSite: 'Lax' }));
    expect(await page.evaluate(() => document.cookie)).toBe('');
    await page.locator('.inbox-item .rich h3').waitFor();

    await page.fill('#text', 'wat spraken we af over verkoop in 2026?');
    await page.keyboard.press('Enter');
    const answer = page.locator('.msg.kind-answer').last();
    await answer.waitFor();
    expect(await answer.locator('strong').first().textContent()).toBe('Sint Joseph');
    const citation = answer.locator('a.citation');
    expect(await citation.textContent()).toBe('Almelo 7. Verkoop van huurwoningen');
    await screenshot(page, 'chat-answer-desktop', { fullPage: false });

    await citation.click();
    await page.waitForURL(/\/agreements\/Almelo\/7$/);
    expect(await page.locator('h1').textContent()).toBe('Verkoop van huurwoningen');
    await screenshot(page, 'agreement-desktop');

    await page.goBack();
    await page.waitForURL(`${app.url}/`);
    expect(await page.inputValue('#user')).toBe('anna');
    const restored = page.locator('.msg.kind-answer').last();
    await restored.getByRole('button', { name: '👍 Nuttig' }).click();
    await page.locator('.msg.kind-feedback', { hasText: 'Bedankt voor je feedback!' }).waitFor();
    expect(await restored.getByRole('button', { name: '👍 Nuttig' }).getAttribute('aria-pressed')).toBe('true');
    expect(await restored.getByRole('button', { name: '👎 Niet nuttig' }).isDisabled()).toBe(true);
  });

  it('works on a phone-sized screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.locator('.msg.kind-answer').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'chat-mobile');
    await page.goto(`${app.url}/agreements/Almelo/7`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, 'agreement-mobile');
    await page.goto(`${app.url}/documents`);
    await screenshot(page, 'documents-mobile');
    await page.setViewportSize({ width: 1280, height: 860 });
    for (const path of ['/documents', '/themes', '/agreements?municipality=Almelo']) {
      await page.goto(`${app.url}${path}`);
      await screenshot(page, `page${path.replace(/[^a-z]+/gi, '-')}desktop`);
    }
  });

  it('mounts the progress matrix of digests/ in the dashboard and filters it by party', async () => {
    const repo = createAgreementRepository(app.db);
    const at = new Date('2026-03-20T10:00:00Z');
    const reports = [
      { quarter: '2026-Q1', number: '7', party: 'Sint Joseph', status: 'vertraagd', note: 'Twee verkopen schuiven naar Q2.', realised: 8, updatedBy: 'anna', updatedAt: at },
      { quarter: '2026-Q1', number: '1', party: 'Beter Wonen', status: 'op schema', note: null, realised: null, updatedBy: 'bram', updatedAt: at },
    ];
    const dashboard = {
      async matrixHtml(municipality, filters) {
        const matrix = buildMatrix(municipality, await repo.listAgreements({ municipality }), reports, filters.year ?? 2026, filters);
        return renderMatrixHtml(matrix, { action: `/dashboard/${encodeURIComponent(municipality)}` });
      },
      async digestPreviewHtml(municipality, kind) {
        return `<section class="digest"><h2>${kind === 'weekly' ? 'Weekdigest' : 'Digest voor het overleg'} ${municipality}</h2><ul><li><strong>Almelo 7</strong> — vertraagd</li></ul></section>`;
      },
      async municipalities() {
        return repo.listMunicipalities();
      },
    } satisfies DashboardRenderer;
    const withDashboard = await app.variant({ dashboard });
    try {
      // Progress is for coordinators: Bram coordinates Almelo.
      await page.goto(`${withDashboard.url}/`);
      await page.selectOption('#user', 'bram');
      await page.locator('.msg.note', { hasText: 'Je praat nu als Bram <Bakker>.' }).waitFor();
      await page.goto(`${withDashboard.url}/dashboard/Almelo`);
      await page.selectOption('select[name="party"]', 'Sint Joseph');
      await Promise.all([page.waitForURL(/party=Sint\+Joseph/), page.getByRole('button', { name: 'Toon' }).click()]);
      const rows = page.locator('table.matrix tbody tr');
      expect(await rows.count()).toBeGreaterThan(0);
      expect(await rows.first().textContent()).toContain('Sint Joseph');
      await screenshot(page, 'dashboard-desktop');
    } finally {
      await withDashboard.close();
    }
  });

  it('had no script errors on the way', () => {
    expect(pageErrors).toEqual([]);
  });
});
