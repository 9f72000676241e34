/**
 * The main thread's side of the embedded database: PGlite runs in a worker thread (pglite-worker.mjs) and
 * this client offers the part of PGlite's interface that pglite-prisma-adapter and our SQL runner use
 * (query, exec, interactive transactions, close). Queries wait for the worker, never on the event loop.
 */
import { Worker } from 'node:worker_threads';
import { messages } from '@electric-sql/pglite';

export interface BridgeResults<T = Record<string, unknown>> {
  rows: T[];
  fields: Array<{ name: string; dataTypeID: number }>;
  affectedRows?: number;
  command?: string;
}

/** PGlite's query options that cross the thread: parser functions run here, on the database's text. */
export interface BridgeQueryOptions {
  rowMode?: 'array' | 'object';
  parsers?: Record<number, (value: string) => unknown>;
}

export interface BridgeQueryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[], options?: BridgeQueryOptions): Promise<BridgeResults<T>>;
  exec(sql: string): Promise<BridgeResults[]>;
}

export interface BridgeTransaction extends BridgeQueryable {
  rollback(): Promise<void>;
  readonly closed: boolean;
}

export interface PgliteBridge extends BridgeQueryable {
  /** Like PGlite's: commits when `fn` resolves, rolls back when it throws; other statements wait meanwhile. */
  transaction<T>(fn: (tx: BridgeTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** False once the worker stopped (closed, or crashed: then `failure` says why). */
  readonly alive: boolean;
  readonly failure: Error | undefined;
}

type Request =
  | { op: 'query'; sql: string; params?: unknown[]; rowMode?: 'array' | 'object'; raw?: number[]; tx?: number }
  | { op: 'exec'; sql: string; tx?: number }
  | { op: 'begin' }
  | { op: 'rollback'; tx: number }
  | { op: 'end'; tx: number; commit: boolean }
  | { op: 'close' };

interface SerializedError {
  message: string;
  stack?: string;
  databaseError: boolean;
  [field: string]: unknown;
}

type Reply = { id: number; chunk: unknown[] } | { id: number; result: unknown } | { id: number; error: SerializedError };

interface Pending {
  resolve(value: unknown): void;
  reject(err: Error): void;
  chunks?: unknown[][];
}

const WORKER_URL = new URL('./pglite-worker.mjs', import.meta.url);
const CLOSE_TIMEOUT_MS = 10_000;
/**
 * The worker's short-lived objects (result rows) get a small nursery: large results then move to the old
 * generation, which the worker collects after them (pglite-worker.mjs); the default kept ~70 MB more at 10k.
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/** Rebuilds a worker error; database errors become PGlite's DatabaseError again, which the Prisma adapter maps. */
function reviveError(e: SerializedError): Error {
  const { message, stack: workerStack, databaseError, ...fields } = e;
  const err = databaseError
    ? new messages.DatabaseError(message, Number(fields.length ?? 0), (fields.name as messages.MessageName | undefined) ?? 'error')
    : new Error(message);
  for (const [key, value] of Object.entries(fields)) if (key !== 'name' && key !== 'length') (err as unknown as Record<string, unknown>)[key] = value;
  if (workerStack) err.stack = `${err.stack ?? message}\n    --- in de databasethread ---\n${workerStack.split('\n').slice(1).join('\n')}`;
  return err;
}

/** Applies the caller's parser functions to the columns the worker left as text. */
function applyParsers<T>(result: BridgeResults<T>, options: BridgeQueryOptions | undefined): BridgeResults<T> {
  const parsers = options?.parsers;
  if (!parsers) return result;
  const arrayMode = options?.rowMode === 'array';
  result.fields.forEach((field, i) => {
    const parse = parsers[field.dataTypeID];
    if (!parse) return;
    const key = arrayMode ? i : field.name;
    for (const row of result.rows as Array<Record<string | number, unknown>>) {
      const value = row[key];
      if (value !== null && value !== undefined) row[key] = parse(value as string);
    }
  });
  return result;
}

/** Starts the worker on an existing PGlite folder with extra PostgreSQL `settings` (`name=value`); resolves once open. */
export async function startPgliteWorker(pgdata: string, settings: string[]): Promise<PgliteBridge> {
  const worker = new Worker(WORKER_URL, { workerData: { pgdata, settings }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let alive = true;
  let closing = false;
  let failure: Error | undefined;

  // The worker keeps the process alive only while a reply is awaited, as an in-process database would.
  const settle = () => {
    if (pending.size === 0) worker.unref();
  };

  const stopped = (err: Error) => {
    alive = false;
    if (!closing) failure = err;
    for (const p of pending.values()) p.reject(new Error(`De ingebouwde database is gestopt: ${err.message}`, { cause: err }));
    pending.clear();
  };

  await new Promise<void>((resolve, reject) => {
    const onError = (err: Error) => reject(new Error(`De ingebouwde database kon niet starten: ${err.message}`, { cause: err }));
    const onExit = (code: number) => onError(new Error(`databasethread beëindigd (code ${code})`));
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.once('message', (msg: { ready: boolean; error?: SerializedError }) => {
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (msg.ready) resolve();
      else {
        void worker.terminate();
        reject(new Error(`De ingebouwde database in ${pgdata} kon niet worden geopend: ${msg.error?.message ?? 'onbekende fout'}`, { cause: msg.error && reviveError(msg.error) }));
      }
    });
  });

  worker.on('message', (msg: Reply) => {
    const p = pending.get(msg.id);
    if (!p) return;
    if ('chunk' in msg) {
      (p.chunks ??= []).push(msg.chunk);
      return;
    }
    pending.delete(msg.id);
    settle();
    if ('error' in msg) p.reject(reviveError(msg.error));
    else if (p.chunks && msg.result && typeof msg.result === 'object') {
      const result = msg.result as BridgeResults;
      result.rows = ([] as unknown[]).concat(...p.chunks, result.rows) as BridgeResults['rows'];
      p.resolve(result);
    } else p.resolve(msg.result);
  });
  worker.on('error', (err) => stopped(err));
  worker.on('exit', (code) => stopped(new Error(`databasethread beëindigd (code ${code})`)));
  worker.unref();

  function call<T>(request: Request): Promise<T> {
    if (!alive) return Promise.reject(failure ?? new Error('De ingebouwde database is gesloten.'));
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      if (pending.size === 0) worker.ref();
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, ...request });
    });
  }

