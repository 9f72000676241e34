import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../src/storage/database.js';

/** Opens a fresh embedded database in a temporary folder; `cleanup` closes and removes it. */
export async function openTempDb(): Promise<Db & { dataDir: string; cleanup(): Promise<void> }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-test-'));
  const db = await openDatabase({ kind: 'pglite', dataDir });
  return {
    ...db,
    dataDir,
    async cleanup() {
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const repoPath = (...parts: string[]) => path.resolve(import.meta.dirname, '../..', ...parts);
