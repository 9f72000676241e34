// Starts a server as a child process and measures it from outside: time to the first /healthz 200, time until
// it is ready (healthz no longer says `starting`), and its memory (VmRSS, VmHWM) while it serves.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export interface Memory {
  rss: number;
  peak: number;
}

export interface RunningServer {
  url: string;
  child: ChildProcess;
  /** ms from spawn to the first 200 on /healthz. */
  healthMs: number;
  /** ms from spawn until /healthz reports the whole app ready (the same as healthMs for a bare server). */
  readyMs: number;
  memory(): Memory;
  stop(): Promise<void>;
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Resident and peak memory of a process in MB (Linux /proc; elsewhere ps, without a peak). */
export function memoryOf(pid: number): Memory {
  const status = `/proc/${pid}/status`;
  if (existsSync(status)) {
    const text = readFileSync(status, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  }
  const rss = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;
  return { rss, peak: rss };
}

/** Spawns `args` (node is prepended) with PORT set and waits until /healthz answers 200, then until ready. */
export async function startServer(args: string[], env: Record<string, string>, cwd: string): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  let healthMs = 0;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server stopped (${child.exitCode}): ${stderr.slice(-2000)}`);
    if (performance.now() - started > 120_000) throw new Error(`no /healthz after 120 s: ${stderr.slice(-2000)}`);
    const body = await fetch(`${url}/healthz`)
      .then(async (r) => (r.status === 200 ? ((await r.json()) as { starting?: boolean }) : null))
      .catch(() => null);
    if (body) {
      healthMs ||= performance.now() - started;
      if (!body.starting) break;
    }
    await new Promise((r) => setTimeout(r, 2));
  }
  const readyMs = performance.now() - started;
  return {
    url,
    child,
    healthMs,
    readyMs,
    memory: () => memoryOf(child.pid!),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
