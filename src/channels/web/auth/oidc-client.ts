/**
 * OpenID Connect sign-in with `openid-client` (authorization code flow with PKCE, state and nonce).
 * Works with any provider that publishes discovery metadata; Microsoft Entra ID is the usual one.
 */
import * as client from 'openid-client';
import { isLoopbackHost } from '../../../config/config.js';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

/** What must survive from the redirect to the provider until its callback (stored server-side). */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

export interface OidcIdentity {
  subject: string;
  email: string | null;
  name: string | null;
}

export interface OidcClient {
  /** The provider's sign-in URL and the secrets to keep until the callback. */
  start(returnTo: string): Promise<{ url: string; pending: PendingLogin }>;
  /** Checks the callback (state, PKCE, nonce, ID token signature) and returns who signed in. */
  finish(callbackUrl: URL, pending: PendingLogin): Promise<OidcIdentity>;
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;
/** Entra puts the sign-in name (usually the e-mail address) in preferred_username when `email` is not set. */
const ENTRA = /(^|\.)login\.microsoftonline\.(com|us)$|(^|\.)login\.partner\.microsoftonline\.cn$/;

function emailFrom(claims: Record<string, unknown>, issuerHost: string): string | null {
  const email = typeof claims.email === 'string' ? claims.email.trim() : '';
  if (email && EMAIL.test(email) && claims.email_verified !== false) return email.toLowerCase();
  const preferred = typeof claims.preferred_username === 'string' ? claims.preferred_username.trim() : '';
  if (ENTRA.test(issuerHost) && EMAIL.test(preferred)) return preferred.toLowerCase();
  return null;
}

export function createOidcClient(settings: OidcSettings): OidcClient {
  const issuer = new URL(settings.issuer);
  let configuration: Promise<client.Configuration> | undefined;
  // Discovery once, retried on the next sign-in when the provider was unreachable.
  const config = () =>
    (configuration ??= client
      .discovery(issuer, settings.clientId, settings.clientSecret, undefined, {
        // Only a provider on this computer (tests, a local Keycloak) may speak plain http.
        ...(issuer.protocol === 'http:' && isLoopbackHost(issuer.hostname) ? { execute: [client.allowInsecureRequests] } : {}),
        timeout: 10,
      })
      .catch((err: unknown) => {
        configuration = undefined;
        throw err;
      }));

  return {
    async start(returnTo) {
      const pending: PendingLogin = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
        returnTo,
      };
      const url = client.buildAuthorizationUrl(await config(), {
        redirect_uri: settings.redirectUri,
        scope: 'openid email profile',
        response_type: 'code',
        state: pending.state,
        nonce: pending.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
      });
      return { url: url.toString(), pending };
    },

    async finish(callbackUrl, pending) {
      const cfg = await config();
      const tokens = await client.authorizationCodeGrant(cfg, callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims() as (Record<string, unknown> & { sub: string }) | undefined;
      if (!claims) throw new Error('geen ID-token van de aanmeldprovider');
      let email = emailFrom(claims, issuer.hostname);
      let name = typeof claims.name === 'string' ? claims.name : null;
      // Some providers give the e-mail address only at the userinfo endpoint.
      if (!email && cfg.serverMetadata().userinfo_endpoint) {
        const info = (await client.fetchUserInfo(cfg, tokens.access_token, claims.sub)) as Record<string, unknown>;
        email = emailFrom(info, issuer.hostname);
        name ??= typeof info.name === 'string' ? info.name : null;
      }
      return { subject: claims.sub, email, name };
    },
  };
}
