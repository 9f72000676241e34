import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { createApp, type App } from '../../src/main.js';
import { silentLogger } from '../slack/harness.js';

/** An address of this machine that is not loopback (none in some sandboxes: those checks then skip). */
const lanAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

/*
 * Development without OIDC: the user picker works for a browser on this computer only, keeps the choice
 * in the session, and never takes a user from a request body.
 */
describe('the local user picker', () => {
  let app: App;
  let port = 0;
  let dataDir = '';
  const local = () => `http://127.0.0.1:${port}`;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-picker-'));
    const config = loadConfig({
      DATABASE_URL: `pglite:${dataDir}`,
      PORT: '0',
      HOST: '0.0.0.0',
      PUBLIC_URL: 'https://afspraken.test',
      ALLOWED_HOSTS: ['afspraken.test', lanAddress].filter(Boolean).join(','),
      SCHEDULER_ENABLED: 'false',
    });
    app = await createApp({ config, clock: { now: () => new Date('2026-09-10T08:00:00Z') }, logger: silentLogger });
    await app.loadSamplesIfEmpty();
    port = (await app.listen()).port;
  });
  afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const pick = (user: string, headers: Record<string, string> = {}) =>
    fetch(`${local()}/api/console/session`, { method: 'POST', headers: { 'content-type': 'application/json', origin: local(), ...headers }, body: JSON.stringify({ user }) });
  const say = (cookie: string, body: Record<string, unknown>) =>
    fetch(`${local()}/api/console/messages`, { method: 'POST', headers: { 'content-type': 'application/json', origin: local(), cookie }, body: JSON.stringify(body) });

  it('keeps the chosen user in a Secure __Host- session cookie when the public address is https', async () => {
    const res = await pick('almelo-coord');
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/^__Host-afsprakenbot-sessie=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=36000; Secure$/);
    expect(await (await fetch(`${local()}/`, { headers: { cookie: cookie.split(';')[0]! } })).text()).toMatch(/<option value="almelo-coord" selected>/);
  });

  it('ignores a user named in the body: a guest cannot start a round as the coordinator', async () => {
    const guest = (await pick('gast')).headers.getSetCookie()[0]!.split(';')[0]!;
    const res = await say(guest, { user: 'almelo-coord', conversation: 'console:almelo-coord', text: 'start uitvraag' });
    const { replies } = (await res.json()) as { replies: Array<{ text: string; title?: string }> };
    expect(replies.map((r) => `${r.title ?? ''} ${r.text}`).join(' ')).not.toContain('gestart');
    expect(await app.db.prisma.progressCycle.count()).toBe(0);
  });

  it('refuses to pick someone who is not in the directory', async () => {
    const res = await pick('niemand');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toBe('"niemand" staat niet in het adresboek.');
  });

  it('is closed to a request forwarded by a proxy on this computer', async () => {
    expect((await pick('admin', { 'x-forwarded-for': '203.0.113.9' })).status).toBe(403);
    const page = await fetch(`${local()}/`, { headers: { forwarded: 'for=203.0.113.9' } });
    expect(page.status).toBe(403);
    expect(await page.text()).toContain('Alleen op deze computer');
  });

  it.skipIf(!lanAddress)('is closed to another computer on the network', async () => {
    const remote = `http://${lanAddress}:${port}`;
    const page = await fetch(`${remote}/`);
    expect(page.status).toBe(403);
    expect(await page.text()).toContain('OIDC_ISSUER');
    const api = await fetch(`${remote}/api/console/session`, { method: 'POST', headers: { 'content-type': 'application/json', origin: remote }, body: JSON.stringify({ user: 'admin' }) });
    expect(api.status).toBe(403);
    expect((await fetch(`${remote}/assets/console.css`)).status).toBe(200);
  });
});
