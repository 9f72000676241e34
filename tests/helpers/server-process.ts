/**
 * The real server as a child process (`node bin/afsprakenbot.js serve`), for tests that kill it like a
 * crash, an out-of-memory kill or a hard redeploy does (SIGKILL), or stop it gracefully (SIGTERM).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { repoPath } from './temp-db.js';

export interface ServerProcess {
  /** http://127.0.0.1:<port> */
  url: string;
  pid: number;
  child: ChildProcess;
  /** Everything it wrote so far (stdout and stderr), for assertions and failure messages. */
  output(): string;
  /** Resolves when it exited: its code, or the signal that ended it, and how long after the call. */
  stop(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
}

/**
 * Starts `serve` with `env` on top of this process's PATH (nothing else of this environment leaks in)
 * and waits until it prints its address. PORT 0 picks a free port.
 */
export async function startServerProcess(opts: { env: Record<string, string>; cwd: string; readyTimeoutMs?: number }): Promise<ServerProcess> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', LOG_LEVEL: 'warn', ...opts.env };
  const child = spawn(process.execPath, [repoPath('bin/afsprakenbot.js'), 'serve'], { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout!.on('data', (d: Buffer) => (text += d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => (text += d.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start within ${opts.readyTimeoutMs ?? 120_000} ms:\n${text}`)), opts.readyTimeoutMs ?? 120_000);
    const check = () => {
      const m = /draait: http:\/\/[^:\s]+:(\d+)/.exec(text);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout!.on('data', check);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`server exited before it was ready (code ${code}, signal ${signal}):\n${text}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    child,
    output: () => text,
    async stop(signal) {
      const started = Date.now();
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const r = await exited;
      return { ...r, ms: Date.now() - started };
    },
  };
}
