/**
 * Runs Slack work (engine + replies) after the HTTP ack, a few jobs at a time, each started on a fresh
 * event-loop turn. Search and answering are CPU work on the main thread: without this, 50 concurrent
 * mentions all start at once and the acks of later requests wait behind them (p95 ~1.7 s). With `quietMs`,
 * work also waits until a burst of events has stopped arriving, so every ack of the burst goes out first.
 */
import type { Logger } from '../../core/ports.js';

export interface WorkQueue {
  /** Queues `job`; resolves or rejects with it. Nothing is dropped, however long the queue gets. */
  run<T>(job: () => Promise<T>): Promise<T>;
  /** Jobs waiting plus running, for logs and tests. */
  readonly size: number;
  /** Resolves true when every job has finished, or false at `deadline` (ms since epoch) if some have not. */
  idle(deadline?: number): Promise<boolean>;
}

export interface WorkQueueOptions {
  concurrency: number;
  logger?: Logger;
  warnAt?: number;
  /** Start nothing until no job arrived for this long (ms); 0 starts at once. */
  quietMs?: number;
  /** Under a steady stream of arrivals, the oldest job still starts after this long (ms). */
  maxDeferMs?: number;
  now?: () => number;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createWorkQueue(opts: WorkQueueOptions): WorkQueue {
  const now = opts.now ?? (() => performance.now());
  const quietMs = opts.quietMs ?? 0;
  const maxDeferMs = opts.maxDeferMs ?? 500;
  const waiting: Array<{ start: () => void; queuedAt: number }> = [];
  let running = 0;
  let warned = false;
  let onIdle: Array<() => void> = [];
  let lastArrival = -Infinity;
  let timer: NodeJS.Timeout | undefined;

  function startNext(): void {
    while (running < opts.concurrency && waiting.length > 0) {
      const t = now();
      const wait = Math.min(lastArrival + quietMs - t, waiting[0]!.queuedAt + maxDeferMs - t);
      if (wait > 0) {
        timer ??= setTimeout(() => {
          timer = undefined;
          startNext();
        }, Math.ceil(wait));
        return;
      }
      running++;
      waiting.shift()!.start();
    }
  }

  return {
    get size() {
      return waiting.length + running;
    },
    idle(deadline) {
      if (running === 0 && waiting.length === 0) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const done = () => {
          if (deadlineTimer) clearTimeout(deadlineTimer);
          resolve(true);
        };
        onIdle.push(done);
        const deadlineTimer =
          deadline === undefined
            ? undefined
            : setTimeout(() => {
                onIdle = onIdle.filter((f) => f !== done);
                resolve(false);
              }, Math.max(0, deadline - Date.now()));
      });
    },
    run<T>(job: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        lastArrival = now();
        waiting.push({
          queuedAt: lastArrival,
          start: () => {
            // A fresh turn lets pending requests (and their acks) through before this job's CPU work.
            nextTurn()
              .then(job)
              .then(resolve, reject)
              .finally(() => {
                running--;
                startNext();
                if (running === 0 && waiting.length === 0) for (const resolve of onIdle.splice(0)) resolve();
              });
          },
        });
        if (opts.warnAt && waiting.length >= opts.warnAt && !warned) {
          warned = true;
          opts.logger?.warn('slack: work queue is long', { waiting: waiting.length, running });
        } else if (waiting.length === 0) warned = false;
        startNext();
      });
    },
  };
}
