// Writes a new migration: the SQL difference between the committed prisma/schema.prisma and the edited one.
// Usage: npm run migration:new <name>
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const name = (process.argv[2] ?? '').replace(/[^a-z0-9_]+/gi, '_').toLowerCase();
if (!name) {
  console.error('Geef een naam: npm run migration:new <naam>');
  process.exit(1);
}
const dir = path.resolve('prisma/migrations');
mkdirSync(dir, { recursive: true });
// The difference is taken from the schema as last committed: `--from-migrations` would need a shadow database
// that runs multi-statement SQL, which the in-memory PGlite of prisma.config.ts does not.
const base = path.join(mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-schema-')), 'schema.prisma');
writeFileSync(base, execFileSync('git', ['show', 'HEAD:prisma/schema.prisma'], { encoding: 'utf8' }));
const sql = execFileSync(
  process.execPath,
  ['scripts/prisma.mjs', 'migrate', 'diff', '--from-schema-datamodel', base, '--to-schema-datamodel', 'prisma/schema.prisma', '--script'],
  { encoding: 'utf8' },
);
const body = sql.replace(/^Loaded Prisma config.*\n/m, '').trim();
if (!body || /^-- This is an empty migration/.test(body)) {
  console.log('Geen verschil tussen schema en migraties.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const target = path.join(dir, `${stamp}_${name}`);
mkdirSync(target);
writeFileSync(path.join(target, 'migration.sql'), body + '\n');
console.log(`Migratie geschreven: ${path.relative(process.cwd(), target)}/migration.sql`);

