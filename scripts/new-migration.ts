// Writes a new migration: the SQL difference between the migrations so far and prisma/schema.prisma.
// Usage: npm run migration:new <name>
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';

const name = (process.argv[2] ?? '').replace(/[^a-z0-9_]+/gi, '_').toLowerCase();
if (!name) {
  console.error('Geef een naam: npm run migration:new <naam>');
  process.exit(1);
}
const dir = path.resolve('prisma/migrations');
mkdirSync(dir, { recursive: true });
const existing = readdirSync(dir).filter((d) => existsSync(path.join(dir, d, 'migration.sql'))).sort();
const from = existing.length ? ['--from-migrations', dir] : ['--from-empty'];
// --from-migrations needs a shadow database; the PGlite adapter in prisma.config.ts provides one.
const sql = execFileSync(
  process.execPath,
  ['scripts/prisma.mjs', 'migrate', 'diff', ...from, '--to-schema-datamodel', 'prisma/schema.prisma', '--script'],
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

