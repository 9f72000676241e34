/**
 * The reporting quarter in a time zone (Europe/Amsterdam by default): parsing, labels, deadlines and prompt
 * dates. Dates, holidays and working days come from the shared calendar in core. Pure.
 */
import {
  addDays,
  DEFAULT_TIMEZONE,
  dutchHolidays,
  easterSunday,
  isoDate,
  isWorkingDay,
  localDate,
  weekday,
  workingDaysBetween,
  zonedTimeToInstant,
} from '../core/calendar.js';
import { formatDate } from '../core/dutch-format.js';

export { addDays, DEFAULT_TIMEZONE, dutchHolidays, easterSunday, isWorkingDay, localDate, weekday, workingDaysBetween };

/** The instant of a local wall-clock time, correct across DST switches. */
export const zonedTime = (date: string, hour = 0, minute = 0, timeZone = DEFAULT_TIMEZONE): Date => zonedTimeToInstant(date, hour, minute, timeZone);

export interface Quarter {
  year: number;
  q: 1 | 2 | 3 | 4;
}

/** Parses "2026-Q3" (also "2026Q3", "Q3 2026", "q3-2026"); null when it is not a quarter. */
export function parseQuarter(text: string): Quarter | null {
  const t = text.trim().toUpperCase();
  const m = /^(\d{4})\s*-?\s*Q([1-4])$/.exec(t) ?? /^Q([1-4])\s*[- ]?\s*(\d{4})$/.exec(t);
  if (!m) return null;
  const [year, q] = t.startsWith('Q') ? [Number(m[2]), Number(m[1])] : [Number(m[1]), Number(m[2])];
  return { year, q: q as Quarter['q'] };
}

/** "2026-Q3": the key stored in the database. */
export const formatQuarter = (q: Quarter): string => `${q.year}-Q${q.q}`;
/** "Q3 2026": how people read it. */
export const quarterLabel = (q: Quarter): string => `Q${q.q} ${q.year}`;

/** The quarter an instant falls in, in the given time zone. */
export function quarterOf(instant: Date, timeZone = DEFAULT_TIMEZONE): Quarter {
  const [y, m] = localDate(instant, timeZone).split('-').map(Number) as [number, number];
  return { year: y, q: (Math.floor((m - 1) / 3) + 1) as Quarter['q'] };
}

export const nextQuarter = (q: Quarter): Quarter => (q.q === 4 ? { year: q.year + 1, q: 1 } : { year: q.year, q: (q.q + 1) as Quarter['q'] });

/** First local day of the quarter. */
export const quarterStart = (q: Quarter): string => isoDate(q.year, (q.q - 1) * 3 + 1, 1);
/** Last local day of the quarter. */
export const quarterEnd = (q: Quarter): string => addDays(quarterStart(nextQuarter(q)), -1);

/** Working days after the quarter's end during which reports can still be given and changed. */
export const DEFAULT_DEADLINE_WORKING_DAYS = 10;

/**
 * The reporting deadline: local midnight after the `workingDaysAfterEnd`-th working day of the next quarter
 * (end of 14 October 2026 for Q3 2026 with the default 10). Prompts go out before the quarter ends and two
 * reminders plus an escalation must fit before the deadline; 0 makes the deadline the end of the quarter.
 */
export function quarterDeadline(q: Quarter, workingDaysAfterEnd = DEFAULT_DEADLINE_WORKING_DAYS, timeZone = DEFAULT_TIMEZONE): Date {
  let d = quarterStart(nextQuarter(q));
  let left = workingDaysAfterEnd;
  while (left > 0) {
    if (isWorkingDay(d)) left--;
    d = addDays(d, 1);
  }
  return zonedTime(d, 0, 0, timeZone);
}


/** The date itself when it is a working day, otherwise the first working day after it. */
export function nextWorkingDayOnOrAfter(date: string): string {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/**
 * The day the quarter's prompts go out: `workingDays` working days before the quarter ends, counting the
 * last working day of the quarter as the first (10 → 17 September 2026 for Q3 2026).
 */
export function promptDate(q: Quarter, workingDays: number): string {
  let d = addDays(quarterEnd(q), 1);
  let left = Math.max(1, workingDays);
  while (left > 0) {
    d = addDays(d, -1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const DAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
export const monthNames = MONTHS;
export const dayNames = DAYS;

/** "woensdag 30 september 2026" (the one Dutch date formatter in core). */
export function formatDutchDate(date: string, withWeekday = true): string {
  return formatDate(date, DEFAULT_TIMEZONE, { weekday: withWeekday });
}
