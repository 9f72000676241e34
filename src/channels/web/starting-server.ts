/**
 * The HTTP server listens before the app is built: `/healthz` answers at once (the process is up, the
 * database still opening), every other request waits for the app's routes and then goes through them.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { HttpRoute } from '../../core/channel.js';
import type { Logger } from '../../core/ports.js';
import { dispatch, sendJson, type DispatchOptions } from './http-server.js';
import type { RequestGuard } from './security/request-guard.js';
import { webTexts as t } from './texts.js';

/** After this long a waiting request is answered 503 rather than held (Slack retries, a browser shows it). */
const MAX_WAIT_MS = 60_000;

export interface StartingServer {
  readonly server: Server;
  readonly port: number;
  /** The app's routes: waiting requests and all later ones go through them. */
  serve(routes: HttpRoute[], options?: DispatchOptions): void;
  /** The app did not start: waiting requests get a Dutch 503. */
  fail(): void;
  close(): Promise<void>;
}

/**
 * Listens on `port`/`host` (rejects with EADDRINUSE when taken) and holds requests until `serve`. The guard
 * (the app's: host names, same-origin, security headers) checks every request, also while starting.
 */
export async function listenEarly(port: number, host: string, logger: Logger, guard: RequestGuard): Promise<StartingServer> {
  let routes: HttpRoute[] | undefined;
  let dispatchOptions: DispatchOptions = {};
  let failed = false;
  const waiting: Array<() => void> = [];
  const release = () => waiting.splice(0).forEach((go) => go());

  // What /healthz is while starting: the process is up; a probe by IP address is allowed, as later.
  const startingHealth: HttpRoute = {
    method: 'GET',
    path: '/healthz',
    access: 'probe',
    handle: (_req, res) => sendJson(res, 200, { ok: true, starting: true, message: t.starting.health }),
  };

  function handle(req: IncomingMessage, res: ServerResponse): void {
    if (routes) return dispatch(routes, logger, guard, req, res, dispatchOptions);
    if (failed) return sendJson(res, 503, { ok: false, message: t.starting.failed });
    if (req.method === 'GET' && (req.url ?? '/').split('?')[0] === '/healthz') return dispatch([startingHealth], logger, guard, req, res);
    const timer = setTimeout(() => {
      const at = waiting.indexOf(go);
      if (at >= 0) waiting.splice(at, 1);
      sendJson(res, 503, { ok: false, message: t.starting.tooLong });
    }, MAX_WAIT_MS);
    const go = () => {
      clearTimeout(timer);
      handle(req, res);
    };
    waiting.push(go);
  }

  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  return {
    server,
    port: typeof address === 'object' && address ? address.port : port,
    serve(r, options = {}) {
      routes = r;
      dispatchOptions = options;
      release();
    },
    fail() {
      failed = true;
      release();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
