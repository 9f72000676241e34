/** The embedded database: PGlite in a worker thread behind the Prisma adapter, in a folder only this process holds. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PrismaClient } from '@prisma/client';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { lockDataDir, ownerOnly } from './data-dir-lock.js';
import type { Db } from './database.js';
import { startPgliteWorker } from './pglite-bridge.js';

/**
 * PostgreSQL settings on top of PGlite's own start parameters, measured with `npm run bench serve` and a
 * 50,000-agreement database. shared_buffers: PostgreSQL's default 128 MB is touched at start inside the
 * WebAssembly heap, which never shrinks (+115 MB RSS); at 50,000 agreements 16 and 128 MB ran the
 * term-statistics and facet scans equally fast, as the OS file cache holds the data either way.
 * maintenance_work_mem bounds what an index build (the search GIN index) may grow that heap by.
 * Durability: PGlite runs with fsync off; every write reaches the OS before a statement returns, so
 * killing the process loses nothing, only a power cut could.
 */
export const PGLITE_SETTINGS = ['shared_buffers=16MB', 'maintenance_work_mem=16MB', 'max_connections=5'];

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

/** Opens (creating when needed) the PGlite database in `dataDir`; the schema is not touched here. */
export async function openPglite(dataDir: string): Promise<Db> {
  const { unlock, advertise } = lockDataDir(dataDir);
  try {
    const pgdata = path.join(dataDir, 'pgdata');
    await createPgliteFolder(pgdata);
    ownerOnly(pgdata);
    const pg = await startPgliteWorker(pgdata, PGLITE_SETTINGS);
    // The adapter takes a PGlite; the bridge offers the part it calls. Its bundled driver-adapter-utils is
    // older than ours: same behaviour, different type identity.
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pg as never) as never });
    return {
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
      // The worker thread is either running or gone: asking it a query would wait behind a long scan.
      healthy: async () => pg.alive,
      close: async () => {
        try {
          await prisma.$disconnect();
          await pg.close();
        } finally {
          unlock();
        }
      },
    };
  } catch (err) {
    unlock();
    throw err;
  }
}
