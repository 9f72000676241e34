import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from './config-error.js';

// Its own module, so the CLI can recognise it without loading zod and the schema.
export { ConfigError };

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));

const envSchema = z.object({
  NODE_ENV: optionalString,
  DATABASE_URL: optionalString,
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  PUBLIC_URL: optionalString,
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  SAMPLE_DOCS_DIR: optionalString,
  SYNONYMS_FILE: optionalString,
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString,
  OPENAI_MODEL: optionalString,
  OPENAI_EMBEDDING_MODEL: optionalString,
  OPENAI_TIMEOUT_MS: z.coerce.number().int().positive().default(20_000),
  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: optionalString,
  SLACK_SOCKET_MODE: bool,
  TEAMS_CLIENT_ID: optionalString,
  TEAMS_CLIENT_SECRET: optionalString,
  TEAMS_TENANT_ID: optionalString,
  TEAMS_SKIP_AUTH: bool,
  SCHEDULER_ENABLED: z
    .enum(['true', 'false', '1', '0', ''])
    .optional()
    .transform((v) => v === undefined || v === '' || v === 'true' || v === '1'),
  TIMEZONE: z.string().default('Europe/Amsterdam'),
  PROMPT_WORKING_DAYS_BEFORE_END: z.coerce.number().int().min(0).max(60).default(10),
  REMINDER_AFTER_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(5),
  REMINDER_MAX: z.coerce.number().int().min(0).max(20).default(2),
  WEEKLY_DIGEST_CRON: z.string().default('0 8 * * 1'),
  MEETING_DIGEST_WORKING_DAYS: z.coerce.number().int().min(0).max(30).default(5),
  CATCH_UP_DAYS: z.coerce.number().int().min(0).max(60).default(7),
  OIDC_ISSUER: optionalString,
  OIDC_CLIENT_ID: optionalString,
  OIDC_CLIENT_SECRET: optionalString,
  OIDC_REDIRECT_URI: optionalString,
  ALLOWED_HOSTS: optionalString,
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(10),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  JOB_LEASE_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(60_000),
  SEND_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
  SEND_RETRY_BASE_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  ANSWER_REPLAY_MINUTES: z.coerce.number().int().min(0).max(1_440).default(10),
});

export type Database =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'postgres'; url: string };

export interface Config {
  env: 'production' | 'development' | 'test';
  database: Database;
  http: { port: number; host: string; publicUrl: string };
  web: WebSettings;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  sampleDocsDir?: string;
  synonymsFile?: string;
  llm?: { apiKey: string; baseUrl?: string; model: string; embeddingModel?: string; timeoutMs: number };
  llmTimeoutMs: number;
  slack?: {
    botToken: string;
    mode: 'http' | 'socket';
    signingSecret?: string;
    appToken?: string;
    apiUrl?: string;
  };
  teams?: { clientId?: string; clientSecret?: string; tenantId?: string; skipAuth: boolean };
  scheduler: {
    enabled: boolean;
    timezone: string;
    promptWorkingDaysBeforeEnd: number;
    reminderAfterWorkingDays: number;
    reminderMax: number;
    weeklyDigestCron: string;
    meetingDigestWorkingDays: number;
    catchUpDays: number;
  };
  /** Crashes, restarts and several instances: leases, retries of sends, late answers, graceful stop. */
  resilience: {
    /** On SIGTERM: time to finish running work before what is left is released and the process exits. */
    shutdownGraceMs: number;
    /** How long a job, an answer or a send is held without a heartbeat before another instance takes over. */
    leaseMs: number;
    sendMaxAttempts: number;
    sendRetryBaseMs: number;
    /** Unanswered messages this recent are answered after a restart (0 = never). */
    answerReplayMinutes: number;
  };
}

/**
 * How the console lets people in: OpenID Connect, the local user picker (never in production, only for
 * requests from this computer), or closed (production without OIDC: Slack and Teams still work).
 */
export type SignInMode = 'oidc' | 'local' | 'closed';

export interface WebSettings {
  signIn: SignInMode;
  oidc?: { issuer: string; clientId: string; clientSecret: string; redirectUri: string };
  /** Host names (lower case, no port) the server answers to; anything else is refused (DNS rebinding). */
  allowedHosts: string[];
  /** Cookies get `Secure` when the public address is https. */
  secureCookies: boolean;
  sessionTtlMs: number;
}

/** Explicit options (CLI flags, tests) win over the environment. */
export interface ConfigOverrides {
  db?: string;
  port?: number;
  [key: string]: unknown;
}

