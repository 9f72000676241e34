/** The embedded database's folder belongs to one process: a lock file with its pid (and the server's address) guards it. */
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DatabaseBusyError } from '../core/errors.js';

const LOCK_FILE = 'afsprakenbot.lock';

/** Where a running server listens, so a CLI started beside it can hand it work instead of opening the database. */
export interface ServerAddress {
  port: number;
  token: string;
}

/** What the lock file says about the process holding the embedded database. */
interface LockInfo {
  pid: number;
  command: string;
  server?: ServerAddress;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(lock: string): LockInfo | null {
  try {
    const raw = readFileSync(lock, 'utf8').trim();
    if (raw.startsWith('{')) return JSON.parse(raw) as LockInfo;
    const [pid, ...rest] = raw.split(/\s+/);
    return { pid: Number(pid), command: rest.join(' ') };
  } catch {
    return null;
  }
}

/**
 * The embedded database holds everything (reports, the directory, sessions): its folder is the owner's
 * only (0700), also when an older version created it readable for others.
 */
export function ownerOnly(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if ((statSync(dir).mode & 0o077) !== 0) chmodSync(dir, 0o700);
}

/** Takes the folder's lock, or throws DatabaseBusyError naming the process (and server) that holds it. */
export function lockDataDir(dataDir: string): { unlock: () => void; advertise: (server: ServerAddress) => void } {
  ownerOnly(dataDir);
  const lock = path.join(dataDir, LOCK_FILE);
  const held = existsSync(lock) ? readLock(lock) : null;
  if (held && held.pid && held.pid !== process.pid && processAlive(held.pid)) {
    throw new DatabaseBusyError(
      `De ingebouwde database in ${dataDir} is in gebruik door een ander proces (pid ${held.pid}, ${held.command || 'onbekend'}). ` +
        'Stop dat proces eerst (bijvoorbeeld de server met Ctrl+C), of kies een andere map met --db.',
      held.server,
    );
  }
  const info: LockInfo = { pid: process.pid, command: `${path.basename(process.argv[1] ?? 'node')} ${process.argv[2] ?? ''}`.trim() };
  // Owner-only: the token in it lets a local CLI hand work to the running server.
  writeFileSync(lock, JSON.stringify(info), { mode: 0o600 });
  return {
    unlock: () => {
      if (readLock(lock)?.pid === process.pid) rmSync(lock, { force: true });
    },
    advertise: (server) => writeFileSync(lock, JSON.stringify({ ...info, server }), { mode: 0o600 }),
  };
}
