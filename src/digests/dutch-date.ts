/** Parses Dutch dates as people type them: "12 maart 2026", "12-03-2026", "2026-03-12", optional "om 14:00". */
import { isoDate, zonedTimeToInstant, DEFAULT_TIMEZONE } from '../core/calendar.js';

const MONTH_WORDS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, mar: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

export type DateParse =
  | { ok: true; date: string; time: { hour: number; minute: number } | null; instant: Date; text: string }
  | { ok: false; reason: 'none' | 'invalid'; text: string };

const MONTH_ALT = Object.keys(MONTH_WORDS).sort((a, b) => b.length - a.length).join('|');
/** A date somewhere in a sentence, with an optional time after it. */
export const DATE_PATTERN = new RegExp(
  `(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}|\\d{1,2}\\s+(?:${MONTH_ALT})\\.?\\s+\\d{4})` +
    `(?:\\s*(?:,|om|vanaf)?\\s*(\\d{1,2})[:.](\\d{2})(?:\\s*uur)?|\\s+om\\s+(\\d{1,2})\\s*uur)?`,
  'i',
);

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Finds and validates a date (and time) in text; the instant is local time in the zone (midnight without a time). */
export function parseDutchDate(text: string, timeZone = DEFAULT_TIMEZONE): DateParse {
  const m = DATE_PATTERN.exec(text);
  if (!m) return { ok: false, reason: 'none', text: text.trim() };
  const matched = m[0].trim();
  const datePart = m[1]!.toLowerCase();
  let y: number, mo: number, d: number;
  let r: RegExpExecArray | null;
  if ((r = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(datePart))) [y, mo, d] = [Number(r[1]), Number(r[2]), Number(r[3])];
  else if ((r = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(datePart))) [d, mo, y] = [Number(r[1]), Number(r[2]), Number(r[3])];
  else {
    r = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/.exec(datePart)!;
    [d, mo, y] = [Number(r[1]), MONTH_WORDS[r[2]!] ?? 0, Number(r[3])];
  }
  if (!validDate(y, mo, d)) return { ok: false, reason: 'invalid', text: matched };
  let time: { hour: number; minute: number } | null = null;
  if (m[2] !== undefined) time = { hour: Number(m[2]), minute: Number(m[3]) };
  else if (m[4] !== undefined) time = { hour: Number(m[4]), minute: 0 };
  if (time && (time.hour > 23 || time.minute > 59)) return { ok: false, reason: 'invalid', text: matched };
  const date = isoDate(y, mo, d);
  return { ok: true, date, time, instant: zonedTimeToInstant(date, time?.hour ?? 0, time?.minute ?? 0, timeZone), text: matched };
}

/** Something that looks like a date but is not one of the accepted forms ("31 februari", "12 maart"). */
export const LOOSE_DATE = new RegExp(`\\b\\d{1,4}[-/.]\\d{1,2}(?:[-/.]\\d{1,4})?\\b|\\b\\d{1,2}\\s+(?:${MONTH_ALT})\\b`, 'i');
