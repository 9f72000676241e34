/** Bolt's logger interface over ours, so Bolt's lines land in the same JSON log (secrets redacted there). */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../core/ports.js';

const order = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

/**
 * Bolt logs every request at debug level; those lines are dropped here before they are formatted
 * (formatting them costs ack latency under load). `level` defaults to info.
 */
export function toBoltLogger(logger: Logger, initial: LogLevel = LogLevel.INFO): BoltLogger {
  let level = initial;
  const line = (parts: unknown[]) => parts.map((p) => (typeof p === 'string' ? p : p instanceof Error ? p.message : JSON.stringify(p))).join(' ');
  const at = (l: LogLevel, write: (msg: string) => void) => (...m: unknown[]) => {
    if (order.indexOf(l) >= order.indexOf(level)) write(`bolt: ${line(m)}`);
  };
  return {
    debug: at(LogLevel.DEBUG, (s) => logger.debug(s)),
    info: at(LogLevel.INFO, (s) => logger.info(s)),
    warn: at(LogLevel.WARN, (s) => logger.warn(s)),
    error: at(LogLevel.ERROR, (s) => logger.error(s)),
    setLevel: (l: LogLevel) => void (level = l),
    getLevel: () => level,
    setName: () => undefined,
  };
}
