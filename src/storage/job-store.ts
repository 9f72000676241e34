/** Scheduled-job claims: a (job, periodKey) row is inserted before a run acts, so it runs exactly once. */
import { randomUUID } from 'node:crypto';
import type { Db } from './database.js';

export interface JobRunRecord {
  id: string;
  job: string;
  periodKey: string;
  instance: string;
  claimedAt: Date;
  finishedAt: Date | null;
  status: string;
  error: string | null;
}

export interface JobStore {
  /** Inserts the claim; null when another instance (or an earlier run) already has this job and period. */
  claim(job: string, periodKey: string, instance: string, at: Date): Promise<string | null>;
  finish(id: string, result: { status: 'done' | 'failed'; error?: string; at: Date }): Promise<void>;
  lastRun(job: string): Promise<JobRunRecord | null>;
  list(job?: string): Promise<JobRunRecord[]>;
}

export function createJobStore(db: Db): JobStore {
  return {
    async claim(job, periodKey, instance, at) {
      // ON CONFLICT DO NOTHING is atomic in PostgreSQL: of two concurrent inserts exactly one returns a row.
      const rows = await db.sql.query<{ id: string }>(
        'INSERT INTO "JobRun" (id, job, "periodKey", instance, "claimedAt", status) VALUES ($1, $2, $3, $4, $5, \'running\') ON CONFLICT (job, "periodKey") DO NOTHING RETURNING id',
        [randomUUID(), job, periodKey, instance, at.toISOString()],
      );
      return rows[0]?.id ?? null;
    },
    async finish(id, result) {
      await db.prisma.jobRun.update({ where: { id }, data: { status: result.status, error: result.error ?? null, finishedAt: result.at } });
    },
    async lastRun(job) {
      return db.prisma.jobRun.findFirst({ where: { job, periodKey: { not: { contains: ':' } } }, orderBy: { claimedAt: 'desc' } });
    },
    async list(job) {
      return db.prisma.jobRun.findMany({ where: job ? { job } : {}, orderBy: { claimedAt: 'asc' } });
    },
  };
}
