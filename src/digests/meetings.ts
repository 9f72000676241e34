/** The meeting calendar: add, list, remove and import (YAML or CSV) governance meetings per municipality. */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Clock } from '../core/ports.js';
import { DEFAULT_TIMEZONE, localDate } from '../core/calendar.js';
import { formatDate, formatDateTime } from '../core/dutch-format.js';
import { parseDutchDate } from './dutch-date.js';

export interface Meeting {
  id: string;
  municipality: string;
  title: string;
  date: Date;
}

/** Storage port (src/storage/meeting-store.ts). */
export interface MeetingStorePort {
  add(m: { municipality: string; title: string; date: Date }): Promise<{ meeting: Meeting; created: boolean }>;
  list(filter?: { municipality?: string; from?: Date; to?: Date }): Promise<Meeting[]>;
  get(id: string): Promise<Meeting | null>;
  remove(id: string): Promise<boolean>;
}

export type AddMeetingResult =
  | { ok: true; meeting: Meeting; created: boolean }
  | { ok: false; code: 'invalid_date' | 'in_past' | 'empty_title' | 'no_municipality'; message: string };

export interface ImportResult {
  added: Meeting[];
  unchanged: Meeting[];
  errors: Array<{ line: number; message: string }>;
}

export interface MeetingService {
  /** `date` is a Date or Dutch text ("12 maart 2026 om 14:00"); a meeting in the past is refused. */
  addMeeting(input: { municipality: string; title: string; date: Date | string }, now?: Date): Promise<AddMeetingResult>;
  listMeetings(filter?: { municipality?: string; from?: Date; includePast?: boolean }, now?: Date): Promise<Meeting[]>;
  /** Removes by id or by the first 8 characters of it. */
  removeMeeting(idOrPrefix: string, filter?: { municipality?: string }): Promise<Meeting | null | 'ambiguous'>;
  /** Imports a YAML list or a CSV (gemeente,titel,datum[,tijd]); rows in the past or with a bad date are reported, not stored. */
  importMeetings(text: string, format: 'yaml' | 'csv', now?: Date): Promise<ImportResult>;
}

const row = z.object({
  municipality: z.string().trim().min(1),
  title: z.string().trim().min(1).default('Bestuurlijk overleg'),
  date: z.union([z.string(), z.date()]),
  time: z.string().optional(),
});

/** Accepts Dutch or English keys (gemeente/municipality, titel/title, datum/date, tijd/time). */
function normaliseRow(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const alias: Record<string, string> = { gemeente: 'municipality', titel: 'title', naam: 'title', datum: 'date', tijd: 'time' };
  for (const [k, v] of Object.entries(raw)) out[alias[k.trim().toLowerCase()] ?? k.trim().toLowerCase()] = typeof v === 'number' ? String(v) : v;
  return out;
}

function splitCsvLine(line: string, sep: string): string[] {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) cells.push(cur), (cur = '');
    else cur += ch;
  }
  cells.push(cur);
  return cells.map((c) => c.trim());
}

export function parseMeetingFile(text: string, format: 'yaml' | 'csv'): Array<{ line: number; raw: Record<string, unknown> }> {
  if (format === 'csv') {
    const lines = text.split(/\r?\n/).map((l, i) => ({ l, i: i + 1 })).filter((x) => x.l.trim() !== '' && !x.l.trim().startsWith('#'));
    if (lines.length === 0) return [];
    const sep = lines[0]!.l.includes(';') ? ';' : ',';
    const header = splitCsvLine(lines[0]!.l, sep);
    return lines.slice(1).map(({ l, i }) => {
      const cells = splitCsvLine(l, sep);
      return { line: i, raw: normaliseRow(Object.fromEntries(header.map((h, j) => [h, cells[j] ?? '']))) };
    });
  }
  const doc = parseYaml(text) as unknown;
  const list = Array.isArray(doc) ? doc : doc && typeof doc === 'object' ? ((doc as Record<string, unknown>).meetings ?? (doc as Record<string, unknown>).overleggen) : null;
  if (!Array.isArray(list)) throw new Error('Het bestand bevat geen lijst met overleggen (verwacht een lijst, of "overleggen:" met een lijst).');
  return list.map((item, i) => ({ line: i + 1, raw: normaliseRow((item ?? {}) as Record<string, unknown>) }));
}

