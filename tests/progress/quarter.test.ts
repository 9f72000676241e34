import { describe, expect, it } from 'vitest';
import {
  dutchHolidays,
  easterSunday,
  isWorkingDay,
  localDate,
  parseQuarter,
  promptDate,
  quarterDeadline,
  quarterOf,
  workingDaysBetween,
  zonedTime,
} from '../../src/progress/quarter.js';
import { parseSnooze } from '../../src/progress/snooze.js';

describe('quarter calendar', () => {
  it('parses quarter keys and rejects anything else', () => {
    expect(parseQuarter('2026-Q3')).toEqual({ year: 2026, q: 3 });
    expect(parseQuarter('Q1 2027')).toEqual({ year: 2027, q: 1 });
    expect(parseQuarter('2026-Q5')).toBeNull();
    expect(parseQuarter('derde kwartaal')).toBeNull();
  });

  it('puts the first hours of a quarter in that quarter in Amsterdam, not in UTC', () => {
    // 1 October 2026 00:30 in Amsterdam is still 30 September in UTC.
    expect(quarterOf(new Date('2026-09-30T22:30:00Z'))).toEqual({ year: 2026, q: 4 });
    expect(quarterOf(new Date('2026-09-30T21:30:00Z'))).toEqual({ year: 2026, q: 3 });
    // New Year in winter time (UTC+1).
    expect(quarterOf(new Date('2026-12-31T23:30:00Z'))).toEqual({ year: 2027, q: 1 });
  });

  it('converts local wall-clock times across the DST switches (last Sunday of March and of October)', () => {
    expect(zonedTime('2026-03-28', 9).toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(zonedTime('2026-03-30', 9).toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(zonedTime('2026-10-24', 9).toISOString()).toBe('2026-10-24T07:00:00.000Z');
    expect(zonedTime('2026-10-26', 9).toISOString()).toBe('2026-10-26T08:00:00.000Z');
    expect(localDate(new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30');
    expect(localDate(new Date('2026-10-25T23:30:00Z'))).toBe('2026-10-26');
  });

  it('knows Easter and the Dutch public holidays', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2025)).toBe('2025-04-20');
    const h2026 = dutchHolidays(2026);
    expect(h2026.get('2026-04-06')).toBe('Tweede paasdag');
    expect(h2026.get('2026-04-27')).toBe('Koningsdag');
    expect(h2026.get('2026-05-14')).toBe('Hemelvaartsdag');
    expect(h2026.get('2026-05-25')).toBe('Tweede pinksterdag');
    expect(h2026.get('2026-05-05')).toBe('Bevrijdingsdag');
    // 27 April 2025 is a Sunday: Koningsdag moves to Saturday the 26th.
    expect(dutchHolidays(2025).get('2025-04-26')).toBe('Koningsdag');
    expect(isWorkingDay('2026-04-03')).toBe(true); // Goede Vrijdag is a working day
    expect(isWorkingDay('2026-12-25')).toBe(false);
    expect(isWorkingDay('2026-10-24')).toBe(false); // Saturday
  });

  it('counts working days without weekends and holidays', () => {
    expect(workingDaysBetween('2026-09-17', '2026-09-24')).toBe(5);
    // Across Easter 2026: Fri 3 Apr → Fri 10 Apr has Easter Monday off.
    expect(workingDaysBetween('2026-04-03', '2026-04-10')).toBe(4);
    // The week of the October DST switch counts like any other.
    expect(workingDaysBetween('2026-10-23', '2026-10-30')).toBe(5);
  });

  it('prompts ten working days before the quarter ends and closes ten working days after', () => {
    expect(promptDate({ year: 2026, q: 3 }, 10)).toBe('2026-09-17');
    // Q2 2026 ends Tue 30 June; no holidays in the last two weeks.
    expect(promptDate({ year: 2026, q: 2 }, 10)).toBe('2026-06-17');
    // Q4 2026: Christmas days do not count.
    expect(promptDate({ year: 2026, q: 4 }, 10)).toBe('2026-12-17');
    expect(quarterDeadline({ year: 2026, q: 3 }).toISOString()).toBe('2026-10-14T22:00:00.000Z');
    expect(quarterDeadline({ year: 2026, q: 3 }, 0).toISOString()).toBe('2026-09-30T22:00:00.000Z');
  });
});

describe('herinner me …', () => {
  const thursday = new Date('2026-10-01T10:00:00Z');
  it('understands a weekday, tomorrow and a date', () => {
    expect(parseSnooze('herinner me maandag', thursday)).toEqual({ date: '2026-10-05' });
    expect(parseSnooze('Herinner me morgen', thursday)).toEqual({ date: '2026-10-02' });
    expect(parseSnooze('herinner me op 3 oktober', thursday)).toEqual({ date: '2026-10-03' });
    expect(parseSnooze('herinner me op 1 september', thursday)).toEqual({ date: '2027-09-01' });
    expect(parseSnooze('hoe staat afspraak 3 ervoor', thursday)).toBeNull();
  });
  it('explains what it did not understand, echoing the input', () => {
    const result = parseSnooze('herinner me ooit', thursday);
    expect(result && 'error' in result && result.error).toContain("'ooit'");
  });
});
