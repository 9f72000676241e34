/**
 * The digest service: builds weekly and pre-meeting digests from storage with an injected clock, sends them
 * to the municipality's channels and coordinators, and keeps a DigestRecord so the next one says what changed.
 */
import type { Agreement } from '../core/agreement.js';
import { resolveParty, responsibleParties } from '../core/parties.js';
import type { PartyRecord } from '../core/progress.js';
import type { Reply } from '../core/messages.js';
import type { DirectoryLookup, Notifier } from '../core/people.js';
import type { AgreementRepository, Clock, Logger } from '../core/ports.js';
import type { ReviewStatus } from '../core/review.js';
import {
  DEFAULT_TIMEZONE,
  isoWeekKey,
  localDate,
  parseQuarterKey,
  previousQuarter,
  quarterKey,
  quarterOfDate,
  quarterStartDate,
  startOfLocalDay,
  workingDaysBefore,
  type QuarterRef,
} from '../core/calendar.js';
import { buildDigest } from './build-digest.js';
import type { Digest, DigestKind } from './digest-model.js';
import { buildMatrix, renderMatrixHtml, type MatrixFilter, type ProgressMatrix } from './matrix.js';
import { createMeetingService, type Meeting, type MeetingService, type MeetingStorePort } from './meetings.js';
import { renderDigestHtml } from './render-html.js';
import { digestTitle, renderDigestMarkdown } from './render-markdown.js';
import { renderDigestBlocks } from './render-slack.js';
import { renderDigestCard } from './render-teams.js';
import { T } from './texts.js';
import { SEND_TEXT } from './texts.js';

/** Storage port (src/storage/digest-store.ts implements it). */
export interface DigestStorePort {
  listReports(municipality: string, quarters: string[]): Promise<Array<{ quarter: string; number: string; party: string; status: string; note: string | null; realised: number | null; updatedBy: string; updatedAt: Date }>>;
  listChanges(municipality: string, quarters: string[]): Promise<Array<{ quarter: string; number: string; party: string; status: string; note: string | null; realised: number | null; changedBy: string; changedAt: Date }>>;
  listPeopleWithRole(municipality: string, role: 'reporter' | 'coordinator'): Promise<Array<{ personId: string; name: string; party: string | null }>>;
  /** The parties the municipality's documents name, to read "Woningcorporaties" or "Gemeente" as reports do. */
  listParties(municipality: string): Promise<PartyRecord[]>;
  getCycle(municipality: string, quarter: string): Promise<{ startedAt: Date; deadline: Date } | null>;
  getSetting(municipality: string): Promise<{ slackChannel: string | null; teamsChannel: string | null } | null>;
  latestDigest(municipality: string, kind: string, before?: Date): Promise<{ createdAt: Date; periodKey: string } | null>;
  findDigest(municipality: string, kind: string, periodKey: string): Promise<{ createdAt: Date } | null>;
  saveDigest(r: { municipality: string; kind: string; periodKey: string; content: unknown; createdAt?: Date }): Promise<unknown>;
}

export interface SendOptions {
  meeting?: Meeting;
  channels?: boolean;
  direct?: boolean;
  /** Names the send within its run ("weekly-digest:2026-W12:Almelo"), so no recipient gets it twice. */
  key?: string;
}

export interface SendResult {
  sentTo: string[];
  failures: string[];
  digest: Digest;
}

export interface DigestService extends MeetingService {
  /** Builds a digest; a meeting digest prepares `options.meeting` or the next meeting. */
  build(municipality: string, kind: DigestKind, now?: Date, options?: { meeting?: Meeting }): Promise<Digest>;
  /** The Reply a channel shows: markdown text, the model as data and pre-rendered Slack/Teams/HTML payloads. */
  toReply(digest: Digest): Reply;
  /**
   * Sends to the configured channels and/or the coordinators' direct messages; records it when anything went
   * out. With a `key` (a scheduled run) every recipient gets it once, also when the run is repeated.
   */
  send(municipality: string, kind: DigestKind, now?: Date, options?: SendOptions): Promise<SendResult>;
  /** Meetings whose digest is due: N working days before the meeting (or later, after downtime) and not sent yet. */
  dueMeetingDigests(now?: Date): Promise<Array<{ municipality: string; meeting: Meeting; sendOn: string }>>;
  /** Scheduler job body: one weekly digest per municipality for `week` (default: the week of `now`), each claimed through `once`. */
  runWeeklyDigests(now: Date, once: (unitKey: string, fn: () => Promise<void>) => Promise<boolean>, week?: string): Promise<{ sent: string[]; failed: string[] }>;
  /** Scheduler job body: every due meeting digest, each claimed through `once` (key "meeting:<id>"). */
  runMeetingDigests(now: Date, once: (unitKey: string, fn: () => Promise<void>) => Promise<boolean>): Promise<{ sent: string[]; failed: string[] }>;
  buildProgressMatrix(municipality: string, filter?: MatrixFilter): Promise<ProgressMatrix>;
  listMunicipalities(): Promise<string[]>;
  /** What the web console's dashboard page needs (structurally its DashboardRenderer). */
  dashboard: {
    matrixHtml(municipality: string, filters: MatrixFilter): Promise<string>;
    digestPreviewHtml(municipality: string, kind: DigestKind): Promise<string>;
    municipalities(): Promise<string[]>;
  };
}

