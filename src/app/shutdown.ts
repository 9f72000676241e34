/** The graceful stop: stop taking work, let running work finish within the grace period, release the rest. */
import type { Server } from 'node:http';
import type { Logger } from '../core/ports.js';

export async function stopGracefully(p: {
  graceMs: number;
  /** Stopped at once for new connections; its open ones answer 503 meanwhile (see createHttpServer). */
  server?: Server;
  /** Each stops starting work and waits for its running work until the deadline; false when some was left. */
  stoppers: Array<(deadline: number) => Promise<boolean>>;
  /** Gives up the leases on what is still running, so another instance or the next start takes it over. */
  release(): Promise<void>;
  /** Stopped only after the release, so nothing held expires on its own meanwhile. */
  heartbeat: { stop(deadline: number): Promise<boolean> };
  closeDatabase(): Promise<void>;
  logger: Logger;
}): Promise<void> {
  const deadline = Date.now() + p.graceMs;
  p.server?.close();
  p.server?.closeIdleConnections();
  const finished = await Promise.all(p.stoppers.map((stop) => stop(deadline)));
  if (finished.includes(false)) p.logger.warn('grace period over; releasing unfinished work', { graceMs: p.graceMs });
  await p.release().catch((err: unknown) => p.logger.error('could not release leases', { error: String(err) }));
  await p.heartbeat.stop(Date.now() + 1_000);
  if (p.server) {
    const s = p.server;
    await new Promise<void>((resolve) => {
      s.close(() => resolve());
      s.closeAllConnections();
    });
  }
  await p.closeDatabase();
}
