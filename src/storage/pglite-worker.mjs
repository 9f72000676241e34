// The embedded database's own thread: PGlite runs here, so its WebAssembly work (a term-statistics scan at
// 50,000 agreements takes seconds) never blocks the main event loop. pglite-bridge.ts is the other side.
// Plain JavaScript, like pglite-initdb.mjs, so it runs the same under tsx, vitest and a compiled build.
import v8 from 'node:v8';
import vm from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, messages } from '@electric-sql/pglite';

/** Rows per message: a large result arrives in parts, so the main thread decodes it in short turns. */
const CHUNK_ROWS = 2000;

/** The folder, and PostgreSQL settings (`name=value`) on top of PGlite's own start parameters. */
const { pgdata, settings } = workerData;
const port = parentPort;
/** Open transactions by id: the PGlite transaction object and what ends it. */
const transactions = new Map();
let nextTx = 1;
const identity = (value) => value;
const rawParsers = new Map();

/** Parsers that leave these types as the database's text; the main thread applies its own functions to them. */
function parsersFor(oids) {
  if (!oids?.length) return undefined;
  const key = oids.join(',');
  let parsers = rawParsers.get(key);
  if (!parsers) {
    parsers = Object.fromEntries(oids.map((oid) => [oid, identity]));
    rawParsers.set(key, parsers);
  }
  return parsers;
}

function serializeError(err) {
  const e = err instanceof Error ? err : new Error(String(err));
  const out = { message: e.message, stack: e.stack, databaseError: e instanceof messages.DatabaseError };
  for (const field of ['name', 'length', 'code', 'severity', 'detail', 'hint', 'position', 'internalPosition', 'internalQuery', 'where', 'schema', 'table', 'column', 'dataType', 'constraint', 'file', 'line', 'routine']) {
    if (e[field] !== undefined && typeof e[field] !== 'object' && typeof e[field] !== 'function') out[field] = e[field];
  }
  return out;
}

const fail = (id, err) => port.postMessage({ id, error: serializeError(err) });

function sendResult(id, result) {
  const { rows, fields, affectedRows, command } = result;
  let from = 0;
  for (; rows.length - from > CHUNK_ROWS; from += CHUNK_ROWS) port.postMessage({ id, chunk: rows.slice(from, from + CHUNK_ROWS) });
  port.postMessage({ id, result: { rows: from === 0 ? rows : rows.slice(from), fields, affectedRows, command } });
  if (rows.length > CHUNK_ROWS) collectSoon();
}

/**
 * A large result (a listing of every agreement) leaves tens of MB of garbage in this thread's heap, which V8
 * would keep for a long while; a full collection once the thread is idle gives it back (-90 MB RSS at 10k).
 */
let collectTimer;
function collectSoon() {
  collectTimer ??= setTimeout(() => {
    collectTimer = undefined;
    collectGarbage();
  }, 50);
}

/** Where a statement runs: inside an open transaction, or on its own (then it waits for open transactions). */
function target(txId) {
  if (txId === undefined) return db;
  const open = transactions.get(txId);
  if (!open) throw new Error(`Transactie ${txId} is al afgesloten.`);
  return open.tx;
}

/** Statements of one transaction run in order, even when their messages arrive before the previous finished. */
function inOrder(txId, work) {
  const open = txId === undefined ? undefined : transactions.get(txId);
  if (!open) return work();
  const next = open.chain.then(work, work);
  open.chain = next.catch(() => undefined);
  return next;
}

function begin(id) {
  const txId = nextTx++;
  let ended;
  db.transaction(async (tx) => {
    const end = new Promise((resolve) => {
      transactions.set(txId, { tx, chain: Promise.resolve(), end: resolve });
    });
    port.postMessage({ id, result: txId });
    ended = await end;
    // Throwing makes PGlite roll back; the main thread already has the error that caused it.
    if (!ended.commit) throw Object.assign(new Error('rollback'), { rollbackRequested: true });
  }).then(
    () => {
      transactions.delete(txId);
      port.postMessage({ id: ended.id, result: null });
    },
    (err) => {
      transactions.delete(txId);
      if (!ended) fail(id, err);
      else if (err?.rollbackRequested) port.postMessage({ id: ended.id, result: null });
      else fail(ended.id, err);
    },
  );
}

async function handle(msg) {
  const { id, op, tx: txId } = msg;
  try {
    switch (op) {
      case 'query': {
        const result = await inOrder(txId, () => target(txId).query(msg.sql, msg.params, { rowMode: msg.rowMode, parsers: parsersFor(msg.raw) }));
        sendResult(id, result);
        return;
      }
      case 'exec': {
        const results = await inOrder(txId, () => target(txId).exec(msg.sql));
        port.postMessage({ id, result: results.map((r) => ({ rows: r.rows, fields: r.fields, affectedRows: r.affectedRows, command: r.command })) });
        return;
      }
      case 'begin':
        begin(id);
        return;
      case 'rollback':
        await inOrder(txId, () => target(txId).rollback());
        port.postMessage({ id, result: null });
        return;
      case 'end': {
        const open = transactions.get(txId);
        if (!open) throw new Error(`Transactie ${txId} is al afgesloten.`);
        // After the statements already sent for it; the reply follows once PGlite committed or rolled back.
        open.chain.then(() => open.end({ id, commit: msg.commit }));
        return;
      }
      case 'close':
        await db.close();
        port.postMessage({ id, result: null });
        port.close();
        return;
      default:
        throw new Error(`Onbekende opdracht voor de databasethread: ${op}`);
    }
  } catch (err) {
    fail(id, err);
  }
}

let db;
// PostgreSQL's WebAssembly (8.7 MB) is compiled by V8's baseline compiler only. Re-compiling hot functions
// with the optimising compiler cost 35-80 MB more RSS, and its background compiling made opening (1.5 s vs
// 0.6 s) and the first queries slower on a shared two-core machine, not faster; 50k-agreement scans ran as
// fast. The flag is process-wide and only concerns WebAssembly (Prisma's query compiler is the other user).
v8.setFlagsFromString('--liftoff-only');
// The flag exposes gc() to contexts created from now on; only this thread's collector is taken from it.
v8.setFlagsFromString('--expose-gc');
const exposedGc = vm.runInNewContext('typeof gc === "function" ? gc : undefined');
const collectGarbage = () => exposedGc?.();
try {
  db = await PGlite.create(pgdata, { startParams: [...PGlite.defaultStartParams, ...settings.flatMap((s) => ['-c', s])] });
  port.on('message', (msg) => void handle(msg));
  port.postMessage({ ready: true });
} catch (err) {
  port.postMessage({ ready: false, error: serializeError(err) });
}
