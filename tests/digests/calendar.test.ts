import { describe, expect, it } from 'vitest';
import { dutchHolidays, isoWeekKey, isWorkingDay, localDate, workingDaysBefore, zonedTimeToInstant } from '../../src/core/calendar.js';
import { parseDutchDate } from '../../src/digests/dutch-date.js';

describe('digest calendar', () => {
  it('computes ISO weeks across the year boundary', () => {
    expect(isoWeekKey('2026-03-16')).toBe('2026-W12');
    expect(isoWeekKey('2026-01-01')).toBe('2026-W01');
    expect(isoWeekKey('2027-01-01')).toBe('2026-W53');
    expect(isoWeekKey('2024-12-30')).toBe('2025-W01');
  });

  it('knows Dutch holidays and skips them when counting working days back', () => {
    expect([...dutchHolidays(2026).keys()]).toEqual(expect.arrayContaining(['2026-04-06', '2026-04-27', '2026-05-14', '2026-05-25']));
    expect(isWorkingDay('2026-04-06')).toBe(false);
    // Meeting on Thursday 9 April 2026: five working days back skips Easter Monday 6 April.
    expect(workingDaysBefore('2026-04-09', 5)).toBe('2026-04-01');
    expect(workingDaysBefore('2026-03-12', 5)).toBe('2026-03-05');
  });

  it('maps local times to instants on both sides of the summer-time switches', () => {
    expect(zonedTimeToInstant('2026-03-23', 8, 0).toISOString()).toBe('2026-03-23T07:00:00.000Z');
    expect(zonedTimeToInstant('2026-03-30', 8, 0).toISOString()).toBe('2026-03-30T06:00:00.000Z');
    // 02:30 does not exist on 29 March 2026; it runs at 03:30 CEST (01:30Z).
    expect(zonedTimeToInstant('2026-03-29', 2, 30).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 happens twice on 25 October 2026; the first (CEST) is taken.
    expect(zonedTimeToInstant('2026-10-25', 2, 30).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(localDate(new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30');
  });
});

describe('Dutch date parsing', () => {
  it('reads the forms people type, with an optional time', () => {
    const a = parseDutchDate('bestuurlijk overleg Almelo op 12 maart 2026 om 14:00');
    expect(a).toMatchObject({ ok: true, date: '2026-03-12', time: { hour: 14, minute: 0 } });
    expect(a.ok && a.instant.toISOString()).toBe('2026-03-12T13:00:00.000Z');
    expect(parseDutchDate('12-03-2026')).toMatchObject({ ok: true, date: '2026-03-12', time: null });
    expect(parseDutchDate('2026-03-12 14.30 uur')).toMatchObject({ ok: true, date: '2026-03-12', time: { hour: 14, minute: 30 } });
    expect(parseDutchDate('3 okt. 2026')).toMatchObject({ ok: true, date: '2026-10-03' });
  });

  it('reads dates relative to today only when it knows today, in local time', () => {
    // Friday 27 March 2026, 23:30 in Amsterdam is still the 27th there (22:30 UTC).
    const now = new Date('2026-03-27T22:30:00Z');
    expect(parseDutchDate('over 3 weken', 'Europe/Amsterdam', now)).toMatchObject({ ok: true, date: '2026-04-17', time: null, text: 'over 3 weken' });
    expect(parseDutchDate('morgen om 9:30', 'Europe/Amsterdam', now)).toMatchObject({ ok: true, date: '2026-03-28', time: { hour: 9, minute: 30 } });
    // Working days skip the weekend and Easter Monday (6 April 2026).
    expect(parseDutchDate('overleg over 6 werkdagen', 'Europe/Amsterdam', now)).toMatchObject({ ok: true, date: '2026-04-07' });
    expect(parseDutchDate('over twee maanden', 'Europe/Amsterdam', now)).toMatchObject({ ok: true, date: '2026-05-27' });
    expect(parseDutchDate('over 1 maand', 'Europe/Amsterdam', new Date('2026-01-31T10:00:00Z'))).toMatchObject({ ok: true, date: '2026-02-28' });
    expect(parseDutchDate('over 3 weken')).toMatchObject({ ok: false, reason: 'none' });
    expect(parseDutchDate('morgenochtend', 'Europe/Amsterdam', now)).toMatchObject({ ok: false, reason: 'none' });
  });

  it('rejects impossible dates and says which text it read', () => {
    expect(parseDutchDate('31 februari 2026')).toEqual({ ok: false, reason: 'invalid', text: '31 februari 2026' });
    expect(parseDutchDate('12-13-2026')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(parseDutchDate('12 maart 2026 om 25:00')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(parseDutchDate('volgende week')).toMatchObject({ ok: false, reason: 'none' });
  });
});
