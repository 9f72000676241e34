import { spawnSync } from 'node:child_process';
import { repoPath } from './helpers/temp-db.js';

/**
 * Tests that start the CLI or server as a child process run the compiled build (bin/ → dist/), so dist/
 * must match src/: rebuild it when a source changed since the last build (a no-op otherwise).
 */
export default function buildOnce(): void {
  const r = spawnSync(process.execPath, [repoPath('scripts/build.mjs'), '--if-needed'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed; the CLI tests need dist/');
}
