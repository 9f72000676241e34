/** Builds the digest model from plain rows: pure, so it is tested and benchmarked without a database. */
import type { ReportChangeRecord, ReportRecord } from '../core/progress.js';
import { compareNumbers, type Agreement } from '../core/agreement.js';
import { daysBetween, localDate, localTime, quarterKey, quarterStartDate, quarterText, type QuarterRef } from '../core/calendar.js';
import type {
  AttentionItem,
  ColourCounts,
  Digest,
  DigestChange,
  DigestKind,
  DigestMeeting,
  DiscussionPoint,
  MissingParty,
  StatusCounts,
  TargetProgress,
  ThemeSummary,
  UnreportedAgreement,
  UnreviewedDocument,
} from './digest-model.js';
import { colourOf, NO_REPORT, STATUS_ORDER, statusFromStored, type StatusLabel } from './statuses.js';

/** A progress report and a change to one, as a digest reads them (see core/progress). */
export type ReportRow = Omit<ReportRecord, 'municipality' | 'onBehalf' | 'unchanged'>;
export type ChangeRow = Omit<ReportChangeRecord, 'municipality' | 'onBehalf' | 'unchanged'>;

export interface MeetingRow {
  id: string;
  municipality: string;
  title: string;
  date: Date;
}

export interface DigestInput {
  municipality: string;
  kind: DigestKind;
  now: Date;
  timeZone: string;
  quarter: QuarterRef;
  /** When the quarter's progress round started (ProgressCycle.startedAt), if it did. */
  cycleStart: Date | null;
  agreements: Agreement[];
  /** Reports of every quarter of the quarter's year. */
  reports: ReportRow[];
  /** Changes of the current and previous quarter, any order. */
  changes: ChangeRow[];
  reporters: Array<{ name: string; party: string }>;
  /** Upcoming meetings of the municipality. */
  meetings: MeetingRow[];
  /** Start of the "what changed" window. */
  since: Date;
  periodKey: string;
  /** The meeting a meeting digest prepares (defaults to the next one). */
  meeting?: MeetingRow | null;
  /** The municipality's documents no coordinator has checked yet. */
  unreviewed?: UnreviewedDocument[];
}

export const THEME_NONE = 'Overig';
const BAR_CELLS = 5;
const key = (s: string) => s.trim().toLowerCase();
const pairKey = (number: string, party: string) => `${number}|${key(party)}`;

export const emptyCounts = (): StatusCounts => ({
  'Op schema': 0,
  Gereed: 0,
  Risico: 0,
  'Niet gestart': 0,
  Vertraagd: 0,
  'Niet van toepassing': 0,
  [NO_REPORT]: 0,
} as StatusCounts);
export const emptyColours = (): ColourCounts => ({ groen: 0, oranje: 0, rood: 0, grijs: 0 });

/** "▓▓▓░░": realised against target in five cells. */
export function progressBar(ratio: number | null, cells = BAR_CELLS): string {
  const filled = ratio === null ? 0 : Math.max(0, Math.min(cells, Math.round(ratio * cells)));
  return '▓'.repeat(filled) + '░'.repeat(cells - filled);
}

/** An agreement applies to a year when its action year is that year, or its period covers it. */
export function coversYear(a: Pick<Agreement, 'actionYear' | 'period'>, year: number): boolean {
  if (a.actionYear !== null) return a.actionYear === year;
  return (a.period.from ?? -Infinity) <= year && year <= (a.period.to ?? Infinity);
}

/** One agreement per number for the year: an action programme of that year wins over the multi-year text. */
export function agreementsForYear(agreements: Agreement[], year: number): Agreement[] {
  const byNumber = new Map<string, Agreement>();
  for (const a of agreements) {
    if (!coversYear(a, year)) continue;
    const seen = byNumber.get(a.number);
    if (!seen || (seen.actionYear === null && a.actionYear === year)) byNumber.set(a.number, a);
  }
  return [...byNumber.values()].sort((x, y) => compareNumbers(x.number, y.number));
}

export const themeOf = (a: Pick<Agreement, 'chapterTitle' | 'chapterNumber'>) =>
  a.chapterTitle?.trim() || (a.chapterNumber !== null ? `Hoofdstuk ${a.chapterNumber}` : THEME_NONE);

export function toDigestMeeting(m: MeetingRow, timeZone: string): DigestMeeting {
  const time = localTime(m.date, timeZone);
  return { id: m.id, title: m.title, date: m.date.toISOString(), localDate: localDate(m.date, timeZone), localTime: time === '00:00' ? null : time };
}

interface Pair {
  agreement: Agreement;
  party: string;
  report: ReportRow | undefined;
  status: StatusLabel | null;
}

