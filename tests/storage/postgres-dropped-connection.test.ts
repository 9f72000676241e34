import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { createTempPostgres, TEST_DATABASE_URL } from '../helpers/postgres.js';

describe('a PostgreSQL connection the server ends', () => {
  if (!TEST_DATABASE_URL) {
    it.skip('is replaced (TEST_DATABASE_URL is not set; .ci/run sets it)', () => {});
    return;
  }

  it('is replaced on the next query instead of ending the process (a restart, a failover, an administrator)', async () => {
    const temp = await createTempPostgres();
    const db = await openDatabase({ kind: 'postgres', url: temp.url });
    const uncaught: unknown[] = [];
    const onUncaught = (err: unknown) => uncaught.push(err);
    process.on('uncaughtException', onUncaught);
    try {
      await db.sql.query('SELECT 1');
      // Every idle connection of this database is ended by the server, as an administrator would.
      const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
      const dbName = new URL(temp.url).pathname.slice(1);
      const { rowCount } = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [dbName]);
      await admin.end();
      expect(rowCount).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 200));
      expect(await db.sql.query<{ one: number }>('SELECT 1 AS one')).toEqual([{ one: 1 }]);
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtException', onUncaught);
      await db.close();
      await temp.drop();
    }
  });
});
