import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SqlExecutor {
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface SqlRunner extends SqlExecutor {
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
}

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../prisma/migrations');

export interface Migration {
  name: string;
  sql: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((name) => existsSync(path.join(dir, name, 'migration.sql')))
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(dir, name, 'migration.sql'), 'utf8') }));
}

/**
 * Applies the migrations not yet recorded in `_afsprakenbot_migrations`, each in its own transaction.
 * An advisory lock keeps two instances starting at once on one PostgreSQL from racing.
 * Returns the names it applied (empty the second time).
 */
export async function applyMigrations(sql: SqlRunner, migrations = readMigrations()): Promise<string[]> {
  // Under the lock too: two instances creating the table at once on an empty PostgreSQL make one fail.
  await sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(427001)');
    await tx.exec('CREATE TABLE IF NOT EXISTS "_afsprakenbot_migrations" (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
  });
  // Usually everything is applied already: one read instead of a locked transaction per migration.
  const recorded = new Set((await sql.query<{ name: string }>('SELECT name FROM "_afsprakenbot_migrations"')).map((r) => r.name));
  const applied: string[] = [];
  for (const migration of migrations.filter((m) => !recorded.has(m.name))) {
    const done = await sql.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(427001)');
      const rows = await tx.query('SELECT 1 FROM "_afsprakenbot_migrations" WHERE name = $1', [migration.name]);
      if (rows.length > 0) return false;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO "_afsprakenbot_migrations" (name) VALUES ($1)', [migration.name]);
      return true;
    });
    if (done) applied.push(migration.name);
  }
  return applied;
}
