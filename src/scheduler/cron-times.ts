/**
 * Occurrences of a cron expression in a time zone, computed on local dates so that summer-time switches
 * neither skip nor double a run: each local date yields each matching wall-clock time once (a time in
 * the spring gap runs right after it, an ambiguous autumn time runs at its first occurrence).
 */
import cron from 'node-cron';
import { addDays, isoWeekKey, localDate, quarterKey, quarterOfDate, weekday, zonedTimeToInstant } from '../core/calendar.js';

export interface CronOccurrence {
  at: Date;
  /** Local date of the run ("2026-03-30"). */
  localDate: string;
}

export interface ParsedCron {
  expression: string;
  minutes: number[];
  hours: number[];
  matchesDate(date: string): boolean;
}

/** Parses a 5- or 6-field cron expression (seconds are ignored); throws on a bad expression. */
export function parseCron(expression: string): ParsedCron {
  if (!cron.validate(expression)) throw new Error(`ongeldige cron-expressie: "${expression}"`);
  const f = cron.parse(expression);
  const dom = f.dayOfMonth.map(Number);
  const dow = f.dayOfWeek.map((d) => Number(d) % 7);
  const domAll = dom.length >= 31;
  const dowAll = new Set(dow).size >= 7;
  return {
    expression,
    minutes: [...f.minute].sort((a, b) => a - b),
    hours: [...f.hour].sort((a, b) => a - b),
    matchesDate(date) {
      const [, m, d] = date.split('-').map(Number) as [number, number, number];
      if (!f.month.includes(m)) return false;
      const domOk = dom.includes(d);
      const dowOk = dow.includes(weekday(date));
      // Classic cron: when both day fields are restricted, either may match.
      if (!domAll && !dowAll) return domOk || dowOk;
      return domOk && dowOk;
    },
  };
}

function occurrencesOn(c: ParsedCron, date: string, timeZone: string): CronOccurrence[] {
  if (!c.matchesDate(date)) return [];
  const out: CronOccurrence[] = [];
  const seen = new Set<number>();
  for (const h of c.hours)
    for (const m of c.minutes) {
      const at = zonedTimeToInstant(date, h, m, timeZone);
      if (!seen.has(at.getTime())) {
        seen.add(at.getTime());
        out.push({ at, localDate: date });
      }
    }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** Occurrences in (from, to], oldest first. */
export function occurrencesBetween(c: ParsedCron, from: Date, to: Date, timeZone: string): CronOccurrence[] {
  const out: CronOccurrence[] = [];
  const last = localDate(to, timeZone);
  for (let d = addDays(localDate(from, timeZone), -1); d <= last; d = addDays(d, 1))
    for (const o of occurrencesOn(c, d, timeZone)) if (o.at > from && o.at <= to) out.push(o);
  return out;
}

/** The latest occurrence at or before `now`, looking back at most `days` days (null when none). */
export function previousOccurrence(c: ParsedCron, now: Date, timeZone: string, days = 400): CronOccurrence | null {
  const today = localDate(now, timeZone);
  for (let i = 0; i <= days + 1; i++) {
    const occ = occurrencesOn(c, addDays(today, -i), timeZone).filter((o) => o.at <= now);
    if (occ.length) return occ[occ.length - 1]!;
  }
  return null;
}

/** The first occurrence after `now` (null when none within a year and a bit). */
export function nextOccurrence(c: ParsedCron, now: Date, timeZone: string, days = 400): CronOccurrence | null {
  const today = localDate(now, timeZone);
  for (let i = 0; i <= days; i++) {
    const occ = occurrencesOn(c, addDays(today, i), timeZone).find((o) => o.at > now);
    if (occ) return occ;
  }
  return null;
}

export type PeriodUnit = 'day' | 'week' | 'quarter';

/** The period key of a run from its local date: "2026-03-30", "2026-W14" or "2026-Q1". */
export function periodKeyOf(unit: PeriodUnit, date: string): string {
  if (unit === 'week') return isoWeekKey(date);
  if (unit === 'quarter') return quarterKey(quarterOfDate(date));
  return date;
}
