/**
 * Local-time arithmetic shared by progress, digests and the scheduler (Europe/Amsterdam by default): local
 * dates, ISO weeks, quarters, Dutch public holidays and working days. Pure; every function takes the instant
 * or date. Local dates are ISO strings ("2026-03-12").
 *
 * Holidays counted as non-working days: Nieuwjaarsdag, 1e/2e paasdag, Koningsdag (26 april when the 27th is
 * a Sunday), Bevrijdingsdag (5 mei, every year — a deliberate simplification: most collective agreements
 * only give it off every five years, but a reminder on that day is unwelcome either way), Hemelvaartsdag,
 * 1e/2e pinksterdag, 1e en 2e kerstdag. Goede Vrijdag is not a general day off and counts as a working day.
 */

export const DEFAULT_TIMEZONE = 'Europe/Amsterdam';

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDate = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

const splitDate = (date: string) => date.split('-').map(Number) as [number, number, number];

/** Adds calendar days to a local date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = splitDate(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  const [y, m, d] = splitDate(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  const [y1, m1, d1] = splitDate(a);
  const [y2, m2, d2] = splitDate(b);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Wall-clock parts of an instant in a time zone. */
export function zonedParts(instant: Date, timeZone = DEFAULT_TIMEZONE) {
  let f = formatters.get(timeZone);
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
    formatters.set(timeZone, f);
  }
  const p: Record<string, string> = {};
  for (const x of f.formatToParts(instant)) p[x.type] = x.value;
  return { year: Number(p.year), month: Number(p.month), day: Number(p.day), hour: Number(p.hour), minute: Number(p.minute), second: Number(p.second) };
}

export function localDate(instant: Date, timeZone = DEFAULT_TIMEZONE): string {
  const p = zonedParts(instant, timeZone);
  return isoDate(p.year, p.month, p.day);
}

/** "14:00" local time of an instant. */
export function localTime(instant: Date, timeZone = DEFAULT_TIMEZONE): string {
  const p = zonedParts(instant, timeZone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

const SHORT_MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** "1 dec 2026 19:05": an instant as a person in the time zone reads it (Dutch month abbreviations). */
export function localDateTime(instant: Date, timeZone = DEFAULT_TIMEZONE): string {
  const p = zonedParts(instant, timeZone);
  return `${p.day} ${SHORT_MONTHS[p.month - 1]} ${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

function offsetMs(instant: Date, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant of a local wall-clock time. A time inside the spring-forward gap (02:30 on the last Sunday
 * of March) moves forward by the gap; an ambiguous autumn time (02:30 on the last Sunday of October) takes
 * the first (summer-time) occurrence.
 */
export function zonedTimeToInstant(date: string, hour: number, minute: number, timeZone = DEFAULT_TIMEZONE): Date {
  const [y, m, d] = splitDate(date);
  const asUtc = Date.UTC(y, m - 1, d, hour, minute);
  const candidates = new Set<number>();
  for (const probe of [asUtc - 14 * 3_600_000, asUtc, asUtc + 14 * 3_600_000]) candidates.add(asUtc - offsetMs(new Date(probe), timeZone));
  const exact = [...candidates].filter((t) => {
    const p = zonedParts(new Date(t), timeZone);
    return p.year === y && p.month === m && p.day === d && p.hour === hour && p.minute === minute;
  });
  if (exact.length > 0) return new Date(Math.min(...exact));
  // In the gap: use the offset from before the switch, which lands after it.
  return new Date(asUtc - offsetMs(new Date(asUtc - 12 * 3_600_000), timeZone));
}

/** Local midnight at the start of a local date. */
export const startOfLocalDay = (date: string, timeZone = DEFAULT_TIMEZONE) => zonedTimeToInstant(date, 0, 0, timeZone);

/** ISO 8601 week key of a local date: "2026-W12". */
export function isoWeekKey(date: string): string {
  const wd = weekday(date) || 7;
  const thursday = addDays(date, 4 - wd);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(isoDate(year, 1, 1), thursday) / 7) + 1;
  return `${year}-W${pad(week)}`;
}

export interface QuarterRef {
  year: number;
  q: 1 | 2 | 3 | 4;
}

export const quarterOfDate = (date: string): QuarterRef => {
  const [y, m] = splitDate(date);
  return { year: y, q: (Math.floor((m - 1) / 3) + 1) as QuarterRef['q'] };
};
export const quarterKey = (q: QuarterRef) => `${q.year}-Q${q.q}`;
export const quarterText = (q: QuarterRef) => `Q${q.q} ${q.year}`;
export function parseQuarterKey(key: string): QuarterRef | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(key);
  return m ? { year: Number(m[1]), q: Number(m[2]) as QuarterRef['q'] } : null;
}
export function previousQuarter(q: QuarterRef): QuarterRef {
  return q.q === 1 ? { year: q.year - 1, q: 4 } : { year: q.year, q: (q.q - 1) as QuarterRef['q'] };
}
export const quarterStartDate = (q: QuarterRef) => isoDate(q.year, (q.q - 1) * 3 + 1, 1);

/** Easter Sunday (anonymous Gregorian algorithm). */
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
/** Dutch public holidays of a year, local date → name. */
export function dutchHolidays(year: number): Map<string, string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const kingsDay = weekday(isoDate(year, 4, 27)) === 0 ? isoDate(year, 4, 26) : isoDate(year, 4, 27);
  const map = new Map<string, string>([
    [isoDate(year, 1, 1), 'Nieuwjaarsdag'],
    [easter, 'Eerste paasdag'],
    [addDays(easter, 1), 'Tweede paasdag'],
    [kingsDay, 'Koningsdag'],
    [isoDate(year, 5, 5), 'Bevrijdingsdag'],
    [addDays(easter, 39), 'Hemelvaartsdag'],
    [addDays(easter, 49), 'Eerste pinksterdag'],
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
  return wd !== 0 && wd !== 6 && !dutchHolidays(Number(date.slice(0, 4))).has(date);
}

/** The working day `n` working days before `date` (n = 0: the date itself, or the working day before it). */
export function workingDaysBefore(date: string, n: number): string {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, -1);
  for (let left = n; left > 0; ) {
    d = addDays(d, -1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/** Working days d with from < d <= to (0 when to is not after from). */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) count++;
  return count;
}
