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
