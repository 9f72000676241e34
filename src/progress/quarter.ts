/**
 * The quarter calendar in a time zone (Europe/Amsterdam by default): quarters, deadlines, Dutch public
 * holidays and working days. Pure: every function takes the instant or the local date it works on.
 *
 * Local dates are ISO strings ("2026-09-30"). Holidays counted as non-working days: Nieuwjaarsdag,
 * 2e paasdag, Koningsdag (26 april when the 27th is a Sunday), Bevrijdingsdag (5 mei, every year — a
 * deliberate simplification: most collective agreements only give it off every five years, but a reminder
 * on that day is unwelcome either way), Hemelvaartsdag, 2e pinksterdag, 1e en 2e kerstdag. Goede Vrijdag is
 * not a general day off in the Netherlands and counts as a working day.
 */

export const DEFAULT_TIMEZONE = 'Europe/Amsterdam';

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

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Adds days to a local date (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
function zonedParts(instant: Date, timeZone: string) {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]));
  return { year: Number(p.year), month: Number(p.month), day: Number(p.day), hour: Number(p.hour), minute: Number(p.minute), second: Number(p.second) };
}

/** The local calendar date of an instant in a time zone. */
export function localDate(instant: Date, timeZone = DEFAULT_TIMEZONE): string {
  const p = zonedParts(instant, timeZone);
  return isoDate(p.year, p.month, p.day);
}

/** Offset of the zone from UTC at an instant, in milliseconds (+2h in Amsterdam summer time). */
function offsetMs(instant: Date, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant of a local wall-clock time ("2026-10-25" 09:00 in Amsterdam), correct across DST switches. */
export function zonedTime(date: string, hour = 0, minute = 0, timeZone = DEFAULT_TIMEZONE): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d, hour, minute);
  let result = guess - offsetMs(new Date(guess), timeZone);
  // A second pass settles instants near the switch, where the first guess used the other offset.
  result = guess - offsetMs(new Date(result), timeZone);
  return new Date(result);
}

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

/** Easter Sunday (Gregorian, anonymous algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

const holidayCache = new Map<number, Map<string, string>>();
/** Dutch public holidays of a year that fall on a weekday or weekend, date → name. */
export function dutchHolidays(year: number): Map<string, string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const kingsDay = weekday(isoDate(year, 4, 27)) === 0 ? isoDate(year, 4, 26) : isoDate(year, 4, 27);
  const map = new Map<string, string>([
    [isoDate(year, 1, 1), 'Nieuwjaarsdag'],
    [addDays(easter, 1), 'Tweede paasdag'],
    [kingsDay, 'Koningsdag'],
    [isoDate(year, 5, 5), 'Bevrijdingsdag'],
    [addDays(easter, 39), 'Hemelvaartsdag'],
    [addDays(easter, 50), 'Tweede pinksterdag'],
    [isoDate(year, 12, 25), 'Eerste kerstdag'],
    [isoDate(year, 12, 26), 'Tweede kerstdag'],
  ]);
  holidayCache.set(year, map);
  return map;
}

/** Monday to Friday and not a Dutch public holiday. */
export function isWorkingDay(date: string): boolean {
  const wd = weekday(date);
  if (wd === 0 || wd === 6) return false;
  return !dutchHolidays(Number(date.slice(0, 4))).has(date);
}

/** Working days d with from < d <= to (0 when to is not after from). */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) count++;
  return count;
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

/** "woensdag 30 september 2026". */
export function formatDutchDate(date: string, withWeekday = true): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${withWeekday ? DAYS[weekday(date)] + ' ' : ''}${d} ${MONTHS[m - 1]} ${y}`;
}