const quartersOfYear = (year: number) => [1, 2, 3, 4].map((q) => `${year}-Q${q}`);

export function createDigestService(deps: {
  store: DigestStorePort;
  meetings: MeetingStorePort;
  agreements: AgreementRepository;
  /** Unused for now: coordinators are read from the Role table through the store. */
  directory?: DirectoryLookup;
  notifier: Notifier;
  clock: Clock;
  logger?: Logger;
  timeZone?: string;
  meetingDigestWorkingDays?: number;
  /** Which documents are not checked yet; without it nothing is marked. */
  reviews?: ReviewStatus;
}): DigestService {
  const tz = deps.timeZone ?? DEFAULT_TIMEZONE;
  const workingDays = deps.meetingDigestWorkingDays ?? 5;
  const { store, agreements, notifier, clock } = deps;
  const meetingService = createMeetingService({ meetings: deps.meetings, clock, timeZone: tz, canonicalMunicipality: (m) => canonicalName(m) });

  /** The quarter a digest reports on: the previous one while its round is still open, else the current one. */
  async function reportingQuarter(municipality: string, now: Date): Promise<{ quarter: QuarterRef; cycle: { startedAt: Date; deadline: Date } | null }> {
    const current = quarterOfDate(localDate(now, tz));
    const prev = previousQuarter(current);
    const prevCycle = await store.getCycle(municipality, quarterKey(prev));
    if (prevCycle && localDate(prevCycle.deadline, tz) >= localDate(now, tz)) return { quarter: prev, cycle: prevCycle };
    return { quarter: current, cycle: await store.getCycle(municipality, quarterKey(current)) };
  }

  async function canonicalName(municipality: string): Promise<string> {
    return (await agreements.findMunicipality(municipality)) ?? municipality.trim();
  }

  /**
   * Agreements with their responsible names read as the progress reports name parties ("Woningcorporaties"
   * → each corporation, "Gemeente" → the municipality's full name), so reports and targets match.
   */
  async function agreementsAsReported(municipality: string): Promise<Agreement[]> {
    const [list, parties] = await Promise.all([agreements.listAgreements({ municipality }), store.listParties(municipality)]);
    const resolve = (name: string, m: string) => resolveParty(name, m, parties)?.name ?? name;
    return list.map((a) => ({
      ...a,
      responsible: responsibleParties(a.responsible, a.municipality, parties),
      targets: a.targets.map((t) => ({ ...t, party: resolve(t.party, a.municipality) })),
    }));
  }

  async function build(municipalityIn: string, kind: DigestKind, now = clock.now(), options: { meeting?: Meeting } = {}): Promise<Digest> {
    const municipality = await canonicalName(municipalityIn);
    const { quarter, cycle } = await reportingQuarter(municipality, now);
    const q = quarterKey(quarter);
    const reportQuarters = [...new Set([...quartersOfYear(quarter.year), q])];
    const [agreementList, reports, changes, reporters, meetings, previous, unreviewed] = await Promise.all([
      agreementsAsReported(municipality),
      store.listReports(municipality, reportQuarters),
      store.listChanges(municipality, [q, quarterKey(previousQuarter(quarter))]),
      store.listPeopleWithRole(municipality, 'reporter'),
      deps.meetings.list({ municipality, from: startOfLocalDay(localDate(now, tz), tz) }),
      store.latestDigest(municipality, kind, now),
      deps.reviews?.unreviewed(municipality) ?? [],
    ]);
    const fallback = kind === 'weekly' ? new Date(now.getTime() - 7 * 86_400_000) : startOfLocalDay(quarterStartDate(quarter), tz);
    const meeting = kind === 'meeting' ? (options.meeting ?? meetings[0] ?? null) : null;
    return buildDigest({
      municipality,
      kind,
      now,
      timeZone: tz,
      quarter,
      cycleStart: cycle?.startedAt ?? null,
      agreements: agreementList,
      reports,
      changes,
      reporters: reporters.filter((r) => r.party).map((r) => ({ name: r.name, party: r.party! })),
      meetings,
      since: previous?.createdAt ?? fallback,
      periodKey: kind === 'weekly' ? isoWeekKey(localDate(now, tz)) : (meeting?.id ?? `geen-overleg:${localDate(now, tz)}`),
      meeting,
      unreviewed: unreviewed.map((u) => ({ title: u.document.title, agreements: u.document.agreementCount })),
    });
  }

  function toReply(digest: Digest): Reply {
    return {
      text: renderDigestMarkdown(digest, { maxLinesPerSection: 15 }),
      title: digestTitle(digest),
      kind: 'digest',
      data: digest,
      rich: { slackBlocks: renderDigestBlocks(digest), teamsCard: renderDigestCard(digest), html: renderDigestHtml(digest) },
    };
  }

  async function send(municipality: string, kind: DigestKind, now = clock.now(), options: SendOptions = {}): Promise<SendResult> {
    const digest = await build(municipality, kind, now, options);
    const reply = toReply(digest);
    // A channel is a group: it hears that the digest went out, its content goes to the coordinators only.
    const notice: Reply = { kind: 'digest-notice', title: digestTitle(digest), text: T.channelNotice };
    const sentTo: string[] = [];
    const failures: string[] = [];
    if (options.channels !== false) {
      const setting = await store.getSetting(digest.municipality);
      const targets = [
        ['slack', setting?.slackChannel],
        ['teams', setting?.teamsChannel],
      ] as const;
      for (const [channel, conversation] of targets) {
        if (!conversation) continue;
        const r = await notifier.post(channel, conversation, [notice], 'digest', { key: options.key });
        const where = SEND_TEXT.channel(channel, conversation);
        if (r.delivered || r.channels.length > 0) sentTo.push(where);
        failures.push(...r.failures.map((f) => `${where}: ${f}`));
      }
    }
    if (options.direct !== false) {
      const coordinators = await store.listPeopleWithRole(digest.municipality, 'coordinator');
      const seen = new Set<string>();
      for (const c of coordinators) {
        if (seen.has(c.personId)) continue;
        seen.add(c.personId);
        const r = await notifier.notify(c.personId, [reply], 'digest', { key: options.key });
        if (r.delivered || r.channels.length > 0) sentTo.push(SEND_TEXT.coordinator(c.name));
        failures.push(...r.failures.map((f) => `${c.name}: ${f}`));
      }
    }
    // A resumed run (same key) finds the record its first attempt made; the next digest counts from that one.
    const recorded = options.key ? await store.findDigest(digest.municipality, kind, digest.periodKey) : null;
    if (sentTo.length > 0 && !recorded) await store.saveDigest({ municipality: digest.municipality, kind, periodKey: digest.periodKey, content: digest, createdAt: now });
    else if (sentTo.length === 0) deps.logger?.warn('digest reached nobody', { municipality: digest.municipality, kind, failures });
    return { sentTo, failures, digest };
  }

  async function dueMeetingDigests(now = clock.now()) {
    const today = localDate(now, tz);
    const upcoming = await deps.meetings.list({ from: startOfLocalDay(today, tz) });
    const due: Array<{ municipality: string; meeting: Meeting; sendOn: string }> = [];
    for (const meeting of upcoming) {
      const day = localDate(meeting.date, tz);
      const sendOn = workingDaysBefore(day, workingDays);
      if (sendOn > today || day < today) continue;
      if (await store.findDigest(meeting.municipality, 'meeting', meeting.id)) continue;
      due.push({ municipality: meeting.municipality, meeting, sendOn });
    }
    return due;
  }

  async function eachOnce(
    units: Array<{ key: string; label: string; run: () => Promise<unknown> }>,
    once: (unitKey: string, fn: () => Promise<void>) => Promise<boolean>,
  ) {
    const sent: string[] = [];
    const failed: string[] = [];
    for (const u of units) {
      try {
        if (await once(u.key, async () => void (await u.run()))) sent.push(u.label);
      } catch (err) {
        // One municipality failing must not stop the others; the failure stays on its JobRun row.
        failed.push(u.label);
        deps.logger?.error('digest failed', { unit: u.key, error: (err as Error).message });
      }
    }
    return { sent, failed };
  }

  async function buildProgressMatrix(municipalityIn: string, filter: MatrixFilter = {}) {
    const municipality = await canonicalName(municipalityIn);
    const year = filter.year ?? quarterOfDate(localDate(clock.now(), tz)).year;
    const [list, reports] = await Promise.all([agreementsAsReported(municipality), store.listReports(municipality, quartersOfYear(year))]);
    return buildMatrix(municipality, list, reports, year, { ...filter, year });
  }

  return {
    ...meetingService,
    build,
    toReply,
    send,
    dueMeetingDigests,
    async runWeeklyDigests(now, once, week = isoWeekKey(localDate(now, tz))) {
      const municipalities = await agreements.listMunicipalities();
      return eachOnce(
        municipalities.map((m) => ({ key: `${week}:${m}`, label: m, run: () => send(m, 'weekly', now, { key: `weekly-digest:${week}:${m}` }) })),
        once,
      );
    },
    async runMeetingDigests(now, once) {
      const due = await dueMeetingDigests(now);
      return eachOnce(
        due.map(({ meeting }) => ({
          key: `meeting:${meeting.id}`,
          label: `${meeting.municipality}: ${meeting.title}`,
          run: () => send(meeting.municipality, 'meeting', now, { meeting, key: `meeting-digest:${meeting.id}` }),
        })),
        once,
      );
    },
    buildProgressMatrix,
    listMunicipalities: () => agreements.listMunicipalities(),
    dashboard: {
      matrixHtml: async (municipality, filters) => renderMatrixHtml(await buildProgressMatrix(municipality, filters)),
      digestPreviewHtml: async (municipality, kind) => renderDigestHtml(await build(municipality, kind, clock.now())),
      municipalities: () => agreements.listMunicipalities(),
    },
  };
}

export { parseQuarterKey };
