/**
 * Parses Dutch dates as people type them: "12 maart 2026", "12-03-2026", "2026-03-12", optional "om 14:00".
 * Given today's moment it also reads relative dates ("over 3 weken", "over 10 werkdagen", "morgen"), so a
 * meeting file can stay valid whenever it is imported (examples/meetings.yaml).
 */
import { addDays, isoDate, isWorkingDay, localDate, zonedTimeToInstant, DEFAULT_TIMEZONE } from '../core/calendar.js';

const MONTH_WORDS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, mar: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

export type DateParse =
  | { ok: true; date: string; time: { hour: number; minute: number } | null; instant: Date; text: string }
  | { ok: false; reason: 'none' | 'invalid'; text: string };

const MONTH_ALT = Object.keys(MONTH_WORDS).sort((a, b) => b.length - a.length).join('|');
/** An optional time after a date: "om 14:00", ", 14.30 uur", "om 10 uur". */
const TIME_PART = `(?:\\s*(?:,|om|vanaf)?\\s*(\\d{1,2})[:.](\\d{2})(?:\\s*uur)?|\\s+om\\s+(\\d{1,2})\\s*uur)?`;
/** A date somewhere in a sentence, with an optional time after it. */
export const DATE_PATTERN = new RegExp(
  `(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}|\\d{1,2}\\s+(?:${MONTH_ALT})\\.?\\s+\\d{4})` + TIME_PART,
  'i',
);

const COUNT_WORDS: Record<string, number> = { een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, twaalf: 12 };
/** "vandaag", "morgen", "overmorgen", "over 3 weken", "over twee maanden", "over 10 werkdagen", with an optional time. */
const RELATIVE_PATTERN = new RegExp(
  `(?<![\\p{L}\\d])(vandaag|overmorgen|morgen|over\\s+(\\d{1,3}|${Object.keys(COUNT_WORDS).join('|')})\\s+(werkdagen|werkdag|dagen|dag|weken|week|maanden|maand))(?![\\p{L}])` + TIME_PART,
  'iu',
);

/** The local date a relative phrase means, counted from today's local date. */
function relativeDate(today: string, phrase: string, count: number, unit: string): string {
  if (phrase === 'vandaag') return today;
  if (phrase === 'morgen') return addDays(today, 1);
  if (phrase === 'overmorgen') return addDays(today, 2);
  if (unit.startsWith('werkdag')) {
    let d = today;
    for (let left = count; left > 0; ) if (isWorkingDay((d = addDays(d, 1)))) left--;
    return d;
  }
  if (unit.startsWith('maand')) {
    const [y, m, day] = today.split('-').map(Number) as [number, number, number];
    const total = y * 12 + (m - 1) + count;
    const [ny, nm] = [Math.floor(total / 12), (total % 12) + 1];
    const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
    return isoDate(ny, nm, Math.min(day, last));
  }
  return addDays(today, unit.startsWith('we') ? count * 7 : count);
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * Finds and validates a date (and time) in text; the instant is local time in the zone (midnight without a
 * time). Relative dates ("over 3 weken") are read only when `now` is given.
 */
export function parseDutchDate(text: string, timeZone = DEFAULT_TIMEZONE, now?: Date): DateParse {
  const m = DATE_PATTERN.exec(text);
  const rel = m || !now ? null : RELATIVE_PATTERN.exec(text);
  if (!m && !rel) return { ok: false, reason: 'none', text: text.trim() };
  const found = (m ?? rel)!;
  const matched = found[0].trim();
  let date: string;
  let timeGroups: [string | undefined, string | undefined, string | undefined];
  if (m) {
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
    date = isoDate(y, mo, d);
    timeGroups = [m[2], m[3], m[4]];
  } else {
    const r = rel!;
    const phrase = r[1]!.toLowerCase().replace(/\s+/g, ' ');
    const countText = r[2]?.toLowerCase();
    const count = countText === undefined ? 0 : (COUNT_WORDS[countText] ?? Number(countText));
    date = relativeDate(localDate(now!, timeZone), phrase.startsWith('over') ? 'over' : phrase, count, r[3]?.toLowerCase() ?? '');
    timeGroups = [r[4], r[5], r[6]];
  }
  let time: { hour: number; minute: number } | null = null;
  if (timeGroups[0] !== undefined) time = { hour: Number(timeGroups[0]), minute: Number(timeGroups[1]) };
  else if (timeGroups[2] !== undefined) time = { hour: Number(timeGroups[2]), minute: 0 };
  if (time && (time.hour > 23 || time.minute > 59)) return { ok: false, reason: 'invalid', text: matched };
  return { ok: true, date, time, instant: zonedTimeToInstant(date, time?.hour ?? 0, time?.minute ?? 0, timeZone), text: matched };
}

/** Something that looks like a date but is not one of the accepted forms ("31 februari", "12 maart"). */
export const LOOSE_DATE = new RegExp(`\\b\\d{1,4}[-/.]\\d{1,2}(?:[-/.]\\d{1,4})?\\b|\\b\\d{1,2}\\s+(?:${MONTH_ALT})\\b`, 'i');
