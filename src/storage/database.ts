import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PrismaClient } from '@prisma/client';
import type { Database } from '../config/config.js';
import { DatabaseBusyError } from '../core/errors.js';
import { applyMigrations, type SqlRunner } from './migrate.js';

export type Prisma = PrismaClient;

/** An open database: the Prisma client plus raw SQL access for migrations and search. */
export interface Db {
  prisma: PrismaClient;
  sql: SqlRunner;
  kind: Database['kind'];
  /** Embedded database only: tells other processes where the running server listens. */
  advertise?(server: { port: number; token: string }): void;
  close(): Promise<void>;
}

const LOCK_FILE = 'afsprakenbot.lock';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What the lock file says about the process holding the embedded database. */
interface LockInfo {
  pid: number;
  command: string;
  /** Set by a running server, so a CLI can hand it work instead of opening the database. */
  server?: { port: number; token: string };
}

function readLock(lock: string): LockInfo | null {
  try {
    const raw = readFileSync(lock, 'utf8').trim();
    if (raw.startsWith('{')) return JSON.parse(raw) as LockInfo;
    const [pid, ...rest] = raw.split(/\s+/);
    return { pid: Number(pid), command: rest.join(' ') };
  } catch {
    return null;
  }
}

/**
 * The embedded database holds everything (reports, the directory, sessions): its folder is the owner's
 * only (0700), also when an older version created it readable for others.
 */
function ownerOnly(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if ((statSync(dir).mode & 0o077) !== 0) chmodSync(dir, 0o700);
}

/** PGlite's data folder may be opened by one process only: a lock file with our pid guards it. */
function lockDataDir(dataDir: string): { unlock: () => void; advertise: (server: { port: number; token: string }) => void } {
  ownerOnly(dataDir);
  const lock = path.join(dataDir, LOCK_FILE);
  const held = existsSync(lock) ? readLock(lock) : null;
  if (held && held.pid && held.pid !== process.pid && processAlive(held.pid)) {
    throw new DatabaseBusyError(
      `De ingebouwde database in ${dataDir} is in gebruik door een ander proces (pid ${held.pid}, ${held.command || 'onbekend'}). ` +
        'Stop dat proces eerst (bijvoorbeeld de server met Ctrl+C), of kies een andere map met --db.',
      held.server,
    );
  }
  const info: LockInfo = { pid: process.pid, command: `${path.basename(process.argv[1] ?? 'node')} ${process.argv[2] ?? ''}`.trim() };
  // Owner-only: the token in it lets a local CLI hand work to the running server.
  writeFileSync(lock, JSON.stringify(info), { mode: 0o600 });
  return {
    unlock: () => {
      if (readLock(lock)?.pid === process.pid) rmSync(lock, { force: true });
    },
    advertise: (server) => writeFileSync(lock, JSON.stringify({ ...info, server }), { mode: 0o600 }),
  };
}

const INITDB_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pglite-initdb.mjs');

/** Creates a new PGlite folder in a child process, so this process never carries initdb's memory. */
async function createPgliteFolder(pgdata: string): Promise<void> {
  if (existsSync(path.join(pgdata, 'PG_VERSION'))) return;
  try {
    await promisify(execFile)(process.execPath, [INITDB_SCRIPT, pgdata], { timeout: 120_000 });
  } catch (err) {
    throw new Error(`De ingebouwde database in ${pgdata} kon niet worden aangemaakt: ${(err as Error).message}`, { cause: err });
  }
}

export interface OpenOptions {
  migrate?: boolean;
  /**
   * A process that runs one command and exits (the CLI): the embedded database starts with a 16 MB buffer
   * pool instead of 128 MB, which opens faster and uses ~125 MB less memory. PostgreSQL ignores it.
   */
  shortLived?: boolean;
}

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(database: Database, options: OpenOptions = {}): Promise<Db> {
  let db: Db;
  if (database.kind === 'pglite') {
    const { unlock, advertise } = lockDataDir(database.dataDir);
    try {
      const { PGlite } = await import('@electric-sql/pglite');
      const { PrismaPGlite } = await import('pglite-prisma-adapter');
      const pgdata = path.join(database.dataDir, 'pgdata');
      await createPgliteFolder(pgdata);
      ownerOnly(pgdata);
      const pg = await PGlite.create(pgdata, options.shortLived ? { startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'] } : {});
      // pglite-prisma-adapter bundles an older driver-adapter-utils: same behaviour, different type identity.
      const prisma = new PrismaClient({ adapter: new PrismaPGlite(pg) as never });
      db = {
        prisma,
        kind: 'pglite',
        advertise,
        sql: {
          exec: async (sql) => {
            await pg.exec(sql);
          },
          query: async <T>(sql: string, params: unknown[] = []) => (await pg.query<T>(sql, params)).rows,
          transaction: async (fn) =>
            pg.transaction(async (tx) =>
              fn({
                exec: async (sql) => {
                  await tx.exec(sql);
                },
                query: async <T>(sql: string, params: unknown[] = []) => (await tx.query<T>(sql, params)).rows,
              }),
            ),
        },
        close: async () => {
          await prisma.$disconnect();
          await pg.close();
          unlock();
        },
      };
    } catch (err) {
      unlock();
      throw err;
    }
  } else {
    const { PrismaPg } = await import('@prisma/adapter-pg');
    const pgModule = await import('pg');
    const pool = new pgModule.default.Pool({ connectionString: database.url, max: 10 });
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    db = {
      prisma,
      kind: 'postgres',
      sql: {
        exec: async (sql) => {
          await pool.query(sql);
        },
        query: async <T>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[],
        transaction: async (fn) => {
          const client = await pool.connect();
          try {
            await client.query('BEGIN');
            const result = await fn({
              exec: async (sql) => {
                await client.query(sql);
              },
              query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
            });
            await client.query('COMMIT');
            return result;
          } catch (err) {
            await client.query('ROLLBACK').catch(() => undefined);
            throw err;
          } finally {
            client.release();
          }
        },
      },
      close: async () => {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
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
