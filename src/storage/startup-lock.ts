/** A database-wide lock for start-up work that several instances may try at once (loading the samples). */
import type { Db } from './database.js';

const STARTUP_LOCK = 427002;

/**
 * Runs `fn` while holding a PostgreSQL advisory lock, so a second instance waits until the first has
 * finished and then sees the complete result. The embedded database has one process only: no lock needed.
 */
export async function withStartupLock<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  if (db.kind !== 'postgres') return fn();
  // The transaction only holds the lock; `fn` works through the other connections of the pool.
  return db.sql.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${STARTUP_LOCK})`);
    return fn();
  });
}