/** Agreement × responsible party for the quarter, with this quarter's report when there is one. */
export function duePairs(agreements: Agreement[], reports: ReportRow[], quarter: string): Pair[] {
  const current = new Map<string, ReportRow>();
  for (const r of reports) if (r.quarter === quarter) current.set(pairKey(r.number, r.party), r);
  const pairs: Pair[] = [];
  const used = new Set<string>();
  for (const a of agreements) {
    const parties = [...a.responsible];
    for (const r of current.values()) if (r.number === a.number && !parties.some((p) => key(p) === key(r.party))) parties.push(r.party);
    for (const party of parties) {
      const k = pairKey(a.number, party);
      if (used.has(k)) continue;
      used.add(k);
      const report = current.get(k);
      pairs.push({ agreement: a, party, report, status: report ? statusFromStored(report.status) : null });
    }
  }
  return pairs;
}

function summariseThemes(pairs: Pair[]): { themes: ThemeSummary[]; totals: StatusCounts; colours: ColourCounts } {
  const themes = new Map<string, ThemeSummary>();
  const totals = emptyCounts();
  const colours = emptyColours();
  for (const p of pairs) {
    const theme = themeOf(p.agreement);
    let t = themes.get(theme);
    if (!t) themes.set(theme, (t = { theme, counts: emptyCounts(), colours: emptyColours(), due: 0 }));
    const label = p.status ?? NO_REPORT;
    t.counts[label]++;
    totals[label]++;
    const colour = colourOf(p.status);
    t.colours[colour]++;
    colours[colour]++;
    t.due++;
  }
  return { themes: [...themes.values()], totals, colours };
}

function collectChanges(input: DigestInput, byNumber: Map<string, Agreement>): DigestChange[] {
  const sorted = [...input.changes].sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime());
  const before = new Map<string, ChangeRow>();
  const inWindow = new Map<string, { first: ChangeRow; last: ChangeRow }>();
  for (const c of sorted) {
    const k = `${c.quarter}|${pairKey(c.number, c.party)}`;
    if (c.changedAt <= input.since) before.set(k, c);
    else if (c.changedAt <= input.now) {
      const seen = inWindow.get(k);
      if (seen) seen.last = c;
      else inWindow.set(k, { first: c, last: c });
    }
  }
  const out: DigestChange[] = [];
  for (const [k, { last }] of inWindow) {
    const prev = before.get(k);
    const from = prev ? statusFromStored(prev.status) : null;
    const to = statusFromStored(last.status);
    const a = byNumber.get(last.number);
    const type: DigestChange['type'] = !prev ? 'nieuw' : from !== to ? 'status' : 'bijgewerkt';
    const risky = (s: StatusLabel | null) => s === 'Risico' || s === 'Vertraagd';
    out.push({
      type,
      number: last.number,
      title: a?.title ?? `Afspraak ${last.number}`,
      theme: a ? themeOf(a) : THEME_NONE,
      party: last.party,
      quarter: last.quarter,
      from,
      to,
      newRisk: risky(to) && (!risky(from) || (from === 'Risico' && to === 'Vertraagd')),
      note: last.note,
      by: last.changedBy,
      at: last.changedAt.toISOString(),
    });
  }
  const rank = (c: DigestChange) => (c.newRisk ? 0 : c.type === 'status' ? 1 : c.type === 'nieuw' ? 2 : 3);
  return out.sort((a, b) => rank(a) - rank(b) || compareNumbers(a.number, b.number) || a.party.localeCompare(b.party));
}

function collectMissing(input: DigestInput, pairs: Pair[], today: string): MissingParty[] {
  const waitingSince = input.cycleStart ? localDate(input.cycleStart, input.timeZone) : quarterStartDate(input.quarter);
  const byParty = new Map<string, { party: string; due: number; answered: number }>();
  for (const p of pairs) {
    if (!p.agreement.responsible.some((r) => key(r) === key(p.party))) continue;
    let e = byParty.get(key(p.party));
    if (!e) byParty.set(key(p.party), (e = { party: p.party, due: 0, answered: 0 }));
    e.due++;
    if (p.report) e.answered++;
  }
  return [...byParty.values()]
    .filter((e) => e.answered < e.due)
    .map((e) => ({
      ...e,
      people: input.reporters.filter((r) => key(r.party) === key(e.party)).map((r) => r.name).sort(),
      waitingSince,
      daysWaiting: Math.max(0, daysBetween(waitingSince, today)),
    }))
    .sort((a, b) => b.due - b.answered - (a.due - a.answered) || a.party.localeCompare(b.party));
}

