import { describe, expect, it } from 'vitest';
import { createWorkQueue } from '../../src/channels/slack/work-queue.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('slack work queue', () => {
  it('starts no work while a burst of events is still arriving, then all of it', async () => {
    const queue = createWorkQueue({ concurrency: 4, quietMs: 80, maxDeferMs: 5_000 });
    const started: number[] = [];
    const t0 = performance.now();
    const done: Array<Promise<number>> = [];
    for (let i = 0; i < 6; i++) {
      done.push(queue.run(async () => (started.push(performance.now() - t0), i)));
      await sleep(30);
    }
    // Arrivals every 30 ms never leave 80 ms of quiet: nothing has started yet.
    expect(started).toEqual([]);
    expect(await Promise.all(done)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(Math.min(...started)).toBeGreaterThanOrEqual(5 * 30 + 75);
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
