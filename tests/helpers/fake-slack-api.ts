/**
 * A small fake Slack Web API on 127.0.0.1 that records every call (method, body, auth header) and answers
 * like Slack does. Point Bolt at it with SLACK_API_URL = `${fake.url}/api/`; response_url POSTs go to
 * `${fake.url}/response/<id>`. Scriptable: `failNext(method, …)` answers one call with a 429 or an error;
 * `hold(method, match)` keeps the next matching call open (the bot waits for Slack) until released, so a
 * test can kill the bot at that moment. Files (`addFile`) are described by `files.info` and served at their
 * `url_private_download`, like Slack: with a bearer token the bytes, without one Slack's sign-in page.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  /** Web API method (`chat.postMessage`), `response_url` for response_url POSTs, `file_download` for a file GET. */
  method: string;
  path: string;
  body: Record<string, unknown>;
  auth?: string;
  at: number;
  /** The HTTP status we answered with. */
  status: number;
  /** Kept open by `hold`: it reached Slack, but the bot never saw an answer. */
  held?: boolean;
}

/** A call kept open by `hold`. */
export interface HeldCall {
  /** Resolves with the call once it arrives. */
  arrived: Promise<RecordedCall>;
  /** Answers it after all (normally the test kills the bot instead). */
  release(): void;
}

type Failure = { status: 429; retryAfter: number } | { status?: number; error: string };

