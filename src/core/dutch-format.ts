/**
 * How a person reads a date or a moment: Dutch words, in the configured time zone (Europe/Amsterdam by
 * default), e.g. "donderdag 12 maart 2026, 10:00". Every channel, digest and CLI line uses these; ISO
 * timestamps are for JSON only. Built from Intl parts, so the output does not depend on the ICU version.
 */
import { DEFAULT_TIMEZONE, localTime } from './calendar.js';

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('nl-NL', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    formats.set(timeZone, f);
  }
  return f;
}

/** A local date ("2026-03-12") as an instant that is that day in UTC, whatever the zone. */
const fromLocalDate = (date: string) => new Date(`${date}T12:00:00Z`);

function dateParts(date: string | Date, timeZone: string) {
  const [instant, zone] = typeof date === 'string' ? [fromLocalDate(date), 'UTC'] : [date, timeZone];
  const p: Record<string, string> = {};
  for (const x of dateFormat(zone).formatToParts(instant)) p[x.type] = x.value;
  return { weekday: p.weekday ?? '', day: p.day ?? '', month: p.month ?? '', year: p.year ?? '' };
}

/** "donderdag 12 maart 2026" for a local date ("2026-03-12") or an instant; "12 maart 2026" without weekday. */
export function formatDate(date: string | Date, timeZone = DEFAULT_TIMEZONE, options: { weekday?: boolean } = {}): string {
  const p = dateParts(date, timeZone);
  return `${options.weekday === false ? '' : `${p.weekday} `}${p.day} ${p.month} ${p.year}`;
}

/** "donderdag 12 maart 2026, 10:00". */
export function formatDateTime(instant: Date, timeZone = DEFAULT_TIMEZONE): string {
  return `${formatDate(instant, timeZone)}, ${localTime(instant, timeZone)}`;
}

/** Like formatDateTime, but only the date when the local time is midnight (a meeting planned without a time). */
export function formatWhen(instant: Date, timeZone = DEFAULT_TIMEZONE): string {
  const time = localTime(instant, timeZone);
  return time === '00:00' ? formatDate(instant, timeZone) : `${formatDate(instant, timeZone)}, ${time}`;
}

/** "12-03-2026 10:00": local time in the numeric form Dutch spreadsheets read as a date (CSV exports). */
export function formatNumericDateTime(instant: Date, timeZone = DEFAULT_TIMEZONE): string {
  return `${formatNumericDate(instant, timeZone)} ${localTime(instant, timeZone)}`;
}

/** "12-03-2026" for a local date ("2026-03-12") or an instant. */
export function formatNumericDate(date: string | Date, timeZone = DEFAULT_TIMEZONE): string {
  const iso = typeof date === 'string' ? date : new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}
