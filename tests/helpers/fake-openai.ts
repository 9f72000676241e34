import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake does for the next chat completion. */
export type ChatScript =
  | { kind: 'answer'; content: string | ((body: ChatRequest) => string) }
  | { kind: 'error'; status: number }
  | { kind: 'slow'; delayMs: number; content: string }
  /** Keeps the request open and never answers: the bot waits for the model (a test kills it meanwhile). */
  | { kind: 'hold' };

export interface ChatRequest {
  model: string;
  messages: Array<{ role: string; content: string }>;
}

export interface FakeOpenAi {
  baseUrl: string;
  /** Chat requests received, in order. */
  chats: ChatRequest[];
  embeddingCalls: number;
  /** Sets how every following chat completion is answered. */
  script(s: ChatScript): void;
  /** While true, embedding requests are kept open and never answered. */
  holdEmbeddings(on: boolean): void;
  /** Requests being kept open now (chat and embeddings). */
  readonly heldRequests: number;
  /** Resolves once a request is being held. */
  waitForHeld(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** A tiny deterministic vector from the words of a text, so similar texts get similar embeddings. */
export function fakeEmbedding(text: string, dims = 32): number[] {
  const v = new Array<number>(dims).fill(0);
  for (const w of text.toLowerCase().match(/[a-z]{4,}/g) ?? []) {
    let h = 0;
    for (const c of w.slice(0, 6)) h = (h * 31 + c.charCodeAt(0)) >>> 0;
    v[h % dims]! += 1;
  }
  return v;
}

/** An OpenAI-compatible server on 127.0.0.1 (random port) with scriptable chat answers. */
export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  let current: ChatScript = { kind: 'answer', content: 'GEEN_ANTWOORD' };
  const chats: ChatRequest[] = [];
  const state = { embeddingCalls: 0, holdEmbeddings: false };
  const held = new Set<http.ServerResponse>();
  const hold = (res: http.ServerResponse) => {
    held.add(res);
    res.on('close', () => held.delete(res));
  };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      const send = (status: number, body: unknown) => {
        if (res.destroyed) return;
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      if (req.method === 'POST' && req.url === '/v1/embeddings') {
        state.embeddingCalls++;
        if (state.holdEmbeddings) return hold(res);
        const input = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input)];
        send(200, { object: 'list', model: body.model, data: input.map((t, index) => ({ object: 'embedding', index, embedding: fakeEmbedding(t) })), usage: { prompt_tokens: 0, total_tokens: 0 } });
        return;
      }
      if (req.method === 'POST' && req.url === '/v1/chat/completions') {
        const chat = body as unknown as ChatRequest;
        chats.push(chat);
        const s = current;
        const reply = (content: string) =>
          send(200, {
            id: 'chatcmpl-fake',
            object: 'chat.completion',
            created: 0,
            model: chat.model,
            choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }],
          });
        if (s.kind === 'error') send(s.status, { error: { message: 'fake failure', type: 'server_error' } });
        else if (s.kind === 'slow') setTimeout(() => reply(s.content), s.delayMs);
        else if (s.kind === 'hold') hold(res);
        else reply(typeof s.content === 'function' ? s.content(chat) : s.content);
        return;
      }
      send(404, { error: { message: `no route ${req.method} ${req.url}` } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    chats,
    get embeddingCalls() {
      return state.embeddingCalls;
    },
    script(s) {
      current = s;
    },
    holdEmbeddings(on) {
      state.holdEmbeddings = on;
    },
    get heldRequests() {
      return held.size;
    },
    async waitForHeld(timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs;
      while (held.size === 0) {
        if (Date.now() > until) throw new Error(`fake openai: no request held within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
