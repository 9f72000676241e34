/**
 * Who is using the console: a person signed in through OpenID Connect, or (only without OIDC, never in
 * production, only from this computer) the person picked in the local user picker. Both live in a
 * server-side session behind an HttpOnly cookie; the API never takes a user from a request body.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SignInMode } from '../../../config/config.js';
import type { HttpRoute } from '../../../core/channel.js';
import type { DirectoryLookup, Person } from '../../../core/people.js';
import type { Logger } from '../../../core/ports.js';
import type { WebSessionKind, WebSessionRecord, WebSessionStore } from '../../../core/sessions.js';
import { sendHtml, sendJson } from '../http-server.js';
import { renderClosedPage, renderLocalOnlyPage, renderSignInPage } from '../pages/sign-in-pages.js';
import { isLocalRequest } from '../security/request-origin.js';
import { cookieHeader, cookieName, readCookies } from './cookies.js';
import type { OidcClient } from './oidc-client.js';
import { authTexts as t } from './texts.js';

/** The console user id of a guest in the local picker (not in the directory). */
export const GUEST_ID = 'gast';

export interface WebUser {
  /** The id messages are handled as: the console id, else the person id, else oidc:<e-mail> for a guest. */
  userId: string;
  person: Person | null;
  name: string;
  via: 'oidc' | 'local';
}

/** Finds a directory entry by e-mail address (case-insensitive); the directory repository has it. */
export interface PersonByEmail {
  findByEmail(email: string): Promise<Person | null>;
}

export type Refusal = 'sign-in' | 'closed' | 'local-only';

export interface WebAuthDeps {
  mode: SignInMode;
  secureCookies: boolean;
  sessionTtlMs: number;
  sessions: WebSessionStore;
  directory: DirectoryLookup & PersonByEmail;
  oidc?: OidcClient;
  now: () => Date;
  logger: Logger;
}

export type WebAuth = ReturnType<typeof createWebAuth>;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A path on this site to return to after signing in; anything else (another site, //x, /\x) becomes "/". */
export function safeReturnPath(value: string | null | undefined): string {
  const v = (value ?? '').trim();
  if (!v.startsWith('/') || v.startsWith('//') || v.startsWith('/\\') || v.startsWith('/auth/') || /[\r\n]/.test(v)) return '/';
  return v.slice(0, 1000);
}

export function createWebAuth(deps: WebAuthDeps) {
  const { mode, sessions, directory, logger } = deps;
  const sessionCookie = cookieName('afsprakenbot-sessie', deps.secureCookies);
  const loginCookie = cookieName('afsprakenbot-aanmelden', deps.secureCookies);
  const users = new WeakMap<IncomingMessage, WebUser>();

  const setCookie = (res: ServerResponse, name: string, value: string, maxAgeMs: number) => {
    const existing = res.getHeader('set-cookie');
    const list = Array.isArray(existing) ? existing : existing ? [String(existing)] : [];
    res.setHeader('set-cookie', [...list, cookieHeader(name, value, { secure: deps.secureCookies, maxAge: maxAgeMs / 1000 })]);
  };

  async function sessionOf(req: IncomingMessage, name: string, kind: WebSessionKind): Promise<WebSessionRecord | null> {
    const token = readCookies(req).get(name);
    if (!token || token.length > 200) return null;
    const session = await sessions.get(hashToken(token), deps.now());
    return session?.kind === kind ? session : null;
  }

  /** Starts a session of `kind`, sets its cookie and drops the request's previous one (no fixation). */
  async function startSession(req: IncomingMessage, res: ServerResponse, kind: WebSessionKind, fields: Partial<WebSessionRecord>, ttlMs: number) {
    const old = readCookies(req).get(kind === 'login' ? loginCookie : sessionCookie);
    if (old) await sessions.remove(hashToken(old));
    const token = randomBytes(32).toString('base64url');
    const now = deps.now();
    await sessions.purgeExpired(now);
    await sessions.create({
      id: hashToken(token),
      kind,
      userId: fields.userId ?? null,
      personId: fields.personId ?? null,
      email: fields.email ?? null,
      name: fields.name ?? null,
      login: fields.login ?? null,
      expiresAt: new Date(now.getTime() + ttlMs),
    });
    setCookie(res, kind === 'login' ? loginCookie : sessionCookie, token, ttlMs);
  }

  async function endSession(req: IncomingMessage, res: ServerResponse, name: string) {
    const token = readCookies(req).get(name);
    if (token) await sessions.remove(hashToken(token));
    setCookie(res, name, '', 0);
  }

  async function localUser(userId: string): Promise<WebUser> {
    const person = userId === GUEST_ID ? null : await directory.findByChannelUser('web', userId);
    return person ? { userId, person, name: person.name, via: 'local' } : { userId: GUEST_ID, person: null, name: t.guestName, via: 'local' };
  }

  /** The user behind a request, or why there is none. */
  async function resolve(req: IncomingMessage): Promise<{ user: WebUser } | { refused: Refusal }> {
    if (mode === 'closed') return { refused: 'closed' };
    if (mode === 'local') {
      if (!isLocalRequest(req)) return { refused: 'local-only' };
      const session = await sessionOf(req, sessionCookie, 'local');
      return { user: await localUser(session?.userId ?? GUEST_ID) };
    }
    const session = await sessionOf(req, sessionCookie, 'oidc');
    if (!session?.email) return { refused: 'sign-in' };
    // Roles are read on every request, so a changed directory counts at once.
    const person = await directory.findByEmail(session.email);
    const userId = person ? (person.consoleId ?? person.id) : `oidc:${session.email}`;
    return { user: { userId, person, name: person?.name ?? session.name ?? session.email, via: 'oidc' } };
  }

  function refuse(req: IncomingMessage, res: ServerResponse, why: Refusal, kind: 'page' | 'api') {
    res.setHeader('cache-control', 'no-store');
    if (kind === 'api') {
      const message = why === 'closed' ? t.api.closed : why === 'local-only' ? t.api.localOnly : t.api.signIn;
      sendJson(res, why === 'local-only' ? 403 : 401, { error: why === 'closed' ? 'sign_in_not_configured' : why === 'local-only' ? 'local_only' : 'unauthenticated', message });
      return;
    }
    if (why === 'closed') sendHtml(res, 401, renderClosedPage());
    else if (why === 'local-only') sendHtml(res, 403, renderLocalOnlyPage());
    else sendHtml(res, 401, renderSignInPage(safeReturnPath(req.url)));
  }

  return {
    mode,
    resolve,
    sessionTtlMs: deps.sessionTtlMs,
    sessionFromCookie: sessionOf,
    sessionCookie,
    loginCookie,
    startSession,
    endSession,
    localUser,
    refuse,
    /** Wraps a console route: without a user it answers with the sign-in page or a 401; with one, `userOf(req)` has it. */
    protect(route: HttpRoute, kind: 'page' | 'api'): HttpRoute {
      return {
        ...route,
        access: 'console',
        async handle(req, res) {
          const access = await resolve(req);
          if ('refused' in access) return refuse(req, res, access.refused, kind);
          users.set(req, access.user);
          res.setHeader('cache-control', 'no-store');
          await route.handle(req, res);
        },
      };
    },
    /** The user `protect` found for this request. */
    userOf(req: IncomingMessage): WebUser {
      const user = users.get(req);
      if (!user) throw new Error('console route without protect()');
      return user;
    },
    logger,
  };
}
