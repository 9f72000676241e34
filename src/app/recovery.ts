/**
 * What a running bot does in the background so that nothing is lost: renew its leases (heartbeat), send
 * again what failed or was cut off, answer what a crash left unanswered, finish an index a crash cut off,
 * and drop old event records. The heartbeat is separate: it runs until everything held is released.
 */
import type { Clock, Logger } from '../core/ports.js';
import { createBackgroundWork } from './background.js';

export function createRecoveryWork(deps: {
  owner: string;
  leaseMs: number;
  sendRetryBaseMs: number;
  clock: Clock;
  logger: Logger;
  extendLeases(owner: string, at: Date, until: Date): Promise<unknown>;
  deliverDue(): Promise<unknown>;
  answerLate(): Promise<unknown>;
  repairIndex(): Promise<unknown>;
  pruneEvents(before: Date): Promise<unknown>;
}) {
  const { owner, leaseMs, clock, logger } = deps;
  const now = () => clock.now().getTime();
  const heartbeat = createBackgroundWork(
    [{ name: 'lease-heartbeat', everyMs: Math.max(250, Math.floor(leaseMs / 3)), run: () => deps.extendLeases(owner, clock.now(), new Date(now() + leaseMs)) }],
    logger,
  );
  const work = createBackgroundWork(
    [
      { name: 'send-retries', everyMs: Math.max(250, Math.min(30_000, Math.floor(leaseMs / 2), deps.sendRetryBaseMs)), atStart: true, run: deps.deliverDue },
      { name: 'late-answers', everyMs: Math.max(250, Math.floor(leaseMs / 2)), atStart: true, run: deps.answerLate },
      { name: 'index-repair', everyMs: 0, atStart: true, run: deps.repairIndex },
      { name: 'prune-events', everyMs: 86_400_000, atStart: true, run: () => deps.pruneEvents(new Date(now() - 7 * 86_400_000)) },
    ],
    logger,
  );
  return { heartbeat, work };
}
