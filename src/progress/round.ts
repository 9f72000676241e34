import type { Reply } from '../core/messages.js';
import type { Notifier, NotifyOptions, Person } from '../core/people.js';
import type { AgreementRepository, Clock, Logger } from '../core/ports.js';
import type { ReviewStatus } from '../core/review.js';
import { DomainError } from '../core/errors.js';
import { dueItems, inForce, type DueItem } from './items.js';
import { sameParty } from '../core/parties.js';
import type { DirectoryPort, PartyRecord, ProgressStore, ReportRecord } from '../core/progress.js';
import {
  DEFAULT_DEADLINE_WORKING_DAYS,
  formatDutchDate,
  formatQuarter,
  localDate,
  parseQuarter,
  quarterDeadline,
  quarterLabel,
  type Quarter,
} from './quarter.js';

/** Scheduler settings progress uses (a subset of Config['scheduler']). */
export interface ProgressSettings {
  timezone: string;
  promptWorkingDaysBeforeEnd: number;
  reminderAfterWorkingDays: number;
  reminderMax: number;
  /** Working days after the quarter's end until which reports can be changed (default 10). */
  deadlineWorkingDaysAfterEnd?: number;
}

export interface ProgressDeps {
  agreements: AgreementRepository;
  directory: DirectoryPort;
  store: ProgressStore;
  notifier: Notifier;
  clock: Clock;
  settings: ProgressSettings;
  logger?: Logger;
  /** Which documents are not checked yet; their items are marked. Without it nothing is marked. */
  reviews?: ReviewStatus;
}

/** A municipality's quarter: what is due, until when. */
export interface Round {
  municipality: string;
  quarter: Quarter;
  key: string;
  label: string;
  deadline: Date;
  deadlineLabel: string;
  items: DueItem[];
  parties: PartyRecord[];
  /** Documents with items in this round that no coordinator has checked yet. */
  unreviewed: Array<{ title: string; agreements: number }>;
}

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };

export function createRoundContext(deps: ProgressDeps) {
  const logger = deps.logger ?? silent;
  const tz = deps.settings.timezone;

  function toQuarter(quarter: string | Quarter): Quarter {
    if (typeof quarter !== 'string') return quarter;
    const q = parseQuarter(quarter);
    if (!q) throw new DomainError('bad_quarter', `'${quarter}' is geen kwartaal — typ bijvoorbeeld 2026-Q3`);
    return q;
  }

  async function canonicalMunicipality(name: string): Promise<string> {
    const known = await deps.agreements.listMunicipalities();
    const found = known.find((m) => m.toLowerCase() === name.trim().toLowerCase());
    if (!found) throw new DomainError('unknown_municipality', `Ik ken geen gemeente "${name}".${known.length ? ` Ik ken: ${known.join(', ')}.` : ''}`);
    return found;
  }

  function deadlineOf(q: Quarter): { deadline: Date; deadlineLabel: string } {
    const deadline = quarterDeadline(q, deps.settings.deadlineWorkingDaysAfterEnd ?? DEFAULT_DEADLINE_WORKING_DAYS, tz);
    return { deadline, deadlineLabel: formatDutchDate(localDate(new Date(deadline.getTime() - 1), tz)) };
  }

  async function loadRound(municipality: string, quarter: string | Quarter): Promise<Round> {
    const q = toQuarter(quarter);
    const m = await canonicalMunicipality(municipality);
    const [agreements, parties, cycle, unchecked] = await Promise.all([
      deps.agreements.listAgreements({ municipality: m }),
      deps.directory.listParties(m),
      deps.store.getCycle(m, formatQuarter(q)),
      deps.reviews?.unreviewed(m) ?? [],
    ]);
    const items = dueItems(agreements, parties, m, q.year, new Set(unchecked.map((u) => u.document.id)));
    const inRound = new Set(agreements.filter((a) => inForce(a, q.year)).map((a) => a.documentId));
    const computed = deadlineOf(q);
    // A started cycle keeps the deadline it was started with, even when settings change later.
    const deadline = cycle?.deadline ?? computed.deadline;
    return {
      municipality: m,
      quarter: q,
      key: formatQuarter(q),
      label: quarterLabel(q),
      deadline,
      deadlineLabel: cycle ? formatDutchDate(localDate(new Date(deadline.getTime() - 1), tz)) : computed.deadlineLabel,
      items,
      parties,
      unreviewed: unchecked.filter((u) => inRound.has(u.document.id)).map((u) => ({ title: u.document.title, agreements: u.document.agreementCount })),
    };
  }

  /** 'self' for the party's reporters, 'onBehalf' for the municipality's coordinators, null for anyone else. */
  function authorize(person: Person | null, municipality: string, party: string): 'self' | 'onBehalf' | null {
    if (!person) return null;
    const m = municipality.toLowerCase();
    if (person.roles.some((r) => r.role === 'reporter' && r.party && sameParty(r.party, party) && (!r.municipality || r.municipality.toLowerCase() === m))) return 'self';
    if (person.roles.some((r) => r.role === 'coordinator' && r.municipality?.toLowerCase() === m)) return 'onBehalf';
    return null;
  }

  async function notify(personId: string, replies: Reply[], kind: string, options?: NotifyOptions) {
    try {
      return await deps.notifier.notify(personId, replies, kind, options);
    } catch (err) {
      logger.error('notify failed', { personId, kind, error: String(err) });
      return { delivered: false, channels: [], failures: [String((err as Error).message ?? err)] };
    }
  }

  const openNumbers = (round: Round, reports: ReportRecord[], party: string) =>
    round.items.filter((i) => sameParty(i.party, party) && !reports.some((r) => r.number === i.number && sameParty(r.party, party))).map((i) => i.number);

  return { deps, logger, tz, toQuarter, canonicalMunicipality, deadlineOf, loadRound, authorize, notify, openNumbers };
}

export type RoundContext = ReturnType<typeof createRoundContext>;
