/**
 * Server-wide HTTP checks that run before any route: the Host must be one of ours (DNS rebinding), a
 * state-changing browser request must be same-origin JSON (cross-site requests), and every response
 * carries the security headers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpRoute } from '../../../core/channel.js';
import type { Logger } from '../../../core/ports.js';
import { crossSiteRefusal, hostnameOf } from './request-origin.js';
import { securityTexts as t } from './texts.js';

export interface RequestGuardOptions {
  /** Host names (lower case, no port) this server answers to. */
  allowedHosts: string[];
  /** The configured public address (PUBLIC_URL); its origin counts as same-origin. */
  publicUrl?: string;
  /** Adds Strict-Transport-Security (only when the public address is https). */
  https?: boolean;
  logger?: Logger;
}

/** Returns false when it answered the request itself (refused). */
export type RequestGuard = (req: IncomingMessage, res: ServerResponse, route: HttpRoute | undefined) => boolean;

/**
 * No inline script anywhere; inline style attributes are allowed (the digest and matrix HTML colour their
 * cells with them), <style> elements are not. No framing, no plugins, forms only to ourselves.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-elem 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function refuse(res: ServerResponse, status: number, error: string, message: string): false {
  const body = JSON.stringify({ error, message });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
  return false;
}

export function createRequestGuard(options: RequestGuardOptions): RequestGuard {
  const allowed = new Set(options.allowedHosts.map((h) => h.toLowerCase()));
  const publicOrigin = options.publicUrl ? new URL(options.publicUrl).origin : '';
  return (req, res, route) => {
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'same-origin');
    res.setHeader('x-frame-options', 'DENY');
    res.setHeader('cross-origin-opener-policy', 'same-origin');
    if (options.https) res.setHeader('strict-transport-security', 'max-age=31536000');

    // Load balancers probe health by IP address; the answer says nothing about anyone.
    if (route?.access !== 'probe') {
      const host = hostnameOf(req);
      if (!allowed.has(host)) {
        options.logger?.warn('request for an unknown host refused', { host: host.slice(0, 100), path: (req.url ?? '').slice(0, 100) });
        return refuse(res, 421, 'unknown_host', t.unknownHost(host.slice(0, 100)));
      }
    }
    // Slack, Teams and the CLI's ingest prove who they are with a signature or token, and send no cookies.
    if (route && route.access !== 'machine' && UNSAFE.has(req.method ?? '')) {
      const why = crossSiteRefusal(req, publicOrigin);
      if (why === 'content_type') return refuse(res, 415, 'unsupported_media_type', t.jsonOnly);
      if (why) return refuse(res, 403, 'cross_site', t.crossSite);
    }
    return true;
  };
}
