/** The scheduler's vocabulary: job names and their stored keys, what a job gets, the claim port, results. */
import type { PeriodUnit } from './cron-times.js';

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
  /** Inserts the claim or takes over a running one whose lease ran out; null when done, failed or held. */
  claim(job: string, periodKey: string, owner: string, at: Date, leaseUntil: Date): Promise<string | null>;
  finish(id: string, result: { status: 'done' | 'failed'; error?: string; at: Date }): Promise<void>;
  get(job: string, periodKey: string): Promise<{ status: string; leaseUntil: Date | null; instance: string } | null>;
  /** True while `owner` still holds the running claim. */
  holds(id: string, owner: string): Promise<boolean>;
  lastRun(job: string): Promise<{
    periodKey: string;
    claimedAt: Date;
    finishedAt: Date | null;
    status: string;
    error: string | null;
    instance: string;
    leaseUntil?: Date | null;
    attempts?: number;
  } | null>;
}

/** Thrown inside a run that another instance took over (this one was too slow to renew its lease). */
export class LeaseLostError extends Error {
  constructor(job: string, periodKey: string) {
    super(`${job} ${periodKey}: overgenomen door een andere instantie`);
    this.name = 'LeaseLostError';
  }
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
  lastRun: {
    periodKey: string;
    at: string;
    status: string;
    error: string | null;
    instance: string;
    finishedAt: string | null;
    /** Until when the owner holds a running claim; in the past means it will be taken over. */
    leaseUntil: string | null;
    attempts: number;
  } | null;
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
  /** Starts the cron ticks and the sweep; the first sweep (the catch-up) runs in the background. */
  start(): Promise<void>;
  /** Stops ticking and sweeping and waits for running jobs until `deadline` (ms since epoch); true when none is left. */
  stop(deadline?: number): Promise<boolean>;
  /** Runs, once, the latest missed occurrence of each job within catchUpDays. */
  catchUp(now: Date): Promise<RunResult[]>;
  /** Runs every job whose latest occurrence (≤ now, within catchUpDays) is not claimed yet. */
  runDue(now: Date): Promise<RunResult[]>;
  listSchedule(now: Date): Promise<ScheduleEntry[]>;
}

