import { describe, expect, it } from 'vitest';
import { createLogger, redact } from '../../src/core/logger.js';

describe('logger', () => {
  it('never writes tokens, API keys or database passwords', () => {
    const lines: string[] = [];
    const log = createLogger('debug', (l) => lines.push(l));
    log.error('slack call failed', {
      token: 'xoxb-1234-5678-abcdef',
      app: 'xapp-1-A0-123-abc',
      key: 'sk-proj-abcdefghijkl',
      db: 'postgres://bot:geheim123@db.example:5432/afspraken',
    });
    const out = lines.join('\n');
    for (const secret of ['xoxb-1234', 'xapp-1-A0', 'sk-proj-abc', 'geheim123']) expect(out).not.toContain(secret);
    expect(out).toContain('db.example');
  });

  it('drops lines below the configured level', () => {
    const lines: string[] = [];
    const log = createLogger('warn', (l) => lines.push(l));
    log.info('hidden');
    log.warn('shown');
    expect(lines).toHaveLength(1);
    expect(redact('geen geheim')).toBe('geen geheim');
  });
});