/** Turns `--db` / DATABASE_URL into a database choice: a postgres URL, `pglite:<dir>`, or a folder. */
export function parseDatabase(value: string | undefined, cwd = process.cwd()): Database {
  if (!value) return { kind: 'pglite', dataDir: path.resolve(cwd, 'data') };
  if (/^postgres(ql)?:\/\//i.test(value)) return { kind: 'postgres', url: value };
  if (value.startsWith('pglite:')) {
    const dir = value.slice('pglite:'.length);
    if (!dir) throw new ConfigError('DATABASE_URL: na "pglite:" hoort een map, bijvoorbeeld pglite:./data');
    return { kind: 'pglite', dataDir: path.resolve(cwd, dir) };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw new ConfigError(`DATABASE_URL: "${value.split(':')[0]}" wordt niet ondersteund; gebruik postgres://… of pglite:<map>`);
  }
  return { kind: 'pglite', dataDir: path.resolve(cwd, value) };
}

/** Parses the environment once; throws a ConfigError that names the bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: ConfigOverrides = {}): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  // The one place production is recognised; "Production" and "PRODUCTION" count too.
  const envName = e.NODE_ENV?.toLowerCase();
  const nodeEnv = envName === 'production' ? 'production' : envName === 'test' ? 'test' : 'development';
  const port = overrides.port ?? e.PORT;
  const publicUrl = e.PUBLIC_URL ? parseUrl('PUBLIC_URL', e.PUBLIC_URL).toString().replace(/\/$/, '') : `http://localhost:${port}`;

  let llm: Config['llm'];
  if (e.OPENAI_API_KEY || e.OPENAI_BASE_URL) {
    if (!e.OPENAI_MODEL) throw new ConfigError('OPENAI_MODEL is verplicht als OPENAI_API_KEY of OPENAI_BASE_URL is gezet');
    llm = {
      apiKey: e.OPENAI_API_KEY ?? 'not-needed',
      baseUrl: e.OPENAI_BASE_URL,
      model: e.OPENAI_MODEL,
      embeddingModel: e.OPENAI_EMBEDDING_MODEL,
      timeoutMs: e.OPENAI_TIMEOUT_MS,
    };
  }

  let slack: Config['slack'];
  if (e.SLACK_BOT_TOKEN) {
    const socket = e.SLACK_SOCKET_MODE || (!!e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET);
    if (socket) {
      if (!e.SLACK_APP_TOKEN) throw new ConfigError('SLACK_APP_TOKEN is verplicht voor Socket Mode (SLACK_SOCKET_MODE=true)');
      if (!e.SLACK_APP_TOKEN.startsWith('xapp-')) throw new ConfigError('SLACK_APP_TOKEN moet met "xapp-" beginnen');
    } else if (!e.SLACK_SIGNING_SECRET) {
      throw new ConfigError('SLACK_SIGNING_SECRET is verplicht als SLACK_BOT_TOKEN is gezet (of zet SLACK_APP_TOKEN voor Socket Mode)');
    }
    slack = {
      botToken: e.SLACK_BOT_TOKEN,
      mode: socket ? 'socket' : 'http',
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL,
    };
  } else if (e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN) {
    throw new ConfigError('SLACK_BOT_TOKEN ontbreekt: SLACK_SIGNING_SECRET of SLACK_APP_TOKEN is gezet maar Slack start alleen met een bot-token');
  }

  let teams: Config['teams'];
  if (e.TEAMS_SKIP_AUTH && nodeEnv === 'production') {
    throw new ConfigError('TEAMS_SKIP_AUTH=true is niet toegestaan als NODE_ENV=production');
  }
  if (e.TEAMS_CLIENT_ID || e.TEAMS_CLIENT_SECRET || e.TEAMS_SKIP_AUTH) {
    if (!e.TEAMS_SKIP_AUTH && (!e.TEAMS_CLIENT_ID || !e.TEAMS_CLIENT_SECRET)) {
      throw new ConfigError(
        `${e.TEAMS_CLIENT_ID ? 'TEAMS_CLIENT_SECRET' : 'TEAMS_CLIENT_ID'} is verplicht als ${e.TEAMS_CLIENT_ID ? 'TEAMS_CLIENT_ID' : 'TEAMS_CLIENT_SECRET'} is gezet`,
      );
    }
    teams = { clientId: e.TEAMS_CLIENT_ID, clientSecret: e.TEAMS_CLIENT_SECRET, tenantId: e.TEAMS_TENANT_ID, skipAuth: e.TEAMS_SKIP_AUTH };
  }

  return {
    env: nodeEnv,
    database: parseDatabase(overrides.db ?? e.DATABASE_URL),
    http: { port, host: e.HOST, publicUrl },
    web: webSettings(e, nodeEnv, publicUrl),
    logLevel: e.LOG_LEVEL,
    sampleDocsDir: e.SAMPLE_DOCS_DIR,
    synonymsFile: e.SYNONYMS_FILE,
    llm,
    llmTimeoutMs: e.OPENAI_TIMEOUT_MS,
    slack,
    teams,
    scheduler: {
      enabled: e.SCHEDULER_ENABLED,
      timezone: e.TIMEZONE,
      promptWorkingDaysBeforeEnd: e.PROMPT_WORKING_DAYS_BEFORE_END,
      reminderAfterWorkingDays: e.REMINDER_AFTER_WORKING_DAYS,
      reminderMax: e.REMINDER_MAX,
      weeklyDigestCron: e.WEEKLY_DIGEST_CRON,
      meetingDigestWorkingDays: e.MEETING_DIGEST_WORKING_DAYS,
      catchUpDays: e.CATCH_UP_DAYS,
    },
    resilience: {
      shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
      leaseMs: e.JOB_LEASE_MS,
      sendMaxAttempts: e.SEND_MAX_ATTEMPTS,
      sendRetryBaseMs: e.SEND_RETRY_BASE_MS,
      answerReplayMinutes: e.ANSWER_REPLAY_MINUTES,
    },
  };
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];

/** True for localhost and loopback addresses (127.x, ::1), with or without brackets. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || h === '::ffff:127.0.0.1';
}

function parseUrl(setting: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${setting}: "${value}" is geen geldig adres (bijvoorbeeld https://afspraken.gemeente.nl)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError(`${setting}: gebruik een http(s)://-adres, niet "${url.protocol}"`);
  return url;
}

/** Sign-in, allowed hosts and cookies for the console; OIDC settings are all or nothing. */
function webSettings(e: z.infer<typeof envSchema>, nodeEnv: Config['env'], publicUrl: string): WebSettings {
  const oidcSet = { OIDC_ISSUER: e.OIDC_ISSUER, OIDC_CLIENT_ID: e.OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: e.OIDC_CLIENT_SECRET };
  const given = Object.entries(oidcSet).filter(([, v]) => v);
  let oidc: WebSettings['oidc'];
  if (given.length > 0 || e.OIDC_REDIRECT_URI) {
    const missing = Object.entries(oidcSet).find(([, v]) => !v);
    if (missing) throw new ConfigError(`${missing[0]} is verplicht als ${given[0]?.[0] ?? 'OIDC_REDIRECT_URI'} is gezet (aanmelden via OpenID Connect)`);
    const issuer = parseUrl('OIDC_ISSUER', e.OIDC_ISSUER!);
    // Tokens and the client secret only travel over TLS; a provider on this computer (tests) may use http.
    if (issuer.protocol !== 'https:' && !isLoopbackHost(issuer.hostname)) throw new ConfigError('OIDC_ISSUER moet met https:// beginnen');
    const redirect = parseUrl('OIDC_REDIRECT_URI', e.OIDC_REDIRECT_URI ?? `${publicUrl}/auth/callback`);
    if (nodeEnv === 'production' && redirect.protocol !== 'https:' && !isLoopbackHost(redirect.hostname)) {
      throw new ConfigError(`${e.OIDC_REDIRECT_URI ? 'OIDC_REDIRECT_URI' : 'PUBLIC_URL'} moet in productie met https:// beginnen (nu ${redirect.origin}); de sessiecookie gaat alleen over https`);
    }
    oidc = { issuer: e.OIDC_ISSUER!.replace(/\/$/, ''), clientId: e.OIDC_CLIENT_ID!, clientSecret: e.OIDC_CLIENT_SECRET!, redirectUri: redirect.toString() };
  }
  const publicHost = new URL(publicUrl).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const listed = e.ALLOWED_HOSTS
    ? e.ALLOWED_HOSTS.split(',').map((h) => normaliseHost('ALLOWED_HOSTS', h)).filter(Boolean)
    : [publicHost, ...(['0.0.0.0', '::', ''].includes(e.HOST) ? [] : [e.HOST.toLowerCase()])];
  return {
    signIn: oidc ? 'oidc' : nodeEnv === 'production' ? 'closed' : 'local',
    oidc,
    // Loopback names are always allowed: a page on another site cannot make a browser send them as Host.
    allowedHosts: [...new Set([...listed, ...LOOPBACK_NAMES])],
    secureCookies: publicUrl.startsWith('https:'),
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
  };
}

/** "Bot.Gemeente.nl:443" → "bot.gemeente.nl"; a scheme or path is a mistake worth naming. */
function normaliseHost(setting: string, raw: string): string {
  const h = raw.trim().toLowerCase();
  if (!h) return '';
  if (h.includes('/') || h.includes('*')) throw new ConfigError(`${setting}: "${raw.trim()}" is geen hostnaam; geef namen zoals afspraken.gemeente.nl, gescheiden door komma's`);
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(h);
  if (bracketed) return bracketed[1]!;
  return h.split(':').length === 2 ? h.split(':')[0]! : h;
}
