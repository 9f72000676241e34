import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { createApp, type App } from '../../src/main.js';
import { startFakeSlackApi, type FakeSlackApi } from '../helpers/fake-slack-api.js';
import { postEvent, SIGNING_SECRET, silentLogger } from '../slack/harness.js';

/*
 * The real app with NODE_ENV=Production (any case) and no OIDC settings: the console is closed, nothing
 * is loaded into the empty database, foreign Hosts and cross-site requests are refused, Slack still works.
 */
describe('a production server without sign-in configured', () => {
  let app: App;
  let url = '';
  let dataDir = '';
  let fake: FakeSlackApi;

  beforeAll(async () => {
    fake = await startFakeSlackApi();
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-prod-'));
    const config = loadConfig({
      NODE_ENV: 'Production',
      DATABASE_URL: `pglite:${dataDir}`,
      PORT: '0',
      HOST: '127.0.0.1',
      PUBLIC_URL: 'https://afspraken.gemeente.example',
      SCHEDULER_ENABLED: 'false',
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
    });
    app = await createApp({ config, logger: silentLogger });
    await app.loadSamplesIfEmpty();
    url = (await app.listen()).url;
  });
  afterAll(async () => {
    await app?.close();
    await fake?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const sameOrigin = { 'content-type': 'application/json', origin: 'https://afspraken.gemeente.example', 'sec-fetch-site': 'same-origin' };

  it('recognises "Production" as production and starts with no documents and no directory', async () => {
    expect(app.config.env).toBe('production');
    expect(app.config.web.signIn).toBe('closed');
    expect(await app.services.agreements.countAgreements()).toBe(0);
    expect(await app.services.directory.listPeople()).toEqual([]);
  });

  it('answers the console API with 401 and says how to configure sign-in', async () => {
    const res = await fetch(`${url}/api/console/messages`, { method: 'POST', headers: sameOrigin, body: JSON.stringify({ text: 'start uitvraag', user: 'admin' }) });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'sign_in_not_configured', message: expect.stringContaining('OIDC_ISSUER') });
    expect((await fetch(`${url}/api/console/inbox?user=admin`)).status).toBe(401);
    const picker = await fetch(`${url}/api/console/session`, { method: 'POST', headers: sameOrigin, body: JSON.stringify({ user: 'admin' }) });
    expect(picker.status).toBe(401);
  });

  it('shows a Dutch page explaining the OIDC settings instead of the console', async () => {
    for (const page of ['/', '/documents', '/dashboard/Almelo', '/agreements/Almelo/3']) {
      const res = await fetch(`${url}${page}`);
      expect(res.status).toBe(401);
      const html = await res.text();
      expect(html).toContain('Aanmelden is niet ingesteld');
      expect(html).toContain('OIDC_CLIENT_SECRET');
      expect(html).not.toContain('id="user"');
    }
  });

  it('still serves Slack (a signed request is answered) and the Teams endpoint', async () => {
    const res = await postEvent(url, { type: 'url_verification', token: 'x', challenge: 'nog-open' });
    expect(res.status).toBe(200);
    expect(res.text).toContain('nog-open');
    const teams = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(teams.status).toBe(503);
    expect(((await teams.json()) as { message: string }).message).toContain('TEAMS_CLIENT_ID');
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('refuses a request whose Host is not its own (DNS rebinding), but answers health probes', async () => {
    const asHost = (host: string, pathname: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const u = new URL(url);
        const req = request({ host: u.hostname, port: u.port, path: pathname, headers: { host } }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end();
      });
    const evil = await asHost('evil.example:80', '/');
    expect(evil.status).toBe(421);
    expect(evil.body).toContain('ALLOWED_HOSTS');
    expect((await asHost('afspraken.gemeente.example', '/')).status).toBe(401);
    expect((await asHost('10.1.2.3:3000', '/healthz')).status).toBe(200);
  });

  it('refuses cross-site and non-JSON changes before anything else', async () => {
    const post = (headers: Record<string, string>) => fetch(`${url}/api/console/messages`, { method: 'POST', headers, body: '{"text":"hulp"}' });
    expect((await post({ 'content-type': 'text/plain', origin: 'https://evil.example' })).status).toBe(415);
    expect((await post({ 'content-type': 'application/json', origin: 'https://evil.example' })).status).toBe(403);
    expect((await post({ 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await post({ 'content-type': 'application/json' })).status).toBe(403);
  });

  it('sends the security headers on every answer', async () => {
    const res = await fetch(`${url}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=/);
  });
});
