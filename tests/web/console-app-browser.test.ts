import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium, screenshot } from '../helpers/browser.js';

/** The slice of the composition root this test uses; loaded lazily so a half-built main.ts skips, not breaks. */
interface AppLike {
  listen(): Promise<{ port: number }>;
  close(): Promise<void>;
  loadSamples?: () => Promise<unknown>;
  loadSamplesIfEmpty?: () => Promise<unknown>;
}

/*
 * The real app from src/main.ts (createApp) with the real sample documents, Q&A and directory store.
 * Skips with the reason when the composition root cannot start yet.
 */
describe.skipIf(!hasChromium)('web console in headless Chromium (real app, sample documents)', () => {
  let app: AppLike | undefined;
  let url = '';
  let unavailable = '';
  let dataDir = '';
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-web-app-'));
    try {
      const { createApp } = (await import('../../src/main.js')) as unknown as { createApp(o: { config: unknown }): Promise<AppLike> };
      const { loadConfig } = (await import('../../src/config/config.js')) as unknown as { loadConfig(env: Record<string, string>): unknown };
      app = await createApp({
        config: loadConfig({ DATABASE_URL: `pglite:${dataDir}`, PORT: '0', SCHEDULER_ENABLED: 'false', LOG_LEVEL: 'error' }),
      });
      await (app.loadSamples ?? app.loadSamplesIfEmpty)?.();
      url = `http://127.0.0.1:${(await app.listen()).port}`;
    } catch (err) {
      unavailable = `createApp is nog niet bruikbaar: ${(err as Error).message}`;
      await app?.close().catch(() => undefined);
      app = undefined;
      return;
    }
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(msg.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves health, documents and the chat page', async (ctx) => {
    if (!app) ctx.skip(unavailable);
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ ok: true });
    const documents = await (await fetch(`${url}/documents`)).text();
    expect(documents).toContain('Almelo');
    expect(documents).toContain('Almere');
  });

  it('answers "verkoop in 2026" with a citation, opens the agreement and gives feedback after coming back', async (ctx) => {
    if (!app) ctx.skip(unavailable);
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

  it('shows every browse page without errors', async (ctx) => {
    if (!app) ctx.skip(unavailable);
    for (const p of ['/themes', '/agreements?municipality=Almere&q=huur', '/dashboard']) {
      const res = await page.goto(`${url}${p}`);
      expect(res?.status()).toBe(200);
      await screenshot(page, `app${p.replace(/[^a-z]+/gi, '-')}`);
    }
    expect(pageErrors).toEqual([]);
  });
});
