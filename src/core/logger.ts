import type { Logger } from './ports.js';

const levels = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof levels)[number];

/** Matches secrets that must never reach a log line (tokens, keys, passwords in URLs). */
const SECRET = /(xox[abposr]-[\w-]+|xapp-[\w-]+|sk-[\w-]{8,}|(?<=:\/\/[^:/\s]+:)[^@\s]+(?=@))/g;

export function redact(text: string): string {
  return text.replace(SECRET, '***');
}

/** JSON-lines logger to stderr; secrets are redacted. */
export function createLogger(level: LogLevel = 'info', sink: (line: string) => void = (l) => process.stderr.write(l + '\n')): Logger {
  const min = levels.indexOf(level);
  const log = (lvl: Exclude<LogLevel, 'silent'>) => (msg: string, data?: Record<string, unknown>) => {
    if (levels.indexOf(lvl) < min) return;
    sink(redact(JSON.stringify({ t: new Date().toISOString(), level: lvl, msg, ...data })));
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}
