/**
 * Quarterly progress: who must report on what, prompts, status and export, reminders, the directory, and
 * the conversational side used by the progress handler.
 */
import { createHash } from 'node:crypto';
import { formatNumericDateTime } from '../core/dutch-format.js';
import { DomainError } from '../core/errors.js';
import type { Reply } from '../core/messages.js';
import type { Person } from '../core/people.js';
import { coordinatedMunicipalities, mayCoordinate } from '../core/permissions.js';
import { statusLabel } from '../forms/statuses.js';
import { readDirectoryFile } from './directory-import.js';
import { createFormRunner, promptActionId } from './form-runner.js';
import { resolveParty, sameParty } from '../core/parties.js';
import { formatQuarter, localDate, promptDate, quarterOf, type Quarter } from './quarter.js';
import { createReminderRunner } from './reminders.js';
import { createRoundContext, type ProgressDeps } from './round.js';
import { progressTexts as t } from './texts.js';

export type { ProgressDeps, ProgressSettings } from './round.js';

export interface StartQuarterResult {
  municipality: string;
  quarter: string;
  deadline: string;
  items: number;
  prompted: Array<{ personId: string; name: string; parties: string[]; channels: string[] }>;
  unreachable: Array<{ party: string; personId: string | null; name: string | null; reason: string }>;
  /** Reporters prompted earlier for this quarter; they get no second prompt unless `resend` is set. */
  alreadyPrompted: Array<{ personId: string; name: string }>;
  /** True when the round had been started before (then only reporters not prompted yet get a message). */
  alreadyStarted: boolean;
  /** When the round was first started (ISO). */
  startedAt: string;
  /** Documents in this round that no coordinator has checked yet ("nog niet gecontroleerd"). */
  unreviewed: Array<{ title: string; agreements: number }>;
}

export interface StatusItem {
  number: string;
  party: string;
  status: string;
  note: string | null;
  realised: number | null;
  target: number | null;
  updatedBy: string;
  updatedAt: string;
}

export interface StatusResult {
  items: StatusItem[];
  missing: Array<{ number: string; party: string }>;
}

export interface DirectoryListItem {
  id: string;
  name: string;
  roles: string[];
  parties: string[];
  consoleId: string | null;
  slackUserId: string | null;
  teamsUserId: string | null;
}

