import { describe, expect, it } from 'vitest';
import { createWorkQueue } from '../../src/channels/slack/work-queue.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('slack work queue', () => {
  it('starts no work while a burst of events is still arriving, then all of it', async () => {
    // Gaps of 20 ms against a quiet period of 400 ms: only a stall of the whole machine longer than the quiet period
    // (not the usual delays of a loaded machine) would start work early, and the check below measures real times.
    const queue = createWorkQueue({ concurrency: 4, quietMs: 400, maxDeferMs: 10_000 });
    const started: number[] = [];
    const t0 = performance.now();
    const done: Array<Promise<number>> = [];
    let lastArrival = 0;
    for (let i = 0; i < 6; i++) {
      lastArrival = performance.now() - t0;
      done.push(queue.run(async () => (started.push(performance.now() - t0), i)));
      await sleep(20);
    }
    // Nothing started during the burst.
    expect(started.filter((t) => t < lastArrival)).toEqual([]);
    expect(await Promise.all(done)).toEqual([0, 1, 2, 3, 4, 5]);
    // All of it started once the last arrival had 400 ms of quiet after it.
    expect(Math.min(...started)).toBeGreaterThanOrEqual(lastArrival + 400 - 5);
  });

  it('starts the oldest job after maxDeferMs when events never stop', async () => {
    const queue = createWorkQueue({ concurrency: 1, quietMs: 1_000, maxDeferMs: 100 });
    let startedAt = 0;
    const t0 = performance.now();
    const first = queue.run(async () => void (startedAt = performance.now() - t0));
    for (let i = 0; i < 8; i++) {
      void queue.run(async () => undefined);
      await sleep(25);
    }
    await first;
    expect(startedAt).toBeGreaterThanOrEqual(95);
    expect(startedAt).toBeLessThan(900);
  });

  it('runs at most `concurrency` jobs at once and starts at once without a quiet period', async () => {
    const queue = createWorkQueue({ concurrency: 2 });
    let running = 0;
    let most = 0;
    const job = async () => {
      running++;
      most = Math.max(most, running);
      await sleep(20);
      running--;
    };
    const t0 = performance.now();
    await Promise.all(Array.from({ length: 6 }, () => queue.run(job)));
    expect(most).toBe(2);
    expect(performance.now() - t0).toBeLessThan(1_000);
  });
});