  const queryable = (tx?: number): BridgeQueryable => ({
    async query<T>(sql: string, params?: unknown[], options?: BridgeQueryOptions) {
      const raw = options?.parsers ? Object.keys(options.parsers).map(Number) : undefined;
      const result = await call<BridgeResults<T>>({ op: 'query', sql, params, rowMode: options?.rowMode, raw, tx });
      return applyParsers(result, options);
    },
    exec: (sql: string) => call<BridgeResults[]>({ op: 'exec', sql, tx }),
  });

  return {
    ...queryable(),
    async transaction<T>(fn: (tx: BridgeTransaction) => Promise<T>): Promise<T> {
      const id = await call<number>({ op: 'begin' });
      let closed = false;
      const inner = queryable(id);
      const tx: BridgeTransaction = {
        query: (sql, params, options) => (closed ? Promise.reject(new Error('Transaction is closed')) : inner.query(sql, params, options)),
        exec: (sql) => (closed ? Promise.reject(new Error('Transaction is closed')) : inner.exec(sql)),
        async rollback() {
          if (closed) throw new Error('Transaction is closed');
          await call({ op: 'rollback', tx: id });
          closed = true;
        },
        get closed() {
          return closed;
        },
      };
      let result: T;
      try {
        result = await fn(tx);
      } catch (err) {
        await call({ op: 'end', tx: id, commit: false }).catch(() => undefined);
        throw err;
      }
      await call({ op: 'end', tx: id, commit: true });
      return result;
    },
    async close() {
      if (!alive) return;
      closing = true;
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      try {
        await call({ op: 'close' });
      } finally {
        worker.ref();
        const timer = setTimeout(() => void worker.terminate(), CLOSE_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      }
    },
    get alive() {
      return alive;
    },
    get failure() {
      return failure;
    },
  };
}
