/** PostgreSQL through node-postgres: a pool shared by the Prisma adapter and our SQL runner. */
import { PrismaClient } from '@prisma/client';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { createLogger } from '../core/logger.js';
import type { Db } from './database.js';

const log = createLogger('warn');

/** How long the health check waits for `SELECT 1` before calling the database unreachable. */
const HEALTH_TIMEOUT_MS = 2_000;

/** Connects to the PostgreSQL at `url`; the schema is not touched here. */
export async function openPostgres(url: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server ends (a restart, a failover, an administrator) is dropped from the pool and
  // replaced on the next query; unheard, the pool's error event would end the process.
  pool.on('error', (err: Error & { code?: string }) => log.warn('Een verbinding met PostgreSQL is door de server gesloten; de volgende vraag opent een nieuwe.', { code: err.code ?? null }));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
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
    healthy: async () => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS)));
      try {
        return await Promise.race([pool.query('SELECT 1').then(() => true), timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