function collectTargets(input: DigestInput, agreements: Agreement[]): TargetProgress[] {
  const q = quarterKey(input.quarter);
  const out: TargetProgress[] = [];
  for (const a of agreements) {
    for (const t of a.targets) {
      const candidates = input.reports
        .filter((r) => r.number === a.number && key(r.party) === key(t.party) && r.realised !== null)
        .sort((x, y) => (x.quarter === q ? -1 : y.quarter === q ? 1 : y.quarter.localeCompare(x.quarter)));
      const realised = candidates[0]?.realised ?? null;
      const ratio = realised === null || t.value <= 0 ? null : realised / t.value;
      out.push({ number: a.number, title: a.title, party: t.party, unit: t.unit, verb: t.verb, target: t.value, realised, ratio, bar: progressBar(ratio) });
    }
  }
  return out.sort((x, y) => (x.ratio ?? -1) - (y.ratio ?? -1) || compareNumbers(x.number, y.number));
}

function discussionPoints(input: DigestInput, attention: AttentionItem[], targets: TargetProgress[], missing: MissingParty[], themes: ThemeSummary[]): DiscussionPoint[] {
  const points: DiscussionPoint[] = [];
  for (const item of attention.filter((i) => i.colour === 'rood'))
    points.push({ reason: 'rood', text: `Afspraak ${item.number} "${item.title}" is vertraagd bij ${item.party}${item.note ? `: ${item.note}` : ''}` });
  // Expected share of a year's target by the end of this quarter; "far behind" = more than 25 points under it.
  const expected = input.quarter.q / 4;
  for (const t of targets)
    if (t.ratio !== null && t.ratio < expected - 0.25)
      points.push({ reason: 'achter-op-doel', text: `Doel afspraak ${t.number} (${t.party}): ${t.realised}/${t.target} ${t.unit} — ${Math.round(t.ratio * 100)}% terwijl ${Math.round(expected * 100)}% verwacht mag worden` });
  for (const m of missing)
    if (m.answered === 0 || m.daysWaiting >= 14)
      points.push({ reason: 'geen-antwoord', text: `${m.party} heeft ${m.due - m.answered} van ${m.due} afspraken niet gerapporteerd (${m.daysWaiting} dagen)` });
  for (const t of themes) {
    const reported = t.due - t.counts[NO_REPORT];
    if (reported >= 2 && t.colours.rood + t.colours.oranje > reported / 2)
      points.push({ reason: 'thema-onder-druk', text: `Thema ${t.theme}: ${t.colours.rood + t.colours.oranje} van ${reported} rapportages rood of oranje` });
  }
  return points;
}

/** Builds a weekly or meeting digest from rows. */
export function buildDigest(input: DigestInput): Digest {
  const { now, timeZone } = input;
  const today = localDate(now, timeZone);
  const q = quarterKey(input.quarter);
  const agreements = agreementsForYear(input.agreements, input.quarter.year);
  const byNumber = new Map(agreements.map((a) => [a.number, a]));
  const pairs = duePairs(agreements, input.reports, q);
  const { themes, totals, colours } = summariseThemes(pairs);
  const missing = collectMissing(input, pairs, today);
  const targets = collectTargets(input, agreements);
  const upcoming = input.meetings.filter((m) => m.date.getTime() >= now.getTime() || localDate(m.date, timeZone) === today).sort((a, b) => a.date.getTime() - b.date.getTime());
  const digest: Digest = {
    municipality: input.municipality,
    kind: input.kind,
    generatedAt: now.toISOString(),
    timeZone,
    periodKey: input.periodKey,
    quarter: q,
    quarterLabel: quarterText(input.quarter),
    since: input.since.toISOString(),
    totals,
    colours,
    themes,
    changes: collectChanges(input, byNumber),
    missing,
    targets,
    nextMeeting: upcoming[0] ? toDigestMeeting(upcoming[0], timeZone) : null,
    unreviewed: input.unreviewed ?? [],
  };
  const meeting = input.meeting ?? upcoming[0] ?? null;
  if (input.kind === 'meeting' && meeting) {
    const attention: AttentionItem[] = pairs
      .filter((p) => p.status && (colourOf(p.status) === 'rood' || colourOf(p.status) === 'oranje'))
      .map((p) => ({
        number: p.agreement.number,
        title: p.agreement.title,
        theme: themeOf(p.agreement),
        party: p.party,
        status: p.status!,
        colour: colourOf(p.status),
        note: p.report?.note ?? null,
        realised: p.report?.realised ?? null,
      }))
      .sort((a, b) => (a.colour === b.colour ? 0 : a.colour === 'rood' ? -1 : 1) || compareNumbers(a.number, b.number));
    const reportedThisYear = new Set(input.reports.filter((r) => r.quarter.startsWith(`${input.quarter.year}-`)).map((r) => r.number));
    const unreported: UnreportedAgreement[] = agreements
      .filter((a) => !reportedThisYear.has(a.number))
      .map((a) => ({ number: a.number, title: a.title, theme: themeOf(a), responsible: a.responsible }));
    digest.meeting = {
      meeting: toDigestMeeting(meeting, timeZone),
      attention,
      unreported,
      discussionPoints: discussionPoints(input, attention, targets, missing, themes),
    };
  }
  return digest;
}

export { STATUS_ORDER };
