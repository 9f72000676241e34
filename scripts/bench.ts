// npm run bench [name…]: runs every benchmark in scripts/bench/ (or the named ones) one after another
// and prints their figures. Each file default-exports `run(report)`; figures depend on the machine.
import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What a figure is compared with: a bare app measured in the same run, or the figure before a change. */
export interface Baseline {
  label: string;
  value: number;
}

export type Report = (name: string, value: number | string, unit?: string, aim?: string, baseline?: Baseline) => void;

const round = (v: number) => Math.round(v * 100) / 100;

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
  const report: Report = (name, value, unit = '', aim = '', baseline) => {
    const vs =
      baseline && typeof value === 'number'
        ? `  ${baseline.label} ${round(baseline.value)} → ×${baseline.value ? round(value / baseline.value) : '∞'}`
        : '';
    console.log(`  ${name.padEnd(52)} ${String(typeof value === 'number' ? round(value) : value).padStart(10)} ${unit.padEnd(4)}${vs}${aim ? `  (aim ${aim})` : ''}`);
  };
  try {
    await mod.default(report);
  } catch (err) {
    failed = true;
    console.error(`  failed: ${(err as Error).stack ?? err}`);
  }
}
process.exit(failed ? 1 : 0);
