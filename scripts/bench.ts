// npm run bench [name…]: runs every benchmark in scripts/bench/ (or the named ones) one after another
// and prints their figures. Each file default-exports `run(report)`; figures depend on the machine.
import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type Report = (name: string, value: number | string, unit?: string, aim?: string) => void;

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

console.log(`Machine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
let failed = false;
for (const file of files) {
  console.log(`\n== ${file.replace(/\.ts$/, '')}`);
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default: (report: Report) => Promise<void> };
  const report: Report = (name, value, unit = '', aim = '') =>
    console.log(`  ${name.padEnd(48)} ${String(typeof value === 'number' ? Math.round(value * 100) / 100 : value).padStart(10)} ${unit.padEnd(4)} ${aim ? `(aim ${aim})` : ''}`);
  try {
    await mod.default(report);
  } catch (err) {
    failed = true;
    console.error(`  failed: ${(err as Error).stack ?? err}`);
  }
}
process.exit(failed ? 1 : 0);
