/**
 * The outbox (OutboundMessage): a row per recipient and channel, written before the send and claimed as a
 * lease while it is sent. Claims are single statements, so two instances never hold the same row.
 * Times are passed as ISO strings from the caller's clock (never the database's `now()`).
 */
import { randomUUID } from 'node:crypto';
import type { Prisma as P } from '@prisma/client';
import type { ChannelName } from '../core/messages.js';
import type { EnqueueResult, OutboxClaim, OutboxProblem, OutboxStatus, OutboxStore } from '../core/outbox.js';
import type { Db } from './database.js';

interface ClaimRow {
  id: string;
  channel: string;
  recipient: string;
  kind: string;
  payload: unknown;
  reference: unknown;
  attempts: number;
}

const toClaim = (r: ClaimRow): OutboxClaim => ({
  id: r.id,
  channel: r.channel as ChannelName,
  recipient: r.recipient,
  kind: r.kind,
  payload: (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as OutboxClaim['payload'],
  reference: typeof r.reference === 'string' ? JSON.parse(r.reference) : r.reference,
  attempts: Number(r.attempts),
});

const RETURNING = 'RETURNING id, channel, recipient, kind, payload, reference, attempts';

/** Due for a try at `$at`: a retry whose time came, or a send whose owner's lease ran out. */
const due = (t: string, at: string) =>
  `((${t}.status = 'pending' AND (${t}."nextAttemptAt" IS NULL OR ${t}."nextAttemptAt" <= ${at})) OR (${t}.status = 'sending' AND (${t}."leaseUntil" IS NULL OR ${t}."leaseUntil" < ${at})))`;

export function createOutboxStore(db: Db, now: () => Date = () => new Date()): OutboxStore {
  const { prisma, sql } = db;
  return {
    async record(m, at = now()) {
      // The injected clock, not the database's, so messages carry the app's time (fixed in tests).
      await prisma.outboundMessage.createMany({
        data: [
          {
            channel: m.channel,
            recipient: m.recipient,
            kind: m.kind,
            text: m.text,
            payload: (m.payload ?? {}) as unknown as P.InputJsonValue,
            status: m.status ?? 'sent',
            error: m.error ?? null,
            createdAt: at,
            dedupeKey: m.dedupeKey ?? null,
            ...(m.reference !== undefined ? { reference: m.reference as P.InputJsonValue } : {}),
            ...((m.status ?? 'sent') === 'sent' ? { sentAt: at } : {}),
          },
        ],
        skipDuplicates: true,
      });
    },

    async enqueue(m, owner, at, leaseUntil): Promise<EnqueueResult> {
      const rows = await sql.query<ClaimRow>(
        `INSERT INTO "OutboundMessage" AS o (id, channel, recipient, kind, text, payload, status, "createdAt", "dedupeKey", reference, attempts, owner, "leaseUntil")
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, 'sending', $7, $8, $9::jsonb, 1, $10, $11)
         ON CONFLICT ("dedupeKey") DO UPDATE SET status = 'sending', owner = EXCLUDED.owner, "leaseUntil" = EXCLUDED."leaseUntil", attempts = o.attempts + 1
         WHERE ${due('o', 'EXCLUDED."createdAt"')}
         ${RETURNING}`,
        [
          randomUUID(),
          m.channel,
          m.recipient,
          m.kind,
          m.text,
          JSON.stringify(m.payload ?? {}),
          at.toISOString(),
          m.dedupeKey ?? null,
          m.reference === undefined ? null : JSON.stringify(m.reference),
          owner,
          leaseUntil.toISOString(),
        ],
      );
      if (rows[0]) return { state: 'claimed', claim: toClaim(rows[0]) };
      const row = await prisma.outboundMessage.findUnique({ where: { dedupeKey: m.dedupeKey! } });
      if (!row) throw new Error(`outbox: row ${m.dedupeKey} neither written nor found`);
      if (row.status === 'sent' || row.status === 'sending') return { state: row.status };
      if (row.status === 'failed') return { state: 'failed', error: row.error };
      return { state: 'waiting', nextAttemptAt: row.nextAttemptAt, error: row.error };
    },

    async claimDue(owner, at, leaseUntil, limit) {
      // SKIP LOCKED plus the repeated condition: of two instances claiming at once, each row goes to one.
      const rows = await sql.query<ClaimRow>(
        `UPDATE "OutboundMessage" AS o SET status = 'sending', owner = $1, "leaseUntil" = $3, attempts = o.attempts + 1
         WHERE o.id IN (SELECT id FROM "OutboundMessage" AS d WHERE ${due('d', '$2')} ORDER BY d."createdAt" LIMIT $4 FOR UPDATE SKIP LOCKED)
           AND ${due('o', '$2')}
         ${RETURNING}`,
        [owner, at.toISOString(), leaseUntil.toISOString(), limit],
      );
      return rows.map(toClaim);
    },

    async markSent(id, _owner, at) {
      // Sent is the truth even when another instance took the row over meanwhile.
      await prisma.outboundMessage.update({ where: { id }, data: { status: 'sent', sentAt: at, error: null, owner: null, leaseUntil: null, nextAttemptAt: null } });
    },

    async markFailed(id, _owner, result) {
      await prisma.outboundMessage.update({
        where: { id },
        data: { status: result.retryAt ? 'pending' : 'failed', error: result.error, nextAttemptAt: result.retryAt, owner: null, leaseUntil: null },
      });
    },

    async inbox(channel, recipient, limit = 50) {
      return prisma.outboundMessage.findMany({ where: { channel, recipient }, orderBy: { createdAt: 'desc' }, take: limit });
    },

    async problems(limit = 50): Promise<OutboxProblem[]> {
      const rows = await prisma.outboundMessage.findMany({
        where: { OR: [{ status: 'failed' }, { status: 'pending', error: { not: null } }] },
        orderBy: { createdAt: 'desc' },
        take: limit,
        select: { id: true, channel: true, recipient: true, kind: true, status: true, error: true, attempts: true, nextAttemptAt: true, createdAt: true },
      });
      return rows.map((r) => ({ ...r, status: r.status as OutboxStatus }));
    },

    async counts() {
      const groups = await prisma.outboundMessage.groupBy({ by: ['status'], _count: { _all: true } });
      const out: Record<OutboxStatus, number> = { pending: 0, sending: 0, sent: 0, failed: 0 };
      for (const g of groups) if (g.status in out) out[g.status as OutboxStatus] = g._count._all;
      return out;
    },
  };
}