export function createMeetingService(deps: {
  meetings: MeetingStorePort;
  clock: Clock;
  timeZone?: string;
  /** Maps "almelo" to the stored spelling "Almelo", so digests and meetings match exactly. */
  canonicalMunicipality?: (name: string) => Promise<string>;
}): MeetingService {
  const tz = deps.timeZone ?? DEFAULT_TIMEZONE;
  const { meetings, clock } = deps;

  /** Past = an earlier day, or today at a time that has gone by; a meeting on today's date without time is fine. */
  const inPast = (date: Date, hasTime: boolean, now: Date) =>
    localDate(date, tz) < localDate(now, tz) || (hasTime && localDate(date, tz) === localDate(now, tz) && date < now);

  const service: MeetingService = {
    async addMeeting(input, now = clock.now()) {
      const title = input.title.trim();
      const typed = input.municipality.trim();
      const municipality = typed && deps.canonicalMunicipality ? await deps.canonicalMunicipality(typed) : typed;
      if (!municipality) return { ok: false, code: 'no_municipality', message: 'Geef een gemeente op.' };
      if (!title) return { ok: false, code: 'empty_title', message: 'Geef het overleg een naam.' };
      let date: Date;
      let hasTime = true;
      if (typeof input.date === 'string') {
        const parsed = parseDutchDate(input.date, tz, now);
        if (!parsed.ok) return { ok: false, code: 'invalid_date', message: `"${parsed.text}" is geen geldige datum — typ bijvoorbeeld 12 maart 2026, 12-03-2026, 2026-03-12 of over 3 weken.` };
        date = parsed.instant;
        hasTime = parsed.time !== null;
      } else {
        if (Number.isNaN(input.date.getTime())) return { ok: false, code: 'invalid_date', message: 'Ongeldige datum.' };
        date = input.date;
      }
      if (inPast(date, hasTime, now)) return { ok: false, code: 'in_past', message: `${hasTime ? formatDateTime(date, tz) : formatDate(date, tz)} ligt in het verleden.` };
      const { meeting, created } = await meetings.add({ municipality, title, date });
      return { ok: true, meeting, created };
    },
    async listMeetings(filter = {}, now = clock.now()) {
      const from = filter.includePast ? filter.from : (filter.from ?? new Date(now.getTime() - 24 * 3_600_000));
      const list = await meetings.list({ municipality: filter.municipality, from });
      // A meeting earlier today (without time) still counts as upcoming.
      return filter.includePast ? list : list.filter((m) => localDate(m.date, tz) >= localDate(now, tz));
    },
    async removeMeeting(idOrPrefix, filter = {}) {
      const exact = await meetings.get(idOrPrefix);
      if (exact) return (await meetings.remove(exact.id)) ? exact : null;
      const prefix = idOrPrefix.trim().toLowerCase();
      if (prefix.length < 4) return null;
      const matches = (await meetings.list({ municipality: filter.municipality })).filter((m) => m.id.toLowerCase().startsWith(prefix));
      if (matches.length > 1) return 'ambiguous';
      if (!matches[0]) return null;
      return (await meetings.remove(matches[0].id)) ? matches[0] : null;
    },
    async importMeetings(text, format, now = clock.now()) {
      const result: ImportResult = { added: [], unchanged: [], errors: [] };
      let rows: ReturnType<typeof parseMeetingFile>;
      try {
        rows = parseMeetingFile(text, format);
      } catch (err) {
        result.errors.push({ line: 0, message: (err as Error).message });
        return result;
      }
      for (const { line, raw } of rows) {
        const parsed = row.safeParse(raw);
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          result.errors.push({ line, message: `${issue.path.join('.') || 'regel'}: ${issue.message}` });
          continue;
        }
        const r = parsed.data;
        const dateText = r.date instanceof Date ? r.date.toISOString().slice(0, 10) : r.date;
        const added = await service.addMeeting({ municipality: r.municipality, title: r.title, date: r.time ? `${dateText} om ${r.time}` : dateText }, now);
        if (!added.ok) result.errors.push({ line, message: added.message });
        else (added.created ? result.added : result.unchanged).push(added.meeting);
      }
      return result;
    },
  };
  return service;
}
