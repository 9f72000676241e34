#!/usr/bin/env node
// Compiles src/ to dist/ (ESM + source maps) and copies the files tsc does not emit (console assets, the
// PGlite initdb script), so the server and the CLI run plain JavaScript. `npm ci` runs it (postinstall).
// --if-needed: do nothing when dist/ is newer than every source file (what `npm start` and the tests use).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildIsStale, DIST, ROOT, SRC, STAMP } from './build-state.mjs';

/** Files under src/ that are not TypeScript but are read at run time, by path relative to src/. */
const COPY = ['channels/web/assets/console.js', 'channels/web/assets/console.css', 'channels/web/assets/review.js', 'storage/pglite-initdb.mjs', 'storage/pglite-worker.mjs'];

if (process.argv.includes('--if-needed') && !buildIsStale()) process.exit(0);

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  // An install without dev packages (npm ci --omit=dev) next to an up-to-date dist/ has nothing to build.
  if (!buildIsStale()) process.exit(0);
  process.stderr.write(
    'TypeScript ontbreekt, dus src/ kan niet naar dist/ worden vertaald. Installeer met de ontwikkelpakketten ' +
      '(npm ci, niet --omit=dev) en draai npm run build; daarna kan npm prune --omit=dev.\n',
  );
  process.exit(1);
}
const result = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit', cwd: ROOT });
if (result.status !== 0) {
  process.stderr.write('De build (tsc -p tsconfig.build.json) is mislukt; zie de fouten hierboven.\n');
  process.exit(result.status ?? 1);
}

for (const file of COPY) {
  const target = path.join(DIST, file);
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(path.join(SRC, file), target);
}

/** Output of a source file that no longer exists would otherwise linger in dist/. */
function removeOrphans(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      removeOrphans(full);
      if (readdirSync(full).length === 0) rmSync(full, { recursive: true });
      continue;
    }
    const rel = path.relative(DIST, full);
    const source = rel.replace(/\.js(\.map)?$/, '.ts');
    if (/\.js(\.map)?$/.test(rel) && !COPY.includes(rel) && !existsSync(path.join(SRC, source))) rmSync(full);
  }
}
removeOrphans(DIST);
writeFileSync(STAMP, `${new Date().toISOString()}\n`);
