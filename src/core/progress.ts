import type { DirectoryLookup, Person, PersonRole, RoleName } from './people.js';

/** Quarterly progress records and the storage ports progress needs (implemented in src/storage). */

export interface CycleRecord {
  municipality: string;
  quarter: string;
  deadline: Date;
  startedAt: Date;
}

/** What a report says about one agreement × party in a quarter. */
interface ReportValues {
  municipality: string;
  quarter: string;
  number: string;
  party: string;
  status: string;
  note: string | null;
  realised: number | null;
  onBehalf: boolean;
  /** Confirmed unchanged from an earlier quarter rather than answered anew. */
  unchanged: boolean;
}

export interface ReportRecord extends ReportValues {
  /** Person id. */
  updatedBy: string;
  updatedAt: Date;
}

/** One change to a report, kept with who and when. */
export interface ReportChangeRecord extends ReportValues {
  changedBy: string;
  changedAt: Date;
}

export interface SessionRecord {
  id: string;
  personId: string;
  municipality: string;
  quarter: string;
  party: string;
  /** open | paused | done */
  status: string;
  state: unknown;
  updatedAt: Date;
}

export interface ReminderRecord {
  personId: string;
  municipality: string;
  quarter: string;
  promptedAt: Date | null;
  remindersSent: number;
  lastRemindAt: Date | null;
  snoozeUntil: Date | null;
  escalatedAt: Date | null;
}

export type ReminderPatch = Partial<Omit<ReminderRecord, 'personId' | 'municipality' | 'quarter'>>;

export interface ProgressStore {
  ensureCycle(municipality: string, quarter: string, deadline: Date, startedAt: Date): Promise<{ cycle: CycleRecord; created: boolean }>;
  getCycle(municipality: string, quarter: string): Promise<CycleRecord | null>;
  listOpenCycles(now: Date): Promise<CycleRecord[]>;
  listReports(municipality: string, quarter: string): Promise<ReportRecord[]>;
  listChanges(municipality: string, quarter: string): Promise<ReportChangeRecord[]>;
  saveReport(r: Omit<ReportRecord, 'updatedAt'> & { at: Date }): Promise<void>;
  getSession(personId: string, municipality: string, quarter: string, party: string): Promise<SessionRecord | null>;
  getSessionById(id: string): Promise<SessionRecord | null>;
  listSessions(personId: string, filter?: { status?: string[] }): Promise<SessionRecord[]>;
  createSession(s: { personId: string; municipality: string; quarter: string; party: string; status: string; state: unknown }): Promise<SessionRecord>;
  /** Optimistic write of a session plus the reports its answers produced, in one transaction; false on a conflict. */
  updateSession(
    id: string,
    expected: Date,
    patch: { status: string; state: unknown },
    reports?: Array<Omit<ReportRecord, 'updatedAt'> & { at: Date }>,
  ): Promise<boolean>;
  getReminder(personId: string, municipality: string, quarter: string): Promise<ReminderRecord | null>;
  listReminders(municipality: string, quarter: string): Promise<ReminderRecord[]>;
  upsertReminder(personId: string, municipality: string, quarter: string, patch: ReminderPatch): Promise<void>;
}

export interface PartyRecord {
  municipality: string;
  name: string;
  kind: string;
  aliases: string[];
}

/** A person as an import file describes them (validated before it gets here). */
export type DirectoryEntryInput = Omit<Person, 'id'>;

/** What progress needs from the directory. Implemented by src/storage/directory-repository.ts. */
export interface DirectoryPort extends DirectoryLookup {
  findByIdentifier(identifier: string): Promise<Person | null>;
  listWithRole(role: RoleName, filter?: { municipality?: string; party?: string }): Promise<Person[]>;
  listParties(municipality?: string): Promise<PartyRecord[]>;
  listMunicipalities(): Promise<string[]>;
  applyImport(entries: DirectoryEntryInput[]): Promise<{ created: number; updated: number; roles: number }>;
  addRole(personId: string, role: PersonRole): Promise<boolean>;
  removeRole(personId: string, role: PersonRole): Promise<boolean>;
}
