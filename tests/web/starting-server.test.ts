import { afterEach, describe, expect, it } from 'vitest';
import type { HttpRoute } from '../../src/core/channel.js';
import { sendJson } from '../../src/channels/web/http-server.js';
import { createRequestGuard } from '../../src/channels/web/security/request-guard.js';
import { listenEarly, type StartingServer } from '../../src/channels/web/starting-server.js';
import type { Logger } from '../../src/core/ports.js';

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };
const guard = createRequestGuard({ allowedHosts: ['127.0.0.1', 'localhost'] });
const listen = () => listenEarly(0, '127.0.0.1', silent, guard);
const routes: HttpRoute[] = [
  { method: 'GET', path: '/healthz', access: 'probe', handle: (_req, res) => sendJson(res, 200, { ok: true }) },
  { method: 'GET', path: '/documents', handle: (_req, res) => sendJson(res, 200, { documents: ['Almelo'] }) },
];

describe('server that listens before the app is built', () => {
  let server: StartingServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('answers /healthz at once while starting, saying so', async () => {
    server = await listen();
    const res = await fetch(`http://127.0.0.1:${server.port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, starting: true, message: 'Afsprakenbot start; de database wordt geopend.' });
  });

  it('holds other requests until the routes are served, then answers them through the routes', async () => {
    server = await listen();
    const url = `http://127.0.0.1:${server.port}`;
    let answered = false;
    const held = fetch(`${url}/documents`).then(async (r) => ((answered = true), { status: r.status, body: await r.json() }));
    await new Promise((r) => setTimeout(r, 150));
    expect(answered).toBe(false);
    server.serve(routes);
    expect(await held).toEqual({ status: 200, body: { documents: ['Almelo'] } });
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ ok: true });
    expect((await fetch(`${url}/onbekend`)).status).toBe(404);
  });

  it('answers held and later requests with a Dutch 503 when the start failed', async () => {
    server = await listen();
    const url = `http://127.0.0.1:${server.port}`;
    const held = fetch(`${url}/documents`);
    await new Promise((r) => setTimeout(r, 50));
    server.fail();
    const res = await held;
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ok: false, message: 'Afsprakenbot kon niet starten; zie het log van de server.' });
    expect((await fetch(`${url}/healthz`)).status).toBe(503);
  });

  it('checks the host of every request while starting, as the app does, and lets a health probe by IP through', async () => {
    server = await listen();
    const { request } = await import('node:http');
    const get = (path: string, host: string) =>
      new Promise<number>((resolve, reject) =>
        request({ host: '127.0.0.1', port: server!.port, path, headers: { host } }, (res) => (res.resume(), resolve(res.statusCode!))).on('error', reject).end(),
      );
    expect(await get('/healthz', '10.0.0.7')).toBe(200);
    const held = get('/documents', 'aanvaller.example');
    await new Promise((r) => setTimeout(r, 50));
    server.serve(routes);
    expect(await held).toBe(421);
  });

  it('refuses a port that is taken', async () => {
    server = await listen();
    await expect(listenEarly(server.port, '127.0.0.1', silent, guard)).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
