/** CSV export of a digest: one row per fact, a `section` column says which part it belongs to; local Dutch dates. */
import { formatNumericDate, formatNumericDateTime } from '../core/dutch-format.js';
import type { Digest } from './digest-model.js';

const HEADER = ['section', 'theme', 'number', 'title', 'party', 'status', 'colour', 'note', 'realised', 'target', 'unit', 'count', 'date'] as const;
type Row = Partial<Record<(typeof HEADER)[number], string | number | null>>;

const cell = (v: string | number | null | undefined) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function renderDigestCsv(d: Digest): string {
  const rows: Row[] = [];
  for (const t of d.themes)
    for (const [status, count] of Object.entries(t.counts)) if (count > 0) rows.push({ section: 'stand', theme: t.theme, status, count });
  for (const c of d.changes)
    rows.push({ section: `wijziging-${c.type}`, theme: c.theme, number: c.number, title: c.title, party: c.party, status: c.to, note: c.note, date: formatNumericDateTime(new Date(c.at), d.timeZone) });
  for (const m of d.missing)
    rows.push({ section: 'niet-gerapporteerd', party: m.party, count: m.due - m.answered, note: m.people.join(', '), date: formatNumericDate(m.waitingSince) });
  for (const t of d.targets)
    rows.push({ section: 'doel', number: t.number, title: t.title, party: t.party, realised: t.realised, target: t.target, unit: t.unit });
  if (d.nextMeeting) {
    const { title, localDate, localTime } = d.nextMeeting;
    rows.push({ section: 'volgend-overleg', title, date: `${formatNumericDate(localDate)}${localTime ? ` ${localTime}` : ''}` });
  }
  if (d.meeting) {
    for (const a of d.meeting.attention)
      rows.push({ section: 'aandacht', theme: a.theme, number: a.number, title: a.title, party: a.party, status: a.status, colour: a.colour, note: a.note, realised: a.realised });
    for (const u of d.meeting.unreported) rows.push({ section: 'geen-rapportage', theme: u.theme, number: u.number, title: u.title, party: u.responsible.join(', ') });
    for (const p of d.meeting.discussionPoints) rows.push({ section: `bespreekpunt-${p.reason}`, note: p.text });
  }
  return [HEADER.join(','), ...rows.map((r) => HEADER.map((h) => cell(r[h])).join(','))].join('\n') + '\n';
}
