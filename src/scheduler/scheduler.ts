/**
 * The scheduler: the only user of node-cron. Each job has a cron expression in Europe/Amsterdam and a
 * period unit; a run is claimed in the database (JobRun job + periodKey unique) before it acts, as a lease
 * that the app's heartbeat renews. With several instances on one PostgreSQL every run happens once; a run
 * whose owner died (its lease ran out) is taken over by the next sweep of any instance and resumed — the
 * units it finished are skipped, its sends are in the outbox. Ticks, the sweep (catch-up at start, then
 * every `sweepMs`) and `runDue` (tests, CLI) all go through the same path: "the latest occurrence not done".
 */
import { hostname } from 'node:os';
import cron, { type ScheduledTask } from 'node-cron';
import type { Clock, Logger } from '../core/ports.js';
import { DEFAULT_TIMEZONE } from '../core/calendar.js';
import { nextOccurrence, parseCron, periodKeyOf, previousOccurrence, type ParsedCron } from './cron-times.js';
import { DEFAULT_CRON, JOB_DEFS, LeaseLostError, type ClaimStore, type JobFn, type JobName, type RunResult, type ScheduleEntry, type Scheduler, type SchedulerSettings } from './jobs.js';
import { createUnitClaims } from './units.js';

export * from './jobs.js';

