// Whether dist/ is older than its sources: shared by the build script, the CLI entry and the tests.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SRC = path.join(ROOT, 'src');
export const DIST = path.join(ROOT, 'dist');
/** Written last by a successful build; its time is the build's time. */
export const STAMP = path.join(DIST, '.build-stamp');

const mtime = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
};

function newestIn(dir) {
  let newest = mtime(dir) ?? 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(full) : (mtime(full) ?? 0));
  }
  return newest;
}

/** True when there is no finished build, or a source file or tsconfig changed after it. */
export function buildIsStale() {
  const built = mtime(STAMP);
  if (built === null) return true;
  const inputs = Math.max(newestIn(SRC), mtime(path.join(ROOT, 'tsconfig.json')) ?? 0, mtime(path.join(ROOT, 'tsconfig.build.json')) ?? 0);
  return inputs > built;
}
