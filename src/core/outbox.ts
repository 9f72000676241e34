/** The outbox: proactive messages are written before they are sent, one row per recipient and channel. */
import type { ChannelName, Reply } from './messages.js';

/** pending: waiting for a (next) try · sending: someone holds it · sent · failed: given up. */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

export interface OutboxMessage {
  channel: ChannelName;
  /** The channel's user or conversation id (a console id for the inbox). */
  recipient: string;
  kind: string;
  text: string;
  payload: { replies: Reply[] };
  /** How the channel reaches the recipient (Slack conversation, Teams conversation reference). */
  reference?: unknown;
  /** Unique per recipient of a run; a second enqueue with the same key never makes a second message. */
  dedupeKey?: string | null;
}

/** A row the caller now holds (status sending) and must deliver. */
export interface OutboxClaim {
  id: string;
  channel: ChannelName;
  recipient: string;
  kind: string;
  payload: { replies: Reply[] };
  reference: unknown;
  /** Tries including this one. */
  attempts: number;
}

/** What enqueueing found: we hold the row now, or it was already sent, is being sent, waits, or failed for good. */
export type EnqueueResult =
  | { state: 'claimed'; claim: OutboxClaim }
  | { state: 'sent' | 'sending' }
  | { state: 'waiting'; nextAttemptAt: Date | null; error: string | null }
  | { state: 'failed'; error: string | null };

/** A send that did not (yet) go out, for `schedule` and the dashboard. */
export interface OutboxProblem {
  id: string;
  channel: string;
  recipient: string;
  kind: string;
  status: OutboxStatus;
  error: string | null;
  attempts: number;
  nextAttemptAt: Date | null;
  createdAt: Date;
}

/** Storage of the outbox (storage/outbox-store.ts implements it). Times come from the caller's clock. */
export interface OutboxStore {
  /** A row that needs no sending (the console inbox): stored as sent; a known dedupe key stores nothing. */
  record(m: OutboxMessage & { status?: OutboxStatus; error?: string | null }, at?: Date): Promise<void>;
  /** Writes the row (or finds it by its key) and claims it for `owner` when it is due or its sender died. */
  enqueue(m: OutboxMessage, owner: string, at: Date, leaseUntil: Date): Promise<EnqueueResult>;
  /** Claims rows waiting for a retry whose time has come, and rows whose sender died. */
  claimDue(owner: string, at: Date, leaseUntil: Date, limit: number): Promise<OutboxClaim[]>;
  markSent(id: string, owner: string, at: Date): Promise<void>;
  /** `retryAt` null: given up (status failed); otherwise pending until then. */
  markFailed(id: string, owner: string, result: { error: string; retryAt: Date | null }): Promise<void>;
  inbox(channel: ChannelName, recipient: string, limit?: number): Promise<Array<{ id: string; kind: string; text: string; payload: unknown; createdAt: Date }>>;
  /** Failed sends and sends waiting for a retry, newest first. */
  problems(limit?: number): Promise<OutboxProblem[]>;
  /** How many rows are in each status. */
  counts(): Promise<Record<OutboxStatus, number>>;
}
