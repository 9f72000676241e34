import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Config } from '../../config/config.js';
import type { HttpRoute } from '../../core/channel.js';
import type { Logger } from '../../core/ports.js';
import { createRequestGuard, type RequestGuard } from './security/request-guard.js';

/** Reads a request body up to a limit; rejects with a status code on overflow. */
export async function readBody(req: IncomingMessage, limit = 1_000_000): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw Object.assign(new Error('Verzoek te groot'), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(data) });
  res.end(data);
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html) });
  res.end(html);
}

function matches(route: HttpRoute, method: string, pathname: string): boolean {
  if (route.method !== '*' && route.method !== method) return false;
  return route.prefix ? pathname === route.path || pathname.startsWith(route.path.endsWith('/') ? route.path : `${route.path}/`) : pathname === route.path;
}

/** Without explicit settings a server only answers to loopback names. */
const loopbackOnly = (logger: Logger) => createRequestGuard({ allowedHosts: ['localhost', '127.0.0.1', '::1'], logger });

/** The guard for this installation's settings: its host names, public address and https. */
export const requestGuardFor = (config: Config, logger: Logger): RequestGuard =>
  createRequestGuard({ allowedHosts: config.web.allowedHosts, publicUrl: config.http.publicUrl, https: config.web.secureCookies, logger });

/**
 * Routes a request: the guard (Host, same-origin, security headers) first, then the first matching route;
 * a failing handler is logged and answered with a Dutch 500. While `draining` (a graceful stop) every request
 * gets 503, so Slack and Teams retry later and a load balancer sends people elsewhere.
 */
export function dispatch(routes: HttpRoute[], logger: Logger, guard: RequestGuard, req: IncomingMessage, res: ServerResponse, options: DispatchOptions = {}): void {
  let pathname: string;
  try {
    pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  } catch {
    sendJson(res, 400, { error: 'bad_request', message: 'Ongeldig adres.' });
    return;
  }
  const method = req.method ?? 'GET';
  if (options.draining?.()) {
    res.setHeader('connection', 'close');
    res.setHeader('retry-after', '5');
    sendJson(res, 503, { error: 'unavailable', message: 'Afsprakenbot stopt even; probeer het zo opnieuw.' });
    return;
  }
  const route = routes.find((r) => matches(r, method, pathname));
  if (!guard(req, res, route)) return;
  if (!route) {
    sendJson(res, 404, { error: 'not_found', message: `Onbekend pad: ${pathname}` });
    return;
  }
  Promise.resolve()
    .then(() => route.handle(req, res))
    .catch((err: unknown) => {
      logger.error('http handler failed', { path: pathname, error: String((err as Error).stack ?? err) });
      if (!res.headersSent) sendJson(res, (err as { status?: number }).status ?? 500, { error: 'internal', message: 'Er ging iets mis.' });
      else res.end();
    });
}

export interface DispatchOptions {
  /** True during a graceful stop: requests get 503. */
  draining?: () => boolean;
}

/** The one HTTP server: console, Slack events and Teams messages share a port, behind the guard. */
export function createHttpServer(routes: HttpRoute[], logger: Logger, guard: RequestGuard = loopbackOnly(logger), options: DispatchOptions = {}): Server {
  return createServer((req, res) => dispatch(routes, logger, guard, req, res, options));
}
