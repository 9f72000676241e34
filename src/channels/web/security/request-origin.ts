import type { IncomingMessage } from 'node:http';

/** The Host header's name without port, lower case, without brackets or a trailing dot. */
export function hostnameOf(req: IncomingMessage): string {
  const host = String(req.headers.host ?? '').trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(host);
  const name = bracketed ? bracketed[1]! : host.replace(/:\d+$/, '');
  return name.replace(/\.$/, '');
}

/** True when the request comes from this computer and not through a proxy that forwards someone else's. */
export function isLocalRequest(req: IncomingMessage): boolean {
  const remote = req.socket.remoteAddress ?? '';
  const loopback = remote === '::1' || remote.startsWith('127.') || remote.startsWith('::ffff:127.');
  const forwarded = req.headers.forwarded || req.headers['x-forwarded-for'] || req.headers['x-real-ip'];
  return loopback && !forwarded;
}

/**
 * Why a state-changing browser request is refused, or null when it is same-origin JSON. A form or a
 * `text/plain` fetch from another site can be sent without the user's consent; `application/json` with
 * a same-origin `Origin`/`Sec-Fetch-Site` cannot.
 */
export function crossSiteRefusal(req: IncomingMessage, publicOrigin: string): string | null {
  const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') return 'content_type';
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return 'cross_site';
  const origin = req.headers.origin;
  if (origin === undefined) return site === 'same-origin' ? null : 'no_origin';
  let url: URL;
  try {
    url = new URL(String(origin));
  } catch {
    return 'cross_site';
  }
  const host = String(req.headers.host ?? '').toLowerCase();
  const sameHost = (url.protocol === 'http:' || url.protocol === 'https:') && url.host.toLowerCase() === host;
  return sameHost || url.origin === publicOrigin ? null : 'cross_site';
}
