import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { createApp, SAMPLES_DIR, type App } from '../../src/main.js';
import { hasChromium, launchChromium, screenshot } from '../helpers/browser.js';
import { freePort, startTestProvider, type TestProvider } from '../helpers/oidc-provider.js';
import { repoPath } from '../helpers/temp-db.js';
import { fixedClock, silentLogger } from '../slack/harness.js';

/*
 * Production with sign-in configured: the real app, a real OpenID Connect provider (oidc-provider) on
 * 127.0.0.1 and the real console page in Chromium. Carla coordinates Almelo, Sanne reports for Sint
 * Joseph; their e-mail addresses are in the directory (examples/directory.yaml). Q3 2026 is open.
 */
const CARLA = { email: 'c.meijer@almelo.example', name: 'Carla Meijer' };
const SANNE = { email: 'sanne.jansen@sintjoseph.example', name: 'Sanne Jansen' };
const STRANGER = { email: 'iemand@elders.example', name: 'Iemand Anders' };

describe('signing in to the console through OpenID Connect (production)', () => {
  const clock = fixedClock('2026-09-10T08:00:00Z');
  let provider: TestProvider;
  let app: App;
  let url = '';
  let dataDir = '';

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    provider = await startTestProvider({ redirectUri: `${url}/auth/callback`, accounts: [CARLA, SANNE, STRANGER] });
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-oidc-'));
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: `pglite:${dataDir}`,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      SCHEDULER_ENABLED: 'false',
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
    });
    app = await createApp({ config, clock, logger: silentLogger });
    // Production starts empty; the operator loads documents and the directory.
    await app.services.ingest(readdirSync(SAMPLES_DIR).map((f) => path.join(SAMPLES_DIR, f)));
    await app.services.progress.importDirectory('directory.yaml', readFileSync(repoPath('examples/directory.yaml'), 'utf8'));
    await app.listen();
  });
  afterAll(async () => {
    await app?.close();
    await provider?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const json = { 'content-type': 'application/json' };

  it('answers the API with 401 and pages with a sign-in page until someone signs in', async () => {
    const api = await fetch(`${url}/api/console/messages`, { method: 'POST', headers: { ...json, origin: url }, body: JSON.stringify({ text: 'hulp', user: 'almelo-coord' }) });
    expect(api.status).toBe(401);
    expect(((await api.json()) as { error: string }).error).toBe('unauthenticated');
    const page = await fetch(`${url}/dashboard`);
    expect(page.status).toBe(401);
    expect(await page.text()).toContain('href="/auth/login?terug=%2Fdashboard"');
    // The local picker does not exist here.
    const picker = await fetch(`${url}/api/console/session`, { method: 'POST', headers: { ...json, origin: url }, body: JSON.stringify({ user: 'almelo-coord' }) });
    expect(picker.status).toBe(401);
  });

  it('refuses a callback that did not start here (no pending sign-in)', async () => {
    const res = await fetch(`${url}/auth/callback?code=gestolen&state=x`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Aanmelden mislukt');
  });

  describe.skipIf(!hasChromium)('in Chromium', () => {
    let browser: Browser;
    const errors: string[] = [];
    const contexts: BrowserContext[] = [];

    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
    });

    /** A fresh browser profile that signs in on the console page as `email`. */
    async function signIn(email: string, start = '/'): Promise<Page> {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (err) => errors.push(err.message));
      page.on('console', (msg) => {
        // Refused requests (401/403/415) are what these tests provoke; CSP violations say "Refused to …".
        if (msg.type() === 'error' && msg.location().url.startsWith(url) && !msg.text().startsWith('Failed to load resource')) errors.push(msg.text());
      });
      await page.goto(`${url}${start}`);
      await page.click('#sign-in');
      await page.waitForURL(`${provider.issuer}/interaction/**`);
      await page.fill('#email', email);
      await Promise.all([page.waitForURL(`${url}${start}`), page.click('#login')]);
      return page;
    }

    async function ask(page: Page, text: string) {
      const before = await page.locator('.msg.bot').count();
      await page.fill('#text', text);
      await page.keyboard.press('Enter');
      await page.locator('.msg.bot:not(.pending)').nth(before).waitFor();
      return (await page.locator('.msg.bot:not(.pending)').last().textContent()) ?? '';
    }

    let carla: Page;

    it('lets a coordinator sign in and start the quarterly round from the console', async () => {
      carla = await signIn(CARLA.email);
      expect(await carla.locator('#signed-in-name').textContent()).toBe('Carla Meijer — coördinator Almelo');
      expect(await carla.locator('#user').count()).toBe(0);
      const cookies = await carla.context().cookies(url);
      expect(cookies.find((c) => c.name === 'afsprakenbot-sessie')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
      await screenshot(carla, 'oidc-signed-in-coordinator', { fullPage: false });

      const reply = await ask(carla, 'start uitvraag');
      expect(reply).toContain('Uitvraag Q3 2026 Almelo gestart');
      expect(provider.logins).toContain(CARLA.email);
      const dashboard = await carla.goto(`${url}/dashboard/Almelo`);
      expect(dashboard?.status()).toBe(200);
    });

    it('refuses a cross-origin request from the same site even though the browser sends the cookie', async () => {
      // The provider's origin (another port on 127.0.0.1) is same-site: SameSite=Lax alone would let the cookie through.
      await carla.goto(`${provider.issuer}/.well-known/openid-configuration`);
      const statuses = await carla.evaluate(async (target) => {
        const body = JSON.stringify({ text: 'start uitvraag Q4 2026' });
        const plain = await fetch(`${target}/api/console/messages`, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'content-type': 'text/plain' }, body });
        const cors = await fetch(`${target}/api/console/messages`, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body }).then(
          (r) => r.status,
          () => 'blocked',
        );
        return { plain: plain.type, cors };
      }, url);
      expect(statuses.plain).toBe('opaque');
      expect(await app.db.prisma.progressCycle.findMany({ where: { quarter: '2026-Q4' } })).toEqual([]);
    });

    it('does not let a reporter act as a coordinator, also not by naming one in the request', async () => {
      const sanne = await signIn(SANNE.email);
      expect(await sanne.locator('#signed-in-name').textContent()).toContain('Sanne Jansen');
      expect(await ask(sanne, 'start uitvraag Q4 2026 voor Almelo')).toContain('Je bent geen coördinator van Almelo');
      const forged = await sanne.evaluate(async () => {
        const res = await fetch('/api/console/messages', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ user: 'almelo-coord', conversation: 'console:almelo-coord', text: 'start uitvraag Q4 2026' }),
        });
        return (await res.json()) as { replies: Array<{ text: string }> };
      });
      expect(forged.replies[0]!.text).toContain('Alleen coördinatoren');
      expect(await app.db.prisma.progressCycle.findMany({ where: { quarter: '2026-Q4' } })).toEqual([]);
      expect((await sanne.goto(`${url}/dashboard/Almelo`))?.status()).toBe(403);
      // Her own work is there: the prompt Carla's round sent her.
      await sanne.goto(`${url}/`);
      await sanne.locator('.inbox-item', { hasText: 'Sint Joseph' }).first().waitFor();
    });

    it('signs in someone not in the directory as a guest who can ask but not coordinate', async () => {
      const guest = await signIn(STRANGER.email, '/agreements');
      expect(await guest.locator('h1').first().textContent()).toBe('Afspraken');
      await guest.goto(`${url}/`);
      expect(await guest.locator('#signed-in-name').textContent()).toBe('Iemand Anders');
      expect(await guest.locator('.who + .hint').textContent()).toContain('niet in het adresboek');
      expect(await ask(guest, 'start uitvraag Q4 2026 voor Almelo')).not.toContain('gestart');
      expect(await app.db.prisma.progressCycle.findMany({ where: { quarter: '2026-Q4' } })).toEqual([]);
    });

    it('signs out: the old cookie no longer works', async () => {
      const [cookie] = (await carla.context().cookies(url)).filter((c) => c.name === 'afsprakenbot-sessie');
      await carla.goto(`${url}/`);
      await Promise.all([carla.waitForURL(`${url}/`), carla.click('#sign-out')]);
      await carla.locator('#sign-in').waitFor();
      const res = await fetch(`${url}/api/console/inbox`, { headers: { cookie: `afsprakenbot-sessie=${cookie!.value}` } });
      expect(res.status).toBe(401);
    });

    it('ends a session after its time', async () => {
      const sanne = contexts[1]!;
      const page = await sanne.newPage();
      expect((await page.goto(`${url}/documents`))?.status()).toBe(200);
      clock.set('2026-09-10T19:00:00Z'); // 11 hours later; sessions last 10
      expect((await page.goto(`${url}/documents`))?.status()).toBe(401);
      clock.set('2026-09-10T08:00:00Z');
    });

    it('had no script errors or CSP violations on the console pages', () => {
      expect(errors).toEqual([]);
    });
  });
});
