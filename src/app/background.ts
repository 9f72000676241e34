/**
 * Periodic work of a running bot besides the cron jobs (lease heartbeat, retries of sends, late answers):
 * each task runs at start when asked, then every `everyMs`, never overlapping itself; `stop` waits for a
 * running one until a deadline.
 */
import type { Logger } from '../core/ports.js';

export interface BackgroundTask {
  name: string;
  /** 0: only at start. */
  everyMs: number;
  run(): Promise<unknown>;
  atStart?: boolean;
}

export function createBackgroundWork(tasks: BackgroundTask[], logger: Logger) {
  const timers: NodeJS.Timeout[] = [];
  const running = new Map<string, Promise<unknown>>();
  let stopped = false;

  function kick(task: BackgroundTask): void {
    if (stopped || running.has(task.name)) return;
    const p = task
      .run()
      .catch((err: unknown) => logger.error('background task failed', { task: task.name, error: String((err as Error)?.stack ?? err) }))
      .finally(() => running.delete(task.name));
    running.set(task.name, p);
  }

  return {
    start(): void {
      stopped = false;
      for (const task of tasks) {
        if (task.atStart) kick(task);
        if (task.everyMs > 0) {
          const timer = setInterval(() => kick(task), task.everyMs);
          timer.unref();
          timers.push(timer);
        }
      }
    },
    /** Stops starting tasks; waits for running ones until `deadline` (ms since epoch). True when none is left. */
    async stop(deadline?: number): Promise<boolean> {
      stopped = true;
      for (const t of timers.splice(0)) clearInterval(t);
      const left = [...running.values()];
      if (left.length === 0) return true;
      let timer: NodeJS.Timeout | undefined;
      const finished = await Promise.race([
        Promise.allSettled(left).then(() => true),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(false), deadline === undefined ? 2_147_483_647 : Math.max(0, deadline - Date.now()));
        }),
      ]);
      clearTimeout(timer);
      return finished;
    },
  };
}
