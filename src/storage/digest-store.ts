/** Reads what digests need (progress reports, changes, people, settings) and keeps the digests that went out. */
import type { PartyRecord, ReportChangeRecord, ReportRecord } from '../core/progress.js';
import type { Db } from './database.js';
import { municipalityIn } from './municipality-match.js';

/** Reports and changes as digests read them (the progress records without who acted on whose behalf). */
export type DigestReportRow = Omit<ReportRecord, 'onBehalf' | 'unchanged'>;
export type DigestChangeRow = Omit<ReportChangeRecord, 'onBehalf' | 'unchanged'>;

export interface DigestPersonRow {
  personId: string;
  name: string;
  party: string | null;
}

export interface DigestRecordRow {
  id: string;
  municipality: string;
  kind: string;
  periodKey: string;
  content: unknown;
  createdAt: Date;
}

/** The storage port of the digest service. Municipality names are matched exactly except for people and settings. */
export interface DigestStore {
  listReports(municipality: string, quarters: string[]): Promise<DigestReportRow[]>;
  listChanges(municipality: string, quarters: string[]): Promise<DigestChangeRow[]>;
  /** People with the role in the municipality (case-insensitive); admins are not coordinators. */
  listPeopleWithRole(municipality: string, role: 'reporter' | 'coordinator'): Promise<DigestPersonRow[]>;
  listParties(municipality: string): Promise<PartyRecord[]>;
  /** The quarter's progress round (ProgressCycle), when it started. */
  getCycle(municipality: string, quarter: string): Promise<{ startedAt: Date; deadline: Date } | null>;
  getSetting(municipality: string): Promise<{ slackChannel: string | null; teamsChannel: string | null } | null>;
  setSetting(municipality: string, s: { slackChannel?: string | null; teamsChannel?: string | null }): Promise<void>;
  latestDigest(municipality: string, kind: string, before?: Date): Promise<DigestRecordRow | null>;
  findDigest(municipality: string, kind: string, periodKey: string): Promise<DigestRecordRow | null>;
  saveDigest(r: { municipality: string; kind: string; periodKey: string; content: unknown; createdAt?: Date }): Promise<DigestRecordRow>;
}

const ci = (value: string) => ({ equals: value, mode: 'insensitive' as const });
// Reports, changes, cycles and digests are matched exactly (indexed); the service passes the stored spelling.
// People and parties are matched in any case, through the lower(municipality) indexes.

export function createDigestStore(db: Db): DigestStore {
  const { prisma } = db;
  return {
    async listReports(municipality, quarters) {
      return prisma.progressReport.findMany({
        where: { municipality, quarter: { in: quarters } },
        select: { municipality: true, quarter: true, number: true, party: true, status: true, note: true, realised: true, updatedBy: true, updatedAt: true },
        orderBy: [{ number: 'asc' }, { party: 'asc' }],
      });
    },
    async listChanges(municipality, quarters) {
      return prisma.progressReportChange.findMany({
        where: { municipality, quarter: { in: quarters } },
        select: { municipality: true, quarter: true, number: true, party: true, status: true, note: true, realised: true, changedBy: true, changedAt: true },
        orderBy: { changedAt: 'asc' },
      });
    },
    async listPeopleWithRole(municipality, role) {
      const rows = await prisma.role.findMany({
        where: { role, municipality: await municipalityIn(db.sql, 'Role', municipality) },
        include: { person: { select: { id: true, name: true } } },
      });
      return rows.map((r) => ({ personId: r.person.id, name: r.person.name, party: r.party }));
    },
    async listParties(municipality) {
      return prisma.party.findMany({
        where: { municipality: await municipalityIn(db.sql, 'Party', municipality) },
        select: { municipality: true, name: true, kind: true, aliases: true },
      });
    },
    async getCycle(municipality, quarter) {
      return prisma.progressCycle.findFirst({ where: { municipality, quarter }, select: { startedAt: true, deadline: true } });
    },
    async getSetting(municipality) {
      const row = await prisma.municipalitySetting.findFirst({ where: { municipality: ci(municipality) } });
      return row ? { slackChannel: row.slackChannel, teamsChannel: row.teamsChannel } : null;
    },
    async setSetting(municipality, s) {
      await prisma.municipalitySetting.upsert({ where: { municipality }, create: { municipality, ...s }, update: s });
    },
    async latestDigest(municipality, kind, before) {
      return prisma.digestRecord.findFirst({
        where: { municipality, kind, ...(before ? { createdAt: { lt: before } } : {}) },
        orderBy: { createdAt: 'desc' },
      });
    },
    async findDigest(municipality, kind, periodKey) {
      return prisma.digestRecord.findFirst({ where: { municipality, kind, periodKey }, orderBy: { createdAt: 'desc' } });
    },
    async saveDigest(r) {
      return prisma.digestRecord.create({
        data: { municipality: r.municipality, kind: r.kind, periodKey: r.periodKey, content: r.content as object, ...(r.createdAt ? { createdAt: r.createdAt } : {}) },
      });
    },
  };
}
