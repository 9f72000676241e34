/**
 * Scheduled-job claims as leases: a (job, periodKey) row is inserted before a run acts, held by its owner
 * until `leaseUntil` (renewed by a heartbeat, see leases.ts), and taken over by any instance once the lease
 * of a still-running claim ran out — its owner died. A done or failed claim is never run again.
 */
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
  leaseUntil: Date | null;
  attempts: number;
}

export interface JobStore {
  /** Inserts the claim or takes over an expired one; null when it is done, failed, or held by a live owner. */
  claim(job: string, periodKey: string, owner: string, at: Date, leaseUntil: Date): Promise<string | null>;
  finish(id: string, result: { status: 'done' | 'failed'; error?: string; at: Date }): Promise<void>;
  get(job: string, periodKey: string): Promise<JobRunRecord | null>;
  /** True while `owner` still holds the running claim (nobody took it over). */
  holds(id: string, owner: string): Promise<boolean>;
  lastRun(job: string): Promise<JobRunRecord | null>;
  list(job?: string): Promise<JobRunRecord[]>;
}

export function createJobStore(db: Db): JobStore {
  return {
    async claim(job, periodKey, owner, at, leaseUntil) {
      // One statement: of two instances inserting or taking over at once, exactly one gets a row back.
      const rows = await db.sql.query<{ id: string }>(
        `INSERT INTO "JobRun" AS j (id, job, "periodKey", instance, "claimedAt", status, "leaseUntil", "heartbeatAt", attempts)
         VALUES ($1, $2, $3, $4, $5, 'running', $6, $5, 1)
         ON CONFLICT (job, "periodKey") DO UPDATE SET instance = EXCLUDED.instance, "leaseUntil" = EXCLUDED."leaseUntil", "heartbeatAt" = EXCLUDED."heartbeatAt", attempts = j.attempts + 1
         WHERE j.status = 'running' AND (j."leaseUntil" IS NULL OR j."leaseUntil" < EXCLUDED."claimedAt")
         RETURNING id`,
        [randomUUID(), job, periodKey, owner, at.toISOString(), leaseUntil.toISOString()],
      );
      return rows[0]?.id ?? null;
    },
    async finish(id, result) {
      await db.prisma.jobRun.update({ where: { id }, data: { status: result.status, error: result.error ?? null, finishedAt: result.at, leaseUntil: null } });
    },
    async get(job, periodKey) {
      return db.prisma.jobRun.findUnique({ where: { job_periodKey: { job, periodKey } } });
    },
    async holds(id, owner) {
      return (await db.prisma.jobRun.count({ where: { id, instance: owner, status: 'running' } })) === 1;
    },
    async lastRun(job) {
      return db.prisma.jobRun.findFirst({ where: { job, periodKey: { not: { contains: ':' } } }, orderBy: { claimedAt: 'desc' } });
    },
    async list(job) {
      return db.prisma.jobRun.findMany({ where: job ? { job } : {}, orderBy: { claimedAt: 'asc' } });
    },
  };
}
