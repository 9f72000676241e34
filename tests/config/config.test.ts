import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseDatabase } from '../../src/config/config.js';

describe('configuration', () => {
  it('defaults to the embedded database in ./data and port 3000', () => {
    const c = loadConfig({});
    expect(c.database).toEqual({ kind: 'pglite', dataDir: expect.stringMatching(/data$/) });
    expect(c.http.port).toBe(3000);
    expect(c.slack).toBeUndefined();
    expect(c.llm).toBeUndefined();
  });

  it('chooses PostgreSQL for a postgres:// URL and a folder for pglite:<dir>', () => {
    expect(parseDatabase('postgres://u:p@localhost/db')).toEqual({ kind: 'postgres', url: 'postgres://u:p@localhost/db' });
    expect(parseDatabase('pglite:/tmp/x')).toEqual({ kind: 'pglite', dataDir: '/tmp/x' });
    expect(() => parseDatabase('mysql://x')).toThrow(ConfigError);
  });

  it('lets an explicit --db win over DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://a/b' }, { db: 'pglite:/tmp/y' }).database).toEqual({ kind: 'pglite', dataDir: '/tmp/y' });
  });

  it('names the missing Slack setting', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET is verplicht/);
    expect(() => loadConfig({ SLACK_SIGNING_SECRET: 's' })).toThrow(/SLACK_BOT_TOKEN ontbreekt/);
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SOCKET_MODE: 'true' })).toThrow(/SLACK_APP_TOKEN is verplicht/);
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack?.mode).toBe('socket');
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).slack?.mode).toBe('http');
  });

  it('refuses TEAMS_SKIP_AUTH in production and a bad port', () => {
    expect(() => loadConfig({ TEAMS_SKIP_AUTH: 'true', NODE_ENV: 'production' })).toThrow(/TEAMS_SKIP_AUTH/);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ OPENAI_API_KEY: 'sk-x' })).toThrow(/OPENAI_MODEL/);
  });

  it('recognises production in any case, so "Production" keeps Teams token checks on', () => {
    expect(loadConfig({ NODE_ENV: 'Production' }).env).toBe('production');
    expect(loadConfig({ NODE_ENV: 'PRODUCTION' }).web.signIn).toBe('closed');
    expect(() => loadConfig({ TEAMS_SKIP_AUTH: 'true', NODE_ENV: 'Production' })).toThrow(/TEAMS_SKIP_AUTH/);
    expect(loadConfig({ NODE_ENV: 'development' }).web.signIn).toBe('local');
  });

  it('takes OIDC settings all together and names the missing one', () => {
    const oidc = { OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0', OIDC_CLIENT_ID: 'app', OIDC_CLIENT_SECRET: 'geheim' };
    const c = loadConfig({ ...oidc, PUBLIC_URL: 'https://afspraken.gemeente.nl', NODE_ENV: 'production' });
    expect(c.web).toMatchObject({ signIn: 'oidc', secureCookies: true, oidc: { redirectUri: 'https://afspraken.gemeente.nl/auth/callback' } });
    expect(() => loadConfig({ OIDC_ISSUER: oidc.OIDC_ISSUER })).toThrow(/^OIDC_CLIENT_ID is verplicht als OIDC_ISSUER is gezet/);
    expect(() => loadConfig({ OIDC_ISSUER: oidc.OIDC_ISSUER, OIDC_CLIENT_ID: 'app' })).toThrow(/^OIDC_CLIENT_SECRET is verplicht/);
    expect(() => loadConfig({ ...oidc, OIDC_ISSUER: 'http://idp.example' })).toThrow(/OIDC_ISSUER moet met https:\/\/ beginnen/);
    expect(() => loadConfig({ ...oidc, OIDC_ISSUER: 'geen adres' })).toThrow(/^OIDC_ISSUER: "geen adres" is geen geldig adres/);
    expect(() => loadConfig({ ...oidc, NODE_ENV: 'production', PUBLIC_URL: 'http://afspraken.gemeente.nl' })).toThrow(/PUBLIC_URL moet in productie met https:\/\/ beginnen/);
    expect(loadConfig({ ...oidc, OIDC_REDIRECT_URI: 'https://elders.nl/cb' }).web.oidc!.redirectUri).toBe('https://elders.nl/cb');
  });

  it('answers only to the public host, HOST and loopback names unless ALLOWED_HOSTS says otherwise', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://Afspraken.Gemeente.nl' }).web.allowedHosts).toEqual(['afspraken.gemeente.nl', '127.0.0.1', 'localhost', '::1']);
    expect(loadConfig({ HOST: '0.0.0.0' }).web.allowedHosts).toEqual(['localhost', '127.0.0.1', '::1']);
    expect(loadConfig({ ALLOWED_HOSTS: 'bot.gemeente.nl:443, [::2]:80,Intern.local' }).web.allowedHosts).toEqual(['bot.gemeente.nl', '::2', 'intern.local', 'localhost', '127.0.0.1', '::1']);
    expect(() => loadConfig({ ALLOWED_HOSTS: 'https://bot.gemeente.nl' })).toThrow(/^ALLOWED_HOSTS: "https:\/\/bot.gemeente.nl" is geen hostnaam/);
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://x' })).toThrow(/^PUBLIC_URL/);
  });

  it('reads the crash and shutdown settings, with defaults, and names a bad one', () => {
    expect(loadConfig({}).resilience).toEqual({ shutdownGraceMs: 10_000, leaseMs: 60_000, sendMaxAttempts: 5, sendRetryBaseMs: 60_000, answerReplayMinutes: 10 });
    expect(loadConfig({ SHUTDOWN_GRACE_MS: '2500', JOB_LEASE_MS: '5000', ANSWER_REPLAY_MINUTES: '0' }).resilience).toMatchObject({ shutdownGraceMs: 2500, leaseMs: 5000, answerReplayMinutes: 0 });
    expect(() => loadConfig({ JOB_LEASE_MS: '10' })).toThrow(/JOB_LEASE_MS/);
    expect(() => loadConfig({ SHUTDOWN_GRACE_MS: 'tien' })).toThrow(/SHUTDOWN_GRACE_MS/);
  });

  it('accepts .env.example as it stands (a newcomer may copy it to .env unchanged)', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseEnv } = await import('node:util');
    const env = parseEnv(readFileSync(new URL('../../.env.example', import.meta.url), 'utf8'));
    const c = loadConfig(env);
    expect(c.http.port).toBe(3000);
    expect(c.slack).toBeUndefined();
    expect(c.scheduler).toMatchObject({ enabled: true, timezone: 'Europe/Amsterdam', weeklyDigestCron: '0 8 * * 1' });
  });
});