export interface FakeSlackApi {
  url: string;
  apiUrl: string;
  calls: RecordedCall[];
  /** Successful calls to a method (429s and scripted errors left out). */
  callsTo(method: string): RecordedCall[];
  failNext(method: string, failure: Failure): void;
  /** Keeps the next call to `method` that matches open until `release()` (or until the fake closes). */
  hold(method: string, match?: (call: RecordedCall) => boolean): HeldCall;
  /** Resolves with the first successful call matching, polling until `timeoutMs`. */
  waitFor(method: string, match?: (call: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  responseUrl(id: string): string;
  /** A file people can share with the bot: `files.info` knows it, its download URL serves `content`. */
  addFile(file: { id: string; name: string; content: Buffer | string; mimetype?: string }): void;
  reset(): void;
  close(): Promise<void>;
}

export const BOT_USER_ID = 'UBOTAFSPR';
export const BOT_ID = 'BBOTAFSPR';

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** WebClient sends form bodies with nested values JSON-encoded; JSON bodies come from response_url. */
function parseBody(raw: string, contentType = ''): Record<string, unknown> {
  if (!raw) return {};
  if (contentType.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = /^[[{]/.test(v) ? (() => { try { return JSON.parse(v); } catch { return v; } })() : v;
  }
  return out;
}

export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: RecordedCall[] = [];
  const failures = new Map<string, Failure[]>();
  const holds: Array<{ method: string; match: (c: RecordedCall) => boolean; arrive(c: RecordedCall, answer: () => void): void }> = [];
  const openResponses = new Set<import('node:http').ServerResponse>();
  const files = new Map<string, { id: string; name: string; content: Buffer; mimetype: string }>();
  let baseUrl = '';
  let ts = 1_700_000_000;
  const nextTs = () => `${++ts}.000100`;

  function answer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://afspraken-test.slack.com/', team: 'Test', user: 'afsprakenbot', team_id: 'T0TEST', user_id: BOT_USER_ID, bot_id: BOT_ID };
      case 'chat.postMessage': {
        const t = nextTs();
        return { ok: true, channel: body.channel, ts: t, message: { text: body.text, user: BOT_USER_ID, bot_id: BOT_ID, ts: t, thread_ts: body.thread_ts } };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: nextTs() };
      case 'chat.update':
        return { ok: true, channel: body.channel, ts: body.ts, text: body.text };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(body.users).replace(/^U/, '')}` } };
      case 'conversations.replies': {
        // The thread as Slack would show it: our earlier posts in that thread carry the bot's ids.
        const ours = calls
          .filter((c) => c.method === 'chat.postMessage' && c.status === 200 && c.body.channel === body.channel && c.body.thread_ts === body.ts)
          .map((c) => ({ type: 'message', user: BOT_USER_ID, bot_id: BOT_ID, text: c.body.text, thread_ts: body.ts }));
        return { ok: true, messages: [{ type: 'message', user: 'UPARENT', ts: body.ts, thread_ts: body.ts }, ...ours], has_more: false };
      }
      case 'views.publish':
        return { ok: true, view: { id: `V${nextTs().replace(/\D/g, '')}`, ...(body.view as object) } };
      case 'files.info': {
        const f = files.get(String(body.file));
        if (!f) return { ok: false, error: 'file_not_found' };
        const download = `${baseUrl}/files-pri/T0TEST-${f.id}/download/${encodeURIComponent(f.name)}`;
        return { ok: true, file: { id: f.id, name: f.name, mimetype: f.mimetype, size: f.content.length, url_private: download, url_private_download: download } };
      }
      case 'reactions.add':
      case 'reactions.remove':
      case 'assistant.threads.setStatus':
      case 'assistant.threads.setSuggestedPrompts':
      case 'assistant.threads.setTitle':
        return { ok: true };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const download = /^\/files-pri\/T0TEST-([^/]+)\/download\//.exec(path);
    if (req.method === 'GET' && download) {
      const f = files.get(download[1]!);
      const auth = req.headers.authorization;
      calls.push({ method: 'file_download', path, body: {}, auth, at: Date.now(), status: f && auth?.startsWith('Bearer ') ? 200 : 403 });
      if (!f) res.writeHead(404).end();
      // Slack answers a request without a token with its sign-in page, status 200.
      else if (!auth?.startsWith('Bearer ')) res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Sign in to Slack</body></html>');
      else res.writeHead(200, { 'content-type': f.mimetype, 'content-length': f.content.length }).end(f.content);
      return;
    }
    const isApi = path.startsWith('/api/');
    const method = isApi ? path.slice('/api/'.length) : 'response_url';
    const body = parseBody(raw, req.headers['content-type']);
    const call: RecordedCall = { method, path, body, auth: req.headers.authorization, at: Date.now(), status: 200 };
    calls.push(call);
    const holdIndex = holds.findIndex((h) => h.method === method && h.match(call));
    if (holdIndex >= 0) {
      const [h] = holds.splice(holdIndex, 1);
      call.held = true;
      openResponses.add(res);
      res.on('close', () => openResponses.delete(res));
      h!.arrive(call, () => {
        if (res.destroyed || res.writableEnded) return;
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(isApi ? answer(method, body) : { ok: true }));
      });
      return;
    }
    const failure = failures.get(method)?.shift();
    if (failure && 'retryAfter' in failure) {
      call.status = 429;
      res.writeHead(429, { 'retry-after': String(failure.retryAfter), 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      return;
    }
    if (failure) {
      call.status = failure.status ?? 200;
      res.writeHead(call.status, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: failure.error }));
      return;
    }
    const out = isApi ? answer(method, body) : { ok: true };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(out));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  baseUrl = url;
  const ok = (method: string) => (c: RecordedCall) => c.method === method && c.status === 200 && !c.held;

  return {
    url,
    apiUrl: `${url}/api/`,
    calls,
    callsTo: (method) => calls.filter(ok(method)),
    failNext(method, failure) {
      failures.set(method, [...(failures.get(method) ?? []), failure]);
    },
    hold(method, match = () => true) {
      let answer: (() => void) | undefined;
      let resolveArrived!: (c: RecordedCall) => void;
      const arrived = new Promise<RecordedCall>((resolve) => (resolveArrived = resolve));
      holds.push({
        method,
        match,
        arrive(call, reply) {
          answer = reply;
          resolveArrived(call);
        },
      });
      return { arrived, release: () => answer?.() };
    },
    async waitFor(method, match = () => true, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = calls.find((c) => ok(method)(c) && match(c));
        if (found) return found;
        if (Date.now() > until) throw new Error(`no ${method} call within ${timeoutMs} ms; calls: ${calls.map((c) => c.method).join(', ')}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    responseUrl: (id) => `${url}/response/${id}`,
    addFile(file) {
      files.set(file.id, { ...file, content: Buffer.from(file.content), mimetype: file.mimetype ?? 'text/plain' });
    },
    reset() {
      calls.length = 0;
      failures.clear();
      holds.length = 0;
    },
    async close() {
      for (const res of openResponses) res.destroy();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
