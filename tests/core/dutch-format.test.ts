import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumericDate, formatNumericDateTime, formatWhen } from '../../src/core/dutch-format.js';
import { roleLabel, statusLabel } from '../../src/core/labels.js';

describe('Dutch dates in local time', () => {
  it('shows a moment in Amsterdam time with Dutch day and month names, in winter and in summer', () => {
    expect(formatDateTime(new Date('2026-03-12T09:00:00Z'))).toBe('donderdag 12 maart 2026, 10:00');
    expect(formatDateTime(new Date('2026-07-01T08:05:00Z'))).toBe('woensdag 1 juli 2026, 10:05');
  });

  it('moves to the next local day when UTC is still on the previous one, across the switch to summer time', () => {
    expect(formatDateTime(new Date('2026-03-28T23:30:00Z'))).toBe('zondag 29 maart 2026, 00:30');
    expect(formatDateTime(new Date('2026-03-29T01:30:00Z'))).toBe('zondag 29 maart 2026, 03:30');
  });

  it('honours another configured time zone', () => {
    expect(formatDateTime(new Date('2026-03-12T09:00:00Z'), 'America/New_York')).toBe('donderdag 12 maart 2026, 05:00');
  });

  it('formats a local date without shifting it, with or without the weekday', () => {
    expect(formatDate('2026-10-14')).toBe('woensdag 14 oktober 2026');
    expect(formatDate('2026-10-14', 'Pacific/Kiritimati', { weekday: false })).toBe('14 oktober 2026');
  });

  it('leaves out the time of a meeting planned without one (local midnight)', () => {
    expect(formatWhen(new Date('2026-06-10T22:00:00Z'))).toBe('donderdag 11 juni 2026');
    expect(formatWhen(new Date('2026-06-11T08:00:00Z'))).toBe('donderdag 11 juni 2026, 10:00');
  });

  it('writes the numeric form spreadsheets read, in local time', () => {
    expect(formatNumericDateTime(new Date('2026-09-17T22:30:00Z'))).toBe('18-09-2026 00:30');
    expect(formatNumericDate('2026-03-05')).toBe('05-03-2026');
  });
});

describe('Dutch names for stored codes', () => {
  it('names roles and statuses in Dutch, from the code or the label, and leaves unknown text alone', () => {
    expect(['reporter', 'coordinator', 'admin'].map(roleLabel)).toEqual(['rapporteur', 'coördinator', 'beheerder']);
    expect(['op-schema', 'nvt', 'niet-gestart', 'Vertraagd', 'n.v.t.'].map(statusLabel)).toEqual(['Op schema', 'Niet van toepassing', 'Niet gestart', 'Vertraagd', 'Niet van toepassing']);
    expect(statusLabel('iets anders')).toBe('iets anders');
  });
});
