import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the bot made to the Bot Connector. */
export interface ConnectorCall {
  method: string;
  path: string;
  /** Decoded conversation id from the URL (undefined for conversation creation). */
  conversationId?: string;
  /** The activity id replied to (POST /v3/conversations/:id/activities/:replyTo). */
  replyToId?: string;
  kind: 'activity' | 'create-conversation' | 'update' | 'file' | 'other';
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

export interface FakeBotConnector {
  /** Base URL to use as an activity's serviceUrl. */
  url: string;
  calls: ConnectorCall[];
  /** Only the activities sent (POSTs to …/activities), in order. */
  activities(): ConnectorCall[];
  /** Serves `content` for GET `path` (a file sent in a chat: its downloadUrl points here). */
  serveFile(path: string, content: Buffer | string): void;
  /** Answers requests for this conversation id with an HTTP error from now on. */
  failConversation(conversationId: string, status: number): void;
  /** Waits until a recorded call matches (default 5 s). */
  waitFor(match: (c: ConnectorCall) => boolean, timeoutMs?: number): Promise<ConnectorCall>;
  close(): Promise<void>;
}

/**
 * A stand-in for the Bot Connector service on 127.0.0.1: records every POST to
 * /v3/conversations/:id/activities(/:replyTo) and to /v3/conversations (creation), answering `{ id }`.
 */
export async function startFakeBotConnector(): Promise<FakeBotConnector> {
  const calls: ConnectorCall[] = [];
  const failures = new Map<string, number>();
  const files = new Map<string, Buffer>();
  let seq = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = raw;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        /* keep the raw text */
      }
      const path = (req.url ?? '/').split('?')[0]!;
      const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
      const call: ConnectorCall = {
        method: req.method ?? 'GET',
        path,
        conversationId: m ? decodeURIComponent(m[1]!) : undefined,
        replyToId: m?.[2] ? decodeURIComponent(m[2]) : undefined,
        kind: m
          ? req.method === 'POST'
            ? 'activity'
            : 'update'
          : path === '/v3/conversations' && req.method === 'POST'
            ? 'create-conversation'
            : req.method === 'GET' && files.has(path)
              ? 'file'
              : 'other',
        headers: req.headers,
        body,
      };
      calls.push(call);
      const status = call.conversationId ? failures.get(call.conversationId) : undefined;
      const reply = (code: number, payload: unknown) => {
        const data = JSON.stringify(payload);
        res.writeHead(code, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) });
        res.end(data);
      };
      if (call.kind === 'file') {
        const data = files.get(path)!;
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': data.length });
        res.end(data);
      } else if (status) reply(status, { error: { code: 'Failure', message: `fake failure ${status}` } });
      else if (call.kind === 'create-conversation') reply(201, { id: `a:created-${++seq}`, serviceUrl: undefined });
      else if (call.kind === 'activity' || call.kind === 'update') reply(200, { id: `activity-${++seq}` });
      else reply(404, { error: { code: 'NotFound', message: path } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    activities: () => calls.filter((c) => c.kind === 'activity'),
    failConversation: (id, status) => void failures.set(id, status),
    serveFile: (path, content) => void files.set(path, Buffer.from(content)),
    async waitFor(match, timeoutMs = 5000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = calls.find(match);
        if (found) return found;
        if (Date.now() > until) throw new Error(`fake bot connector: no matching call within ${timeoutMs} ms; got ${JSON.stringify(calls.map((c) => `${c.method} ${c.path}`))}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
