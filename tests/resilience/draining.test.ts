/** While the bot stops gracefully, its one HTTP server turns requests away (503), so Slack and Teams retry later. */
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/channels/web/http-server.js';
import type { HttpRoute } from '../../src/core/channel.js';
import { silentLogger } from '../slack/harness.js';

describe('the HTTP server during a graceful stop', () => {
  it('answers 503 with a Dutch message and Retry-After once draining, and handles requests before', async () => {
    let draining = false;
    let handled = 0;
    const route: HttpRoute = { method: 'POST', path: '/slack/events', access: 'machine', handle: (_req, res) => void (handled++, res.writeHead(200).end('ok')) };
    const server = createHttpServer([route], silentLogger, undefined, { draining: () => draining });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
    try {
      expect((await fetch(url, { method: 'POST', body: '{}' })).status).toBe(200);
      draining = true;
      const res = await fetch(url, { method: 'POST', body: '{}' });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(((await res.json()) as { message: string }).message).toMatch(/stopt even/);
      expect(handled).toBe(1);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
