/**
 * Delivers outbox rows through the channel senders: the row is written (or found by its key) before the
 * send, held as a lease while it is sent, and marked sent, or failed with the reason. A failure the channel
 * may get over (rate limit, outage, network) is tried again later with a growing wait; a refusal
 * (unknown channel, no access) and the last allowed try are final.
 */
import { ChannelError } from '../core/errors.js';
import type { OutboxClaim, OutboxMessage, OutboxStore } from '../core/outbox.js';
import type { ChannelSender, Clock, Logger } from '../core/ports.js';

export interface DeliverySettings {
  /** How long a send may take before another instance may assume its sender died (ms). */
  sendLeaseMs: number;
  /** Wait before the first retry; each next one waits four times longer (ms). */
  retryBaseMs: number;
  /** Tries in all, the first included. */
  maxAttempts: number;
}

/** What became of one message: sent now or before, being sent elsewhere, waiting for a retry, or given up. */
export type SendOutcome =
  | { state: 'sent' | 'sent-before' | 'in-progress' }
  | { state: 'retry'; error: string; retryAt: Date | null }
  | { state: 'failed'; error: string };

/** Retry waits: base, 4×, 16×, … at most six hours. */
export const backoffMs = (attempt: number, baseMs: number) => Math.min(baseMs * 4 ** Math.max(0, attempt - 1), 6 * 3_600_000);

/** True for failures that may pass: rate limits, outages and errors that are not a channel's answer at all. */
export function isRetryable(err: unknown): boolean {
  if (err instanceof ChannelError) return err.code === 'rate_limited' || err.code === 'unavailable';
  return true;
}

export function createDelivery(deps: { outbox: OutboxStore; senders: ChannelSender[]; owner: string; clock: Clock; logger: Logger; settings: DeliverySettings }) {
  const { outbox, owner, clock, logger, settings } = deps;
  const leaseFrom = (at: Date) => new Date(at.getTime() + settings.sendLeaseMs);

  async function deliver(claim: OutboxClaim): Promise<SendOutcome> {
    const sender = deps.senders.find((s) => s.channel === claim.channel);
    try {
      if (!sender) throw new ChannelError('unavailable', `${claim.channel}: kanaal niet ingesteld`);
      await sender.send({ channel: claim.channel, userId: claim.recipient, reference: claim.reference }, claim.payload.replies ?? []);
    } catch (err) {
      const error = (err as Error).message || String(err);
      const retryAt = isRetryable(err) && claim.attempts < settings.maxAttempts ? new Date(clock.now().getTime() + backoffMs(claim.attempts, settings.retryBaseMs)) : null;
      await outbox.markFailed(claim.id, owner, { error, retryAt });
      logger.warn(retryAt ? 'send failed, will retry' : 'send failed for good', { id: claim.id, channel: claim.channel, recipient: claim.recipient, kind: claim.kind, attempt: claim.attempts, error });
      return { state: retryAt ? 'retry' : 'failed', error, ...(retryAt ? { retryAt } : {}) } as SendOutcome;
    }
    await outbox.markSent(claim.id, owner, clock.now());
    return { state: 'sent' };
  }

  return {
    deliver,
    /** Writes the message to the outbox (a known key finds its row) and sends it when this process now holds it. */
    async send(m: OutboxMessage): Promise<SendOutcome> {
      const at = clock.now();
      const r = await outbox.enqueue(m, owner, at, leaseFrom(at));
      switch (r.state) {
        case 'claimed':
          return deliver(r.claim);
        case 'sent':
          return { state: 'sent-before' };
        case 'sending':
          return { state: 'in-progress' };
        case 'waiting':
          return { state: 'retry', error: r.error ?? 'wacht op verzending', retryAt: r.nextAttemptAt };
        case 'failed':
          return { state: 'failed', error: r.error ?? 'mislukt' };
      }
    },
    /** Sends what is due: retries whose time has come and sends whose sender died. Returns how many were tried. */
    async deliverDue(limit = 25): Promise<number> {
      const at = clock.now();
      const claims = await outbox.claimDue(owner, at, leaseFrom(at), limit);
      for (const claim of claims) await deliver(claim);
      return claims.length;
    },
  };
}

export type Delivery = ReturnType<typeof createDelivery>;