const csvField = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Builds the progress service; `deps.store` is createProgressStore(db), `deps.directory` createDirectoryRepository(db). */
export function createProgressService(deps: ProgressDeps) {
  const ctx = createRoundContext(deps);
  const { store, directory, clock } = deps;
  const runner = createFormRunner(ctx);
  const runReminders = createReminderRunner(ctx);

  async function peopleById(): Promise<Map<string, Person>> {
    return new Map((await directory.listPeople()).map((p) => [p.id, p]));
  }

  /** Sends every reporter of the municipality one prompt for the quarter (once; `resend` sends again). */
  async function startQuarter(municipality: string, quarter: string | Quarter, opts: { resend?: boolean } = {}): Promise<StartQuarterResult> {
    const now = clock.now();
    const round = await ctx.loadRound(municipality, quarter);
    if (now >= round.deadline) throw new DomainError('quarter_closed', t.deadlinePassed(round.label, round.deadlineLabel));
    const { cycle, created } = await store.ensureCycle(round.municipality, round.key, round.deadline, now);
    const result: StartQuarterResult = {
      municipality: round.municipality,
      quarter: round.key,
      deadline: round.deadline.toISOString(),
      items: round.items.length,
      prompted: [],
      unreachable: [],
      alreadyPrompted: [],
      alreadyStarted: !created,
      startedAt: cycle.startedAt.toISOString(),
      unreviewed: round.unreviewed,
    };
    const byPerson = new Map<string, { person: Person; parties: Array<{ party: string; count: number; unreviewed: number }> }>();
    const parties = [...new Set(round.items.map((i) => i.party))];
    for (const party of parties) {
      const reporters = (await directory.listWithRole('reporter', { municipality: round.municipality })).filter((p) => ctx.authorize(p, round.municipality, party) === 'self');
      if (reporters.length === 0) result.unreachable.push({ party, personId: null, name: null, reason: 'geen rapporteur voor deze partij in de lijst' });
      for (const person of reporters) {
        const entry = byPerson.get(person.id) ?? { person, parties: [] };
        const own = round.items.filter((i) => i.party === party);
        entry.parties.push({ party, count: own.length, unreviewed: own.filter((i) => i.unreviewed).length });
        byPerson.set(person.id, entry);
      }
    }
    for (const { person, parties: owed } of byPerson.values()) {
      const state = await store.getReminder(person.id, round.municipality, round.key);
      if (state?.promptedAt && !opts.resend) {
        result.alreadyPrompted.push({ personId: person.id, name: person.name });
        continue;
      }
      const replies: Reply[] = owed.map(({ party, count, unreviewed }) => ({
        kind: 'progress-prompt',
        text: t.prompt(round.label, party, count, round.deadlineLabel, unreviewed),
        actions: [
          { id: promptActionId('start', round.municipality, round.key, party), label: t.promptButtons.start, style: 'primary' },
          { id: promptActionId('later', round.municipality, round.key, party), label: t.promptButtons.later },
          { id: promptActionId('overview', round.municipality, round.key, party), label: t.promptButtons.overview },
        ],
        data: { municipality: round.municipality, quarter: round.key, party, items: count },
      }));
      // Keyed, so a round started again after a crash does not prompt anyone twice (`resend` means: again).
      const key = opts.resend ? undefined : `progress-prompt:${round.municipality}:${round.key}:${person.id}`;
      const sent = await ctx.notify(person.id, replies, 'progress-prompt', { key });
      if (sent.delivered) {
        await store.upsertReminder(person.id, round.municipality, round.key, { promptedAt: now, lastRemindAt: null, remindersSent: 0 });
        result.prompted.push({ personId: person.id, name: person.name, parties: owed.map((o) => o.party), channels: sent.channels });
      }
      // A channel that failed (Teams app not installed, Slack refused) is reported even when another worked.
      if (!sent.delivered || sent.failures.length > 0) {
        const reason = (sent.failures.join('; ') || 'niet bezorgd') + (sent.delivered ? ` (wel bezorgd via ${sent.channels.join(', ')})` : '');
        for (const o of owed) result.unreachable.push({ party: o.party, personId: person.id, name: person.name, reason });
      }
    }
    if (result.unreachable.length > 0) await tellCoordinators(round.municipality, round.label, result.unreachable);
    ctx.logger.info('progress round started', { municipality: round.municipality, quarter: round.key, prompted: result.prompted.length, unreachable: result.unreachable.length });
    return result;
  }

  /**
   * A round started by a person (chat in any channel): only a coordinator of that municipality or an admin
   * may, whatever channel the request came through. Without a name, the one municipality they coordinate.
   */
  async function startQuarterAs(actor: Person, municipality: string | undefined, quarter: string | Quarter): Promise<StartQuarterResult> {
    const known = await deps.agreements.listMunicipalities();
    const own = coordinatedMunicipalities(actor, known);
    const target = municipality ? known.find((m) => m.toLowerCase() === municipality.trim().toLowerCase()) ?? municipality.trim() : own.length === 1 ? own[0] : undefined;
    if (!target) throw new DomainError('forbidden', own.length > 1 ? t.startRoundWhich(own) : t.startRoundNotAllowed());
    if (!mayCoordinate(actor, target)) throw new DomainError('forbidden', t.startRoundNotAllowed(target));
    return startQuarter(target, quarter);
  }

  /** Lists who could not be reached to the municipality's coordinators, so nobody is skipped silently. */
  async function tellCoordinators(municipality: string, label: string, unreachable: StartQuarterResult['unreachable']) {
    const coordinators = await directory.listWithRole('coordinator', { municipality });
    const text = t.unreachableTitle(label, municipality);
    const list = unreachable.map((u) => t.unreachableLine(u.party, u.name, u.reason));
    // The same people unreachable in the same round is told once, also when the round is started again.
    const who = createHash('sha256').update(unreachable.map((u) => `${u.party}|${u.personId ?? ''}`).sort().join('\n')).digest('hex').slice(0, 16);
    const key = `progress-unreachable:${municipality}:${label}:${who}`;
    for (const c of coordinators) await ctx.notify(c.id, [{ kind: 'progress-unreachable', text: `${text}\n${list.map((l) => `• ${l}`).join('\n')}`, list }], 'progress-unreachable', { key });
    if (coordinators.length === 0) ctx.logger.warn('unreachable reporters and no coordinator to tell', { municipality, count: unreachable.length });
  }

  /** Reports given so far and the items still missing, for `progress status --json`. */
  async function status(municipality: string, quarter: string | Quarter): Promise<StatusResult> {
    const round = await ctx.loadRound(municipality, quarter);
    const [reports, people] = await Promise.all([store.listReports(round.municipality, round.key), peopleById()]);
    const items = reports.map((r): StatusItem => ({
      number: r.number,
      party: r.party,
      status: r.status,
      note: r.note,
      realised: r.realised,
      target: round.items.find((i) => i.number === r.number && sameParty(i.party, r.party))?.target?.value ?? null,
      updatedBy: people.get(r.updatedBy)?.name ?? r.updatedBy,
      updatedAt: r.updatedAt.toISOString(),
    }));
    const missing = round.items
      .filter((i) => !reports.some((r) => r.number === i.number && sameParty(r.party, i.party)))
      .map((i) => ({ number: i.number, party: i.party }));
    return { items, missing };
  }

  /** CSV (comma-separated, RFC 4180) of every due item with its report, open items included; times are local. */
  async function exportCsv(municipality: string, quarter: string | Quarter): Promise<string> {
    const round = await ctx.loadRound(municipality, quarter);
    const [reports, people] = await Promise.all([store.listReports(round.municipality, round.key), peopleById()]);
    const header = ['gemeente', 'kwartaal', 'nummer', 'titel', 'partij', 'status', 'toelichting', 'gerealiseerd', 'doel', 'eenheid', 'bijgewerkt_door', 'namens_partij', 'bijgewerkt_op'];
    const rows = round.items.map((i) => {
      const r = reports.find((x) => x.number === i.number && sameParty(x.party, i.party));
      return [
        round.municipality, round.key, i.number, i.title, i.party, r ? statusLabel(r.status) : 'Open', r?.note ?? '', r?.realised ?? '',
        i.target?.value ?? '', i.target?.unit ?? '', r ? (people.get(r.updatedBy)?.name ?? r.updatedBy) : '', r ? (r.onBehalf ? 'ja' : 'nee') : '', r ? formatNumericDateTime(r.updatedAt, ctx.tz) : '',
      ];
    });
    return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
  }

  /** Municipalities whose quarter should be prompted by `now` and was not yet (the previous quarter too while it is still open). */
  async function duePrompts(now: Date): Promise<Array<{ municipality: string; quarter: string }>> {
    const today = localDate(now, ctx.tz);
    const current = quarterOf(now, ctx.tz);
    const previous: Quarter = current.q === 1 ? { year: current.year - 1, q: 4 } : { year: current.year, q: (current.q - 1) as Quarter['q'] };
    const due: Array<{ municipality: string; quarter: string }> = [];
    for (const municipality of await deps.agreements.listMunicipalities()) {
      for (const q of [previous, current]) {
        if (today < promptDate(q, deps.settings.promptWorkingDaysBeforeEnd)) continue;
        if (now >= ctx.deadlineOf(q).deadline) continue;
        if (await store.getCycle(municipality, formatQuarter(q))) continue;
        due.push({ municipality, quarter: formatQuarter(q) });
      }
    }
    return due;
  }

  /** Imports a YAML or CSV directory file; throws a DomainError (Dutch, every problem listed) and changes nothing when it is wrong. */
  async function importDirectory(fileName: string, content: string) {
    const entries = readDirectoryFile(fileName, content, { parties: await directory.listParties() });
    const written = await directory.applyImport(entries);
    return { people: entries.length, ...written };
  }

  async function listDirectory(): Promise<DirectoryListItem[]> {
    return (await directory.listPeople()).map((p) => ({
      id: p.id,
      name: p.name,
      roles: [...new Set(p.roles.map((r) => r.role))],
      parties: [...new Set(p.roles.filter((r) => r.party).map((r) => r.party!))],
      consoleId: p.consoleId,
      slackUserId: p.slackUserId,
      teamsUserId: p.teamsUserId,
    }));
  }

  /** "voeg <@U123> toe aan Sint Joseph" / "verwijder bw-anna uit Beter Wonen", by a coordinator or admin. */
  async function editReporter(actor: Person, who: string, partyText: string, action: 'add' | 'remove'): Promise<Reply[]> {
    const municipalities = coordinatedMunicipalities(actor, await directory.listMunicipalities());
    if (municipalities.length === 0) return [{ kind: 'error', text: t.directoryNotAllowed }];
    const all = await directory.listParties();
    const party = municipalities.map((m) => resolveParty(partyText, m, all)).find((p) => p !== null);
    if (!party) {
      const elsewhere = [...new Set(all.map((p) => p.municipality))].map((m) => resolveParty(partyText, m, all)).find((p) => p !== null);
      if (elsewhere) return [{ kind: 'error', text: t.otherMunicipality(elsewhere.name, elsewhere.municipality) }];
      return [{ kind: 'error', text: t.unknownPartyChat(partyText, all.filter((p) => municipalities.includes(p.municipality)).map((p) => p.name)) }];
    }
    const slack = /^<@([A-Z0-9]+)(?:\|[^>]*)?>$/.exec(who);
    const identifier = slack ? slack[1]! : who.replace(/^@/, '').replace(/^mailto:/, '').replace(/^<|>$/g, '').replace(/\|.*$/, '');
    const target = await directory.findByIdentifier(identifier);
    if (!target) return [{ kind: 'error', text: t.unknownPerson(who) }];
    const role = { role: 'reporter' as const, municipality: party.municipality, party: party.name };
    if (action === 'add') {
      const added = await directory.addRole(target.id, role);
      return [{ kind: 'directory', text: added ? t.reporterAdded(target.name, party.name) : t.reporterAlready(target.name, party.name) }];
    }
    const removed = await directory.removeRole(target.id, role);
    return [{ kind: 'directory', text: removed ? t.reporterRemoved(target.name, party.name) : t.reporterNotThere(target.name, party.name) }];
  }

  return {
    startQuarter,
    startQuarterAs,
    status,
    exportCsv,
    runReminders,
    duePrompts,
    importDirectory,
    listDirectory,
    /** The conversational side, used by the progress handler. */
    forms: { ...runner, loadRound: ctx.loadRound, authorize: ctx.authorize, editReporter },
    /** Every change with who and when (history). */
    history: (municipality: string, quarter: string) => store.listChanges(municipality, quarter),
    settings: deps.settings,
    store,
    directory,
  };
}

export type ProgressService = ReturnType<typeof createProgressService>;
