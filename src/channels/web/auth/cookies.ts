import type { IncomingMessage } from 'node:http';

/** Cookies of a request by name (the first one wins when a name repeats). */
export function readCookies(req: IncomingMessage): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    if (out.has(name)) continue;
    try {
      out.set(name, decodeURIComponent(part.slice(eq + 1).trim()));
    } catch {
      // A cookie we cannot decode is not one of ours.
    }
  }
  return out;
}

export interface CookieOptions {
  secure: boolean;
  /** Seconds; 0 removes the cookie. */
  maxAge: number;
}

/** A Set-Cookie value: always HttpOnly, SameSite=Lax and Path=/; Secure behind https. */
export function cookieHeader(name: string, value: string, o: CookieOptions): string {
  return [`${name}=${encodeURIComponent(value)}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${Math.max(0, Math.floor(o.maxAge))}`, ...(o.secure ? ['Secure'] : [])].join('; ');
}

/**
 * Cookie names: with Secure the `__Host-` prefix, which browsers only accept from https, for this exact
 * host and path, so a sibling subdomain cannot plant or overwrite it.
 */
export function cookieName(base: string, secure: boolean): string {
  return secure ? `__Host-${base}` : base;
}
