/** Sign-in routes: /auth/login → provider → /auth/callback, /auth/logout, and the local user picker. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { HttpRoute } from '../../../core/channel.js';
import { readBody, sendHtml, sendJson } from '../http-server.js';
import { renderSignInFailedPage } from '../pages/sign-in-pages.js';
import type { OidcClient, PendingLogin } from './oidc-client.js';
import { authTexts as t } from './texts.js';
import { GUEST_ID, safeReturnPath, type WebAuth } from './web-auth.js';

/** A sign-in must come back from the provider within this time. */
const LOGIN_TTL_MS = 10 * 60_000;

const pendingSchema = z.object({ state: z.string(), nonce: z.string(), codeVerifier: z.string(), returnTo: z.string() });
const pickSchema = z.object({ user: z.string().trim().min(1).max(200) });

const redirect = (res: ServerResponse, location: string) => {
  res.writeHead(303, { location, 'cache-control': 'no-store' });
  res.end();
};

const failed = (res: ServerResponse, status: number, reason: string) => {
  res.setHeader('cache-control', 'no-store');
  sendHtml(res, status, renderSignInFailedPage(reason));
};

async function readJson(req: IncomingMessage): Promise<unknown> {
  try {
    return JSON.parse(await readBody(req, 10_000));
  } catch {
    return undefined;
  }
}

export function createAuthRoutes(auth: WebAuth, options: { oidc?: OidcClient; redirectUri?: string }): HttpRoute[] {
  const { oidc, redirectUri } = options;
  const logger = auth.logger;

  const login: HttpRoute = {
    method: 'GET',
    path: '/auth/login',
    access: 'public',
    async handle(req, res) {
      if (auth.mode !== 'oidc' || !oidc) return redirect(res, '/');
      const returnTo = safeReturnPath(new URL(req.url ?? '/', 'http://localhost').searchParams.get('terug'));
      let started;
      try {
        started = await oidc.start(returnTo);
      } catch (err) {
        logger.error('oidc: provider not reachable', { error: String((err as Error).message ?? err) });
        return failed(res, 502, t.reasons.provider);
      }
      await auth.startSession(req, res, 'login', { login: started.pending }, LOGIN_TTL_MS);
      redirect(res, started.url);
    },
  };

  const callback: HttpRoute = {
    method: 'GET',
    path: '/auth/callback',
    access: 'public',
    async handle(req, res) {
      if (auth.mode !== 'oidc' || !oidc || !redirectUri) return redirect(res, '/');
      const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
      const pending = await takePendingLogin(req, res);
      if (!pending) return failed(res, 400, t.reasons.expired);
      const error = query.get('error');
      if (error) return failed(res, 400, t.reasons.denied((query.get('error_description') ?? error).slice(0, 300)));
      // The URL the provider redirected to, as registered (behind a proxy req.url has another origin).
      const current = new URL(redirectUri);
      current.search = query.toString();
      let identity;
      try {
        identity = await oidc.finish(current, pending);
      } catch (err) {
        logger.warn('oidc: sign-in refused', { error: String((err as Error).message ?? err) });
        return failed(res, 400, t.reasons.provider);
      }
      if (!identity.email) return failed(res, 403, t.reasons.noEmail);
      await auth.startSession(req, res, 'oidc', { email: identity.email, name: identity.name }, auth.sessionTtlMs);
      logger.info('console sign-in', { email: identity.email });
      redirect(res, pending.returnTo);
    },
  };

  /** The sign-in under way for this browser, used once: a replayed callback finds nothing. */
  async function takePendingLogin(req: IncomingMessage, res: ServerResponse): Promise<PendingLogin | null> {
    const session = await auth.sessionFromCookie(req, auth.loginCookie, 'login');
    await auth.endSession(req, res, auth.loginCookie);
    const parsed = pendingSchema.safeParse(session?.login);
    return parsed.success ? { ...parsed.data, returnTo: safeReturnPath(parsed.data.returnTo) } : null;
  }

  const logout: HttpRoute = {
    method: 'POST',
    path: '/auth/logout',
    access: 'public',
    async handle(req, res) {
      await auth.endSession(req, res, auth.sessionCookie);
      sendJson(res, 200, { ok: true, next: '/' });
    },
  };

  /** The local user picker: who you are lives in the session, never in a request body. */
  const pick: HttpRoute = {
    method: 'POST',
    path: '/api/console/session',
    access: 'public',
    async handle(req, res) {
      const access = await auth.resolve(req);
      if ('refused' in access) return auth.refuse(req, res, access.refused, 'api');
      if (access.user.via !== 'local') return sendJson(res, 403, { error: 'forbidden', message: t.api.pickerOff });
      const parsed = pickSchema.safeParse(await readJson(req));
      if (!parsed.success) return sendJson(res, 400, { error: 'bad_request', message: 'Geef {"user": "<console-id>"}.' });
      const user = await auth.localUser(parsed.data.user);
      if (parsed.data.user !== GUEST_ID && user.userId !== parsed.data.user) return sendJson(res, 400, { error: 'unknown_user', message: t.api.unknownUser(parsed.data.user) });
      await auth.startSession(req, res, 'local', { userId: user.userId, personId: user.person?.id ?? null, name: user.name }, auth.sessionTtlMs);
      sendJson(res, 200, { user: user.userId, name: user.name });
    },
  };

  return [login, callback, logout, pick];
}
