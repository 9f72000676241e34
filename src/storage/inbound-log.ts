/**
 * Inbound events (ProcessedEvent) from arrival to answer. The first insert of a key wins; a row whose
 * worker's lease ran out can be taken over, an answered one never. Single statements, so two instances
 * (or a Slack retry racing a replay) never both hold one event.
 */
import type { ChannelName, Reply } from '../core/messages.js';
import type { InboundLog, InboundRecord, ReceiptStatus } from '../core/ports.js';
import type { Db } from './database.js';

const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);

export function createInboundLog(db: Db): InboundLog & { prune(before: Date): Promise<number> } {
  const { sql } = db;
  return {
    async begin(key, record, owner, at, leaseUntil) {
      const rows = await sql.query<{ inserted: boolean; status: string; replies: unknown }>(
        `INSERT INTO "ProcessedEvent" AS e (key, "createdAt", status, channel, message, "replyTo", owner, "leaseUntil")
         VALUES ($1, $2, 'received', $3, $4::jsonb, $5::jsonb, $6, $7)
         ON CONFLICT (key) DO UPDATE SET owner = EXCLUDED.owner, "leaseUntil" = EXCLUDED."leaseUntil",
           "replyTo" = COALESCE(e."replyTo", EXCLUDED."replyTo"), message = COALESCE(e.message, EXCLUDED.message), channel = COALESCE(e.channel, EXCLUDED.channel)
         WHERE e.status <> 'answered' AND (e."leaseUntil" IS NULL OR e."leaseUntil" < EXCLUDED."createdAt")
         RETURNING (e.xmax = 0) AS inserted, e.status, e.replies`,
        [
          key,
          at.toISOString(),
          record.channel,
          JSON.stringify(record.message ?? null),
          record.replyTo === undefined || record.replyTo === null ? null : JSON.stringify(record.replyTo),
          owner,
          leaseUntil.toISOString(),
        ],
      );
      const row = rows[0];
      if (!row) return { status: 'duplicate' as ReceiptStatus };
      const replies = parse(row.replies) as Reply[] | null;
      return { status: (row.inserted ? 'new' : 'resumed') as ReceiptStatus, ...(replies ? { replies } : {}) };
    },

    async saveReplies(key, owner, replies) {
      await sql.query(`UPDATE "ProcessedEvent" SET status = 'replied', replies = $3::jsonb WHERE key = $1 AND owner = $2 AND status <> 'answered'`, [
        key,
        owner,
        JSON.stringify(replies),
      ]);
    },

    async finish(key, _owner, at) {
      // Answered is the truth even when another instance took the event over meanwhile.
      await sql.query(`UPDATE "ProcessedEvent" SET status = 'answered', "answeredAt" = $2, owner = NULL, "leaseUntil" = NULL, replies = NULL WHERE key = $1`, [
        key,
        at.toISOString(),
      ]);
    },

    async release(key, owner, at) {
      await sql.query(`UPDATE "ProcessedEvent" SET "leaseUntil" = $3 WHERE key = $1 AND owner = $2 AND status <> 'answered'`, [key, owner, at.toISOString()]);
    },

    async listStale(since, at, limit = 50): Promise<InboundRecord[]> {
      const rows = await sql.query<{ key: string; channel: string; message: unknown; replyTo: unknown }>(
        `SELECT key, channel, message, "replyTo" FROM "ProcessedEvent"
         WHERE status IN ('received', 'replied') AND "createdAt" >= $1 AND ("leaseUntil" IS NULL OR "leaseUntil" < $2)
           AND "replyTo" IS NOT NULL AND message IS NOT NULL AND channel IS NOT NULL
         ORDER BY "createdAt" LIMIT $3`,
        [since.toISOString(), at.toISOString(), limit],
      );
      return rows.map((r) => ({ key: r.key, channel: r.channel as ChannelName, message: parse(r.message), replyTo: parse(r.replyTo) }));
    },

    /** Drops answered events older than `before`: retries come within minutes, so old keys only take space. */
    async prune(before) {
      const rows = await sql.query<{ n: number }>(
        `WITH gone AS (DELETE FROM "ProcessedEvent" WHERE status = 'answered' AND "createdAt" < $1 RETURNING 1) SELECT count(*)::int AS n FROM gone`,
        [before.toISOString()],
      );
      return rows[0]?.n ?? 0;
    },
  };
}
