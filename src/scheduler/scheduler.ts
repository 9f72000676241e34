/**
 * The scheduler: the only user of node-cron. Each job has a cron expression in Europe/Amsterdam and a
 * period unit; a run is claimed in the database (JobRun job + periodKey unique) before it acts, so with
 * several instances on one PostgreSQL every run happens once. Ticks, catch-up after downtime and
 * `runDue` (tests, CLI) all go through the same path: "the latest occurrence not yet claimed".
 */
import { hostname } from 'node:os';
import cron, { type ScheduledTask } from 'node-cron';
import type { Clock, Logger } from '../core/ports.js';
import { DEFAULT_TIMEZONE } from '../core/calendar.js';
import { nextOccurrence, parseCron, periodKeyOf, previousOccurrence, type ParsedCron, type PeriodUnit } from './cron-times.js';

export type JobName = 'quarterlyPrompts' | 'reminders' | 'weeklyDigests' | 'meetingDigests';

/** What a job callback gets besides the time. */
export interface JobContext {
  job: string;
  periodKey: string;
  /** When this run was scheduled for (may be earlier than now after a catch-up). */
  scheduledFor: Date;
  catchUp: boolean;
  /**
   * Runs `fn` once for a sub-unit (a municipality, a meeting) across all instances: claims (job, unitKey)
   * first and returns false without running when it was already claimed.
   */
  once(unitKey: string, fn: () => Promise<void>): Promise<boolean>;
}

export type JobFn = (now: Date, ctx: JobContext) => Promise<void>;

/** The storage port for claims (src/storage/job-store.ts implements it). */
export interface ClaimStore {
  claim(job: string, periodKey: string, instance: string, at: Date): Promise<string | null>;
  finish(id: string, result: { status: 'done' | 'failed'; error?: string; at: Date }): Promise<void>;
  lastRun(job: string): Promise<{ periodKey: string; claimedAt: Date; finishedAt: Date | null; status: string; error: string | null; instance: string } | null>;
}

export interface SchedulerSettings {
  timezone: string;
  weeklyDigestCron: string;
  catchUpDays: number;
  /** Overrides per job (cron expressions); defaults below. */
  cron?: Partial<Record<JobName, string>>;
}

/** Default times: prompts and reminders on working-day mornings, meeting digests daily at 07:30. */
export const DEFAULT_CRON: Record<Exclude<JobName, 'weeklyDigests'>, string> = {
  quarterlyPrompts: '0 9 * * 1-5',
  reminders: '30 9 * * 1-5',
  meetingDigests: '30 7 * * *',
};

/** Stored job names ("weekly-digest:2026-W12") and their period unit. */
export const JOB_DEFS: Record<JobName, { key: string; unit: PeriodUnit }> = {
  quarterlyPrompts: { key: 'quarterly-prompts', unit: 'day' },
  reminders: { key: 'reminders', unit: 'day' },
  weeklyDigests: { key: 'weekly-digest', unit: 'week' },
  meetingDigests: { key: 'meeting-digests', unit: 'day' },
};

export interface ScheduleEntry {
  job: JobName;
  key: string;
  cron: string;
  timezone: string;
  lastRun: { periodKey: string; at: string; status: string; error: string | null; instance: string } | null;
  nextRun: string | null;
  nextPeriodKey: string | null;
}

export interface RunResult {
  job: JobName;
  periodKey: string;
  status: 'done' | 'failed' | 'skipped';
  reason?: string;
}

export interface Scheduler {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Runs, once, the latest missed occurrence of each job within catchUpDays. */
  catchUp(now: Date): Promise<RunResult[]>;
  /** Runs every job whose latest occurrence (≤ now, within catchUpDays) is not claimed yet. */
  runDue(now: Date): Promise<RunResult[]>;
  listSchedule(now: Date): Promise<ScheduleEntry[]>;
}

