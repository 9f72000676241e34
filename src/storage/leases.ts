/**
 * Leases held by one process across the three tables that have them: job runs, sends in flight and
 * inbound events being answered. One heartbeat renews them all; a graceful stop releases them.
 */
import type { Db } from './database.js';

export interface LeaseStore {
  /** Renews every lease `owner` holds until `until`; returns how many rows it touched. */
  extend(owner: string, at: Date, until: Date): Promise<number>;
  /** Gives up what `owner` still holds, so another instance (or the next start) takes it at once. */
  release(owner: string, at: Date): Promise<void>;
  /**
   * Ends every lease: only for the embedded database, whose lock file guarantees that no other process
   * is alive, so whatever is still held belongs to a process that died.
   */
  expireAll(at: Date): Promise<void>;
}

export function createLeaseStore(db: Db): LeaseStore {
  const { sql } = db;
  return {
    async extend(owner, at, until) {
      const args = [owner, until.toISOString(), at.toISOString()];
      const held = [owner, until.toISOString()];
      const counts = await Promise.all([
        sql.query<{ n: number }>(
          `WITH t AS (UPDATE "JobRun" SET "leaseUntil" = $2, "heartbeatAt" = $3 WHERE instance = $1 AND status = 'running' RETURNING 1) SELECT count(*)::int AS n FROM t`,
          args,
        ),
        sql.query<{ n: number }>(
          `WITH t AS (UPDATE "OutboundMessage" SET "leaseUntil" = $2 WHERE owner = $1 AND status = 'sending' RETURNING 1) SELECT count(*)::int AS n FROM t`,
          held,
        ),
        sql.query<{ n: number }>(
          `WITH t AS (UPDATE "ProcessedEvent" SET "leaseUntil" = $2 WHERE owner = $1 AND status <> 'answered' RETURNING 1) SELECT count(*)::int AS n FROM t`,
          held,
        ),
      ]);
      return counts.reduce((n, rows) => n + (rows[0]?.n ?? 0), 0);
    },
    async release(owner, at) {
      const args = [owner, at.toISOString()];
      await sql.query(`UPDATE "JobRun" SET "leaseUntil" = $2 WHERE instance = $1 AND status = 'running'`, args);
      // A send cut off here may have reached the recipient: it goes again, so it can arrive twice, never not at all.
      await sql.query(`UPDATE "OutboundMessage" SET status = 'pending', "leaseUntil" = NULL, owner = NULL, "nextAttemptAt" = $2 WHERE owner = $1 AND status = 'sending'`, args);
      await sql.query(`UPDATE "ProcessedEvent" SET "leaseUntil" = $2 WHERE owner = $1 AND status <> 'answered'`, args);
    },
    async expireAll(at) {
      const args = [at.toISOString()];
      await sql.query(`UPDATE "JobRun" SET "leaseUntil" = $1 WHERE status = 'running'`, args);
      await sql.query(`UPDATE "OutboundMessage" SET "leaseUntil" = $1 WHERE status = 'sending'`, args);
      await sql.query(`UPDATE "ProcessedEvent" SET "leaseUntil" = $1 WHERE status <> 'answered' AND "leaseUntil" IS NOT NULL`, args);
    },
  };
}
