import type { PrismaClient } from '@prisma/client';
import type { Database } from '../config/config.js';
import type { ServerAddress } from './data-dir-lock.js';
import { applyMigrations, type SqlRunner } from './migrate.js';

export type Prisma = PrismaClient;

/** An open database: the Prisma client plus raw SQL access for migrations and search. */
export interface Db {
  prisma: PrismaClient;
  sql: SqlRunner;
  kind: Database['kind'];
  /** Embedded database only: tells other processes where the running server listens. */
  advertise?(server: ServerAddress): void;
  /** True when the database can answer; never waits behind a long-running query. */
  healthy(): Promise<boolean>;
  close(): Promise<void>;
}

export interface OpenOptions {
  migrate?: boolean;
  /**
   * A process that runs one command and exits (the CLI). The embedded database already starts lean in its
   * worker thread (16 MB buffer pool, see PGLITE_SETTINGS), so this changes nothing today.
   */
  shortLived?: boolean;
}

/**
 * Opens the configured database and brings its schema up to date. The embedded database runs in a worker
 * thread (pglite-database.ts); each backend's modules load only when it is chosen.
 */
export async function openDatabase(database: Database, options: OpenOptions = {}): Promise<Db> {
  const db =
    database.kind === 'pglite'
      ? await (await import('./pglite-database.js')).openPglite(database.dataDir)
      : await (await import('./postgres-database.js')).openPostgres(database.url);
  if (options.migrate !== false) {
    try {
      await applyMigrations(db.sql);
    } catch (err) {
      await db.close();
      throw err;
    }
  }
  return db;
}
