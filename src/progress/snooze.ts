import { addDays, dayNames, DEFAULT_TIMEZONE, localDate, monthNames, weekday, zonedTime } from './quarter.js';

/** Reminders that were asked for go out at this local hour. */
export const SNOOZE_HOUR = 9;

/**
 * Understands "herinner me maandag", "herinner me morgen", "herinner me op 3 oktober", "herinner me
 * volgende week", "herinner me over 3 dagen". Returns the local date asked for, null when the text is no
 * such request, or `{ error }` when it is one but the day is not understood.
 */
export function parseSnooze(text: string, now: Date, timeZone = DEFAULT_TIMEZONE): { date: string } | { error: string } | null {
  const m = /^\s*(?:herinner|remind)\s+(?:me|mij)\b\s*(.*?)[.!]*\s*$/i.exec(text);
  if (!m) return null;
  const rest = m[1]!.toLowerCase().replace(/^(op|aanstaande|komende)\s+/, '').trim();
  const today = localDate(now, timeZone);
  if (rest === '' || rest === 'later') return { date: addDays(today, 1) };
  if (rest === 'morgen') return { date: addDays(today, 1) };
  if (rest === 'overmorgen') return { date: addDays(today, 2) };
  if (rest === 'volgende week') return { date: nextWeekday(today, 1) };
  const over = /^over\s+(\d{1,2})\s+dag(en)?$/.exec(rest);
  if (over) return { date: addDays(today, Number(over[1])) };
  const day = dayNames.indexOf(rest.replace(/^volgende\s+/, ''));
  if (day >= 0) return { date: nextWeekday(today, day) };
  const dm = /^(\d{1,2})\s+([a-z]+)(?:\s+(\d{4}))?$/.exec(rest) ?? /^(\d{1,2})[-/](\d{1,2})(?:[-/](\d{4}))?$/.exec(rest);
  if (dm) {
    const month = /^\d+$/.test(dm[2]!) ? Number(dm[2]) : monthNames.findIndex((n) => n === dm[2] || n.slice(0, 3) === dm[2]) + 1;
    const d = Number(dm[1]);
    if (month >= 1 && month <= 12 && d >= 1 && d <= 31) {
      let year = dm[3] ? Number(dm[3]) : Number(today.slice(0, 4));
      let date = `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      if (addDays(date, 0) !== date) return { error: `'${m[1]}' is geen bestaande datum.` };
      if (!dm[3] && date <= today) date = `${(year += 1)}${date.slice(4)}`;
      if (date <= today) return { error: `${m[1]} ligt niet in de toekomst.` };
      return { date };
    }
  }
  return { error: `Ik begrijp '${m[1]}' niet als dag. Typ bijvoorbeeld "herinner me maandag", "herinner me morgen" of "herinner me op 3 oktober".` };
}

/** The first given weekday strictly after `date`. */
function nextWeekday(date: string, target: number): string {
  const diff = (target - weekday(date) + 7) % 7 || 7;
  return addDays(date, diff);
}

/** The instant a snooze ends: the asked day at SNOOZE_HOUR local time. */
export const snoozeInstant = (date: string, timeZone = DEFAULT_TIMEZONE) => zonedTime(date, SNOOZE_HOUR, 0, timeZone);
