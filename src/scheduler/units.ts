/** Units of a run (a municipality, a meeting), each claimed on its own so a resumed run skips what was done. */
import type { Clock, Logger } from '../core/ports.js';
import { LeaseLostError, type ClaimStore, type JobContext } from './jobs.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * `once(unitKey, fn)` for a run held as `parentId`: claims the unit as a lease and runs `fn`; a unit done or
 * failed is skipped; one held by another instance is waited for until it is done or its lease ran out
 * (its owner died: then it is taken over). Throws LeaseLostError once the run itself was taken over.
 */
export function createUnitClaims(deps: { claims: ClaimStore; clock: Clock; logger: Logger; instance: string; leaseMs: number }) {
  const { claims, clock, logger, instance, leaseMs } = deps;
  return function onceFor(job: string, periodKey: string, parentId: string): JobContext['once'] {
    return async (unitKey, fn) => {
      const giveUpAt = Date.now() + 2 * leaseMs + 5_000;
      for (;;) {
        if (!(await claims.holds(parentId, instance))) throw new LeaseLostError(job, periodKey);
        const at = clock.now();
        const id = await claims.claim(job, unitKey, instance, at, new Date(at.getTime() + leaseMs));
        if (id) {
          try {
            await fn();
            await claims.finish(id, { status: 'done', at: clock.now() });
            return true;
          } catch (err) {
            await claims.finish(id, { status: 'failed', error: (err as Error).message, at: clock.now() });
            throw err;
          }
        }
        // Done, failed, or held by another instance: that one finishes it, or dies and we take it over.
        const other = await claims.get(job, unitKey);
        if (!other || other.status !== 'running') return false;
        if (Date.now() > giveUpAt) {
          logger.warn('unit held by another instance; left to it', { job, unitKey, holder: other.instance });
          return false;
        }
        await sleep(Math.min(1_000, Math.max(50, leaseMs / 4)));
      }
    };
  };
}