export function createScheduler(deps: {
  claims: ClaimStore;
  jobs: Partial<Record<JobName, JobFn>>;
  clock: Clock;
  settings: SchedulerSettings;
  logger: Logger;
  /** Owner id stored with claims (default host:pid). */
  instance?: string;
  /** Lease length of a claim (default 60 s); the app's heartbeat renews it. */
  leaseMs?: number;
  /** How often to look for due and abandoned runs (default half the lease). */
  sweepMs?: number;
}): Scheduler {
  const { claims, clock, logger } = deps;
  const timezone = deps.settings.timezone || DEFAULT_TIMEZONE;
  const instance = deps.instance ?? `${hostname()}:${process.pid}`;
  const leaseMs = deps.leaseMs ?? 60_000;
  const sweepMs = deps.sweepMs ?? Math.max(500, Math.floor(leaseMs / 2));
  const leaseFrom = (at: Date) => new Date(at.getTime() + leaseMs);
  const cronOf = (job: JobName) =>
    deps.settings.cron?.[job] ?? (job === 'weeklyDigests' ? deps.settings.weeklyDigestCron : DEFAULT_CRON[job]);
  // Parse at creation so a bad expression fails at start, not at the first tick.
  const parsed = new Map<JobName, ParsedCron>();
  for (const job of Object.keys(deps.jobs) as JobName[]) parsed.set(job, parseCron(cronOf(job)));
  const tasks: ScheduledTask[] = [];
  /** Jobs running in this process, so a tick and the sweep do not both start one; and their promises. */
  const active = new Set<JobName>();
  const running = new Set<Promise<unknown>>();
  let sweepTimer: NodeJS.Timeout | undefined;
  let stopping = false;

  const onceFor = createUnitClaims({ claims, clock, logger, instance, leaseMs });

  const track = <T>(p: Promise<T>): Promise<T> => {
    running.add(p);
    void p.finally(() => running.delete(p)).catch(() => undefined);
    return p;
  };

  async function runJob(job: JobName, now: Date, lookbackMs: number, catchUp: boolean): Promise<RunResult | null> {
    const fn = deps.jobs[job];
    const c = parsed.get(job);
    if (!fn || !c || active.has(job)) return null;
    const occ = previousOccurrence(c, now, timezone, Math.ceil(lookbackMs / 86_400_000) + 1);
    if (!occ || now.getTime() - occ.at.getTime() > lookbackMs) return null;
    const def = JOB_DEFS[job];
    const periodKey = periodKeyOf(def.unit, occ.localDate);
    active.add(job);
    try {
      const at = clock.now();
      const id = await claims.claim(def.key, periodKey, instance, at, leaseFrom(at));
      if (!id) return { job, periodKey, status: 'skipped', reason: 'al geclaimd' };
      logger.info('scheduled job started', { job: def.key, periodKey, catchUp, instance });
      try {
        await fn(now, { job: def.key, periodKey, scheduledFor: occ.at, catchUp, once: onceFor(def.key, periodKey, id) });
        await claims.finish(id, { status: 'done', at: clock.now() });
        logger.info('scheduled job finished', { job: def.key, periodKey });
        return { job, periodKey, status: 'done' };
      } catch (err) {
        const message = (err as Error).message;
        if (err instanceof LeaseLostError) {
          // The other instance resumes it; marking it failed here would stop that.
          logger.warn('scheduled job taken over by another instance', { job: def.key, periodKey });
          return { job, periodKey, status: 'skipped', reason: message };
        }
        // Not retried automatically: the error stays on the JobRun and shows in `schedule`. Sends that
        // failed are retried on their own (outbox), this is for a run that could not do its work at all.
        await claims.finish(id, { status: 'failed', error: message, at: clock.now() }).catch((e) =>
          logger.error('could not record job failure', { job: def.key, periodKey, error: (e as Error).message }),
        );
        logger.error('scheduled job failed', { job: def.key, periodKey, error: message });
        return { job, periodKey, status: 'failed', reason: message };
      }
    } finally {
      active.delete(job);
    }
  }

  const lookback = () => Math.max(deps.settings.catchUpDays * 86_400_000, 3_600_000);

  async function runAll(now: Date, catchUp: boolean): Promise<RunResult[]> {
    const results: RunResult[] = [];
    for (const job of parsed.keys()) {
      const r = await runJob(job, now, lookback(), catchUp);
      if (r) results.push(r);
    }
    return results;
  }

  /** Starts every job that is due or was abandoned, each in the background; logs what it caught up. */
  function sweep(catchUp: boolean): void {
    if (stopping) return;
    for (const job of parsed.keys()) {
      if (active.has(job)) continue;
      void track(
        runJob(job, clock.now(), lookback(), catchUp).then(
          (r) => {
            if (r && r.status !== 'skipped' && catchUp) logger.info('caught up a missed or abandoned run', { ...r });
          },
          (err: unknown) => logger.error('sweep failed', { job: JOB_DEFS[job].key, error: (err as Error).message }),
        ),
      );
    }
  }

  return {
    async start() {
      stopping = false;
      for (const [job, c] of parsed) {
        const task = cron.schedule(
          c.expression,
          async (ctx) => {
            if (stopping) return;
            // The tick's own time decides the period; the claim makes a double tick (DST, two instances) harmless.
            const now = ctx?.date instanceof Date ? ctx.date : clock.now();
            await track(runJob(job, now, lookback(), false)).catch((err) =>
              logger.error('scheduled tick failed', { job: JOB_DEFS[job].key, error: (err as Error).message }),
            );
          },
          { timezone, name: `afsprakenbot:${JOB_DEFS[job].key}`, noOverlap: true },
        );
        tasks.push(task);
      }
      // First the catch-up of runs missed while the bot was down, then the same look every sweepMs: it also
      // takes over runs whose owner died. A claim that could not be made is tried again at the next sweep.
      sweep(true);
      sweepTimer = setInterval(() => sweep(true), sweepMs);
      sweepTimer.unref();
    },
    async stop(deadline) {
      stopping = true;
      if (sweepTimer) clearInterval(sweepTimer);
      sweepTimer = undefined;
      for (const t of tasks.splice(0)) await t.destroy();
      const left = [...running];
      if (left.length === 0) return true;
      const wait = deadline === undefined ? Infinity : Math.max(0, deadline - Date.now());
      let timer: NodeJS.Timeout | undefined;
      const finished = await Promise.race([
        Promise.allSettled(left).then(() => true),
        new Promise<boolean>((resolve) => {
          if (wait !== Infinity) timer = setTimeout(() => resolve(false), wait);
        }),
      ]);
      if (timer) clearTimeout(timer);
      return finished;
    },
    catchUp: (now) => runAll(now, true),
    runDue: (now) => runAll(now, false),
    async listSchedule(now) {
      const out: ScheduleEntry[] = [];
      for (const [job, c] of parsed) {
        const def = JOB_DEFS[job];
        const last = await claims.lastRun(def.key);
        const next = nextOccurrence(c, now, timezone);
        out.push({
          job,
          key: def.key,
          cron: c.expression,
          timezone,
          lastRun: last
            ? {
                periodKey: last.periodKey,
                at: last.claimedAt.toISOString(),
                status: last.status,
                error: last.error,
                instance: last.instance,
                finishedAt: last.finishedAt?.toISOString() ?? null,
                leaseUntil: last.leaseUntil?.toISOString() ?? null,
                attempts: last.attempts ?? 1,
              }
            : null,
          nextRun: next?.at.toISOString() ?? null,
          nextPeriodKey: next ? periodKeyOf(def.unit, next.localDate) : null,
        });
      }
      return out;
    },
  };
}