export function createScheduler(deps: {
  claims: ClaimStore;
  jobs: Partial<Record<JobName, JobFn>>;
  clock: Clock;
  settings: SchedulerSettings;
  logger: Logger;
  /** Instance id stored with claims (default host:pid). */
  instance?: string;
}): Scheduler {
  const { claims, clock, logger } = deps;
  const timezone = deps.settings.timezone || DEFAULT_TIMEZONE;
  const instance = deps.instance ?? `${hostname()}:${process.pid}`;
  const cronOf = (job: JobName) =>
    deps.settings.cron?.[job] ?? (job === 'weeklyDigests' ? deps.settings.weeklyDigestCron : DEFAULT_CRON[job]);
  // Parse at creation so a bad expression fails at start, not at the first tick.
  const parsed = new Map<JobName, ParsedCron>();
  for (const job of Object.keys(deps.jobs) as JobName[]) parsed.set(job, parseCron(cronOf(job)));
  const tasks: ScheduledTask[] = [];

  function once(job: string): (unitKey: string, fn: () => Promise<void>) => Promise<boolean> {
    return async (unitKey, fn) => {
      const id = await claims.claim(job, unitKey, instance, clock.now());
      if (!id) return false;
      try {
        await fn();
        await claims.finish(id, { status: 'done', at: clock.now() });
        return true;
      } catch (err) {
        await claims.finish(id, { status: 'failed', error: (err as Error).message, at: clock.now() });
        throw err;
      }
    };
  }

  async function runJob(job: JobName, now: Date, lookbackMs: number, catchUp: boolean): Promise<RunResult | null> {
    const fn = deps.jobs[job];
    const c = parsed.get(job);
    if (!fn || !c) return null;
    const occ = previousOccurrence(c, now, timezone, Math.ceil(lookbackMs / 86_400_000) + 1);
    if (!occ || now.getTime() - occ.at.getTime() > lookbackMs) return null;
    const def = JOB_DEFS[job];
    const periodKey = periodKeyOf(def.unit, occ.localDate);
    const id = await claims.claim(def.key, periodKey, instance, now);
    if (!id) return { job, periodKey, status: 'skipped', reason: 'al geclaimd' };
    logger.info('scheduled job started', { job: def.key, periodKey, catchUp });
    try {
      await fn(now, { job: def.key, periodKey, scheduledFor: occ.at, catchUp, once: once(def.key) });
      await claims.finish(id, { status: 'done', at: clock.now() });
      logger.info('scheduled job finished', { job: def.key, periodKey });
      return { job, periodKey, status: 'done' };
    } catch (err) {
      const message = (err as Error).message;
      // Not retried automatically: a half-sent digest must not go out twice. The error stays on the JobRun.
      await claims.finish(id, { status: 'failed', error: message, at: clock.now() }).catch((e) =>
        logger.error('could not record job failure', { job: def.key, periodKey, error: (e as Error).message }),
      );
      logger.error('scheduled job failed', { job: def.key, periodKey, error: message });
      return { job, periodKey, status: 'failed', reason: message };
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

  return {
    async start() {
      for (const [job, c] of parsed) {
        const task = cron.schedule(
          c.expression,
          async (ctx) => {
            // The tick's own time decides the period; the claim makes a double tick (DST, two instances) harmless.
            const now = ctx?.date instanceof Date ? ctx.date : clock.now();
            await runJob(job, now, Math.max(lookback(), 3_600_000), false).catch((err) =>
              logger.error('scheduled tick failed', { job: JOB_DEFS[job].key, error: (err as Error).message }),
            );
          },
          { timezone, name: `afsprakenbot:${JOB_DEFS[job].key}`, noOverlap: true },
        );
        tasks.push(task);
      }
      try {
        const caught = await runAll(clock.now(), true);
        for (const r of caught.filter((x) => x.status !== 'skipped')) logger.info('caught up a missed run', { ...r });
      } catch (err) {
        // The ticks keep running; a claim that could not be made will be tried again at the next tick.
        logger.error('catch-up failed', { error: (err as Error).message });
      }
    },
    async stop() {
      for (const t of tasks.splice(0)) await t.destroy();
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
          lastRun: last ? { periodKey: last.periodKey, at: last.claimedAt.toISOString(), status: last.status, error: last.error, instance: last.instance } : null,
          nextRun: next?.at.toISOString() ?? null,
          nextPeriodKey: next ? periodKeyOf(def.unit, next.localDate) : null,
        });
      }
      return out;
    },
  };
}
