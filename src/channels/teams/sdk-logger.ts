import type { AppOptions, IPlugin } from '@microsoft/teams.apps';
import type { Logger } from '../../core/ports.js';

type SdkLogger = NonNullable<AppOptions<IPlugin>['logger']>;

const text = (msg: unknown[]) =>
  msg.map((m) => (m instanceof Error ? (m.stack ?? m.message) : typeof m === 'string' ? m : safeJson(m))).join(' ');

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

/** The SDK's logger interface over ours: its chatty info/debug goes to debug, warnings and errors stay. */
export function toSdkLogger(logger: Logger, name = 'teams-sdk'): SdkLogger {
  const log = (level: string, msg: unknown[]) => {
    const data = { sdk: name };
    if (level === 'error') logger.error(text(msg), data);
    else if (level === 'warn') logger.warn(text(msg), data);
    else logger.debug(text(msg), data);
  };
  return {
    debug: (...msg: unknown[]) => log('debug', msg),
    info: (...msg: unknown[]) => log('info', msg),
    warn: (...msg: unknown[]) => log('warn', msg),
    error: (...msg: unknown[]) => log('error', msg),
    trace: (...msg: unknown[]) => log('debug', msg),
    log: (level: string, ...msg: unknown[]) => log(level, msg),
    child: (child: string) => toSdkLogger(logger, `${name}/${child}`),
  } as SdkLogger;
}
