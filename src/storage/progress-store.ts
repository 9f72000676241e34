import type { Prisma } from '@prisma/client';
import type { CycleRecord, ProgressStore, ReminderPatch, ReminderRecord, ReportChangeRecord, ReportRecord, SessionRecord } from '../core/progress.js';
import type { Db } from './database.js';
import { municipalityIn } from './municipality-match.js';

/** Storage of quarterly progress: cycles, reports with their history, form sessions and reminder bookkeeping. */

type Tx = Parameters<Parameters<Db['prisma']['$transaction']>[0]>[0];

async function writeReport(tx: Tx, r: Omit<ReportRecord, 'updatedAt'> & { at: Date }): Promise<void> {
  const key = { municipality: r.municipality, quarter: r.quarter, number: r.number, party: r.party };
  const values = { status: r.status, note: r.note, realised: r.realised, updatedBy: r.updatedBy, onBehalf: r.onBehalf, unchanged: r.unchanged, updatedAt: r.at };
  await tx.progressReport.upsert({ where: { municipality_quarter_number_party: key }, create: { ...key, ...values, createdAt: r.at }, update: values });
  await tx.progressReportChange.create({
    data: { ...key, status: r.status, note: r.note, realised: r.realised, changedBy: r.updatedBy, onBehalf: r.onBehalf, unchanged: r.unchanged, changedAt: r.at },
  });
}

export function createProgressStore(db: Db): ProgressStore {
  const { prisma } = db;
  const toSession = (r: { id: string; personId: string; municipality: string; quarter: string; party: string; status: string; state: Prisma.JsonValue; updatedAt: Date }): SessionRecord => ({
    id: r.id,
    personId: r.personId,
    municipality: r.municipality,
    quarter: r.quarter,
    party: r.party,
    status: r.status,
    state: r.state,
    updatedAt: r.updatedAt,
  });

  return {
    /** Creates the cycle once; `created` is false when it already existed (its deadline stays). */
    async ensureCycle(municipality: string, quarter: string, deadline: Date, startedAt: Date): Promise<{ cycle: CycleRecord; created: boolean }> {
      const existing = await prisma.progressCycle.findUnique({ where: { municipality_quarter: { municipality, quarter } } });
      if (existing) return { cycle: existing, created: false };
      const cycle = await prisma.progressCycle.upsert({
        where: { municipality_quarter: { municipality, quarter } },
        create: { municipality, quarter, deadline, startedAt },
        update: {},
      });
      return { cycle, created: true };
    },

    async getCycle(municipality: string, quarter: string): Promise<CycleRecord | null> {
      return prisma.progressCycle.findFirst({ where: { municipality: await municipalityIn(db.sql, 'ProgressCycle', municipality), quarter } });
    },

    /** Cycles whose deadline is after `now`. */
    async listOpenCycles(now: Date): Promise<CycleRecord[]> {
      return prisma.progressCycle.findMany({ where: { deadline: { gt: now } }, orderBy: [{ municipality: 'asc' }, { quarter: 'asc' }] });
    },

    async listReports(municipality: string, quarter: string): Promise<ReportRecord[]> {
      const rows = await prisma.progressReport.findMany({
        where: { municipality: await municipalityIn(db.sql, 'ProgressReport', municipality), quarter },
        orderBy: [{ number: 'asc' }, { party: 'asc' }],
      });
      return rows.map((r) => ({ ...r }));
    },

    async listChanges(municipality: string, quarter: string): Promise<ReportChangeRecord[]> {
      return prisma.progressReportChange.findMany({
        where: { municipality: await municipalityIn(db.sql, 'ProgressReportChange', municipality), quarter },
        orderBy: [{ changedAt: 'asc' }, { id: 'asc' }],
      });
    },

    /** Upserts the current report (last write wins per agreement × party) and appends to the history, atomically. */
    async saveReport(r: Omit<ReportRecord, 'updatedAt'> & { at: Date }): Promise<void> {
      await prisma.$transaction(async (tx) => writeReport(tx, r), { timeout: 30_000, maxWait: 30_000 });
    },

    async getSession(personId: string, municipality: string, quarter: string, party: string): Promise<SessionRecord | null> {
      const row = await prisma.formSession.findUnique({ where: { personId_municipality_quarter_party: { personId, municipality, quarter, party } } });
      return row ? toSession(row) : null;
    },

    async getSessionById(id: string): Promise<SessionRecord | null> {
      const row = await prisma.formSession.findUnique({ where: { id } });
      return row ? toSession(row) : null;
    },

    /** A person's sessions, most recently touched first. */
    async listSessions(personId: string, filter: { status?: string[] } = {}): Promise<SessionRecord[]> {
      const rows = await prisma.formSession.findMany({
        where: { personId, ...(filter.status ? { status: { in: filter.status } } : {}) },
        orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      });
      return rows.map(toSession);
    },

    /** Creates the session, or returns the one that already exists (two clicks on "start" make one session). */
    async createSession(s: { personId: string; municipality: string; quarter: string; party: string; status: string; state: unknown }): Promise<SessionRecord> {
      const row = await prisma.formSession.upsert({
        where: { personId_municipality_quarter_party: { personId: s.personId, municipality: s.municipality, quarter: s.quarter, party: s.party } },
        create: { ...s, state: s.state as Prisma.InputJsonValue },
        update: {},
      });
      return toSession(row);
    },

    /**
     * Writes the session only when nobody wrote it since `expected` was read, together with the reports its
     * answers produced (one transaction); false on a conflict, and then nothing is written.
     */
    async updateSession(
      id: string,
      expected: Date,
      patch: { status: string; state: unknown },
      reports: Array<Omit<ReportRecord, 'updatedAt'> & { at: Date }> = [],
    ): Promise<boolean> {
      return prisma.$transaction(
        async (tx) => {
          const { count } = await tx.formSession.updateMany({
            where: { id, updatedAt: expected },
            data: { status: patch.status, state: patch.state as Prisma.InputJsonValue },
          });
          if (count !== 1) return false;
          for (const r of reports) await writeReport(tx, r);
          return true;
        },
        { timeout: 30_000, maxWait: 30_000 },
      );
    },

    async getReminder(personId: string, municipality: string, quarter: string): Promise<ReminderRecord | null> {
      return prisma.reminderState.findUnique({ where: { personId_municipality_quarter: { personId, municipality, quarter } } });
    },

    async listReminders(municipality: string, quarter: string): Promise<ReminderRecord[]> {
      return prisma.reminderState.findMany({ where: { municipality, quarter }, orderBy: { personId: 'asc' } });
    },

    async upsertReminder(personId: string, municipality: string, quarter: string, patch: ReminderPatch): Promise<void> {
      await prisma.reminderState.upsert({
        where: { personId_municipality_quarter: { personId, municipality, quarter } },
        create: { personId, municipality, quarter, ...patch },
        update: patch,
      });
    },
  };
}

