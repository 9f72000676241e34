import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../helpers/temp-db.js';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('npm start (serve)', () => {
  it('answers /healthz while the database is still being created, and a page asked meanwhile once it is ready', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-serve-'));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, [repoPath('bin/afsprakenbot.js'), 'serve'], {
      env: { ...process.env, DATABASE_URL: `pglite:${dataDir}`, PORT: String(port), HOST: '127.0.0.1', SCHEDULER_ENABLED: 'false', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    try {
      let first: { ok: boolean; starting?: boolean } | undefined;
      for (let i = 0; i < 3000 && !first; i++) {
        if (child.exitCode !== null) throw new Error(`serve stopped: ${output}`);
        first = await fetch(`${url}/healthz`)
          .then((r) => (r.ok ? (r.json() as Promise<{ ok: boolean; starting?: boolean }>) : undefined))
          .catch(() => undefined);
        if (!first) await new Promise((r) => setTimeout(r, 20));
      }
      // A new folder: creating the database and loading the samples takes seconds, the listener does not.
      expect(first).toMatchObject({ ok: true, starting: true });
      const page = await fetch(`${url}/documents`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Almelo');
      expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ ok: true });
      expect(output).toMatch(/Afsprakenbot draait: http:\/\/localhost:\d+/);
    } finally {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
