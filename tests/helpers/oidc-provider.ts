/**
 * A real OpenID Connect provider (oidc-provider) on 127.0.0.1 for the sign-in tests: one confidential
 * client, accounts whose e-mail address is the login name, and a plain login page of our own (the
 * library's development pages load web fonts from the internet).
 */
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestAccount {
  email: string;
  name: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Logins the provider accepted, in order (e-mail addresses). */
  logins: string[];
  close(): Promise<void>;
}

/** A free port on 127.0.0.1 (listen on 0, close, reuse). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function startTestProvider(options: { redirectUri: string; accounts: TestAccount[] }): Promise<TestProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = 'afsprakenbot-test';
  const clientSecret = 'test-geheim-0123456789abcdef0123456789abcdef';
  const logins: string[] = [];
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'test-sleutel', use: 'sig', alg: 'RS256' };

  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [options.redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
    jwks: { keys: [jwk] },
    cookies: { keys: ['test-cookie-sleutel-0123456789'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx: unknown, sub: string) {
      const account = options.accounts.find((a) => a.email === sub);
      if (!account) return undefined;
      return { accountId: sub, claims: async () => ({ sub, email: account.email, email_verified: true, name: account.name }) };
    },
  });
  const handle = provider.callback();

  const server: Server = createServer((req, res) => {
    const m = /^\/interaction\/([^/?]+)(\/login)?/.exec(req.url ?? '');
    if (!m) return handle(req, res);
    void (async () => {
      const details = await provider.interactionDetails(req, res);
      if (m[2] && req.method === 'POST') {
        const email = (await formBody(req)).get('email') ?? '';
        if (!options.accounts.some((a) => a.email === email)) {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<p id="fout">Onbekend account ${escape(email)}</p>`);
          return;
        }
        logins.push(email);
        await provider.interactionFinished(req, res, { login: { accountId: email } }, { mergeWithLastSubmission: false });
        return;
      }
      if (details.prompt.name === 'consent') {
        // Our own client: consent is implied, as in an organisation's provider.
        const grant = new provider.Grant({ accountId: details.session!.accountId, clientId });
        grant.addOIDCScope(String(details.params.scope ?? 'openid'));
        const grantId = await grant.save();
        await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
        `<!doctype html><html lang="nl"><title>Testprovider</title><form method="post" action="/interaction/${escape(details.uid)}/login">` +
          `<label>E-mail <input name="email" id="email" type="email" required></label><button type="submit" id="login">Inloggen</button></form></html>`,
      );
    })().catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end(String((err as Error).message));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    issuer,
    clientId,
    clientSecret,
    logins,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
