import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpMethod, HttpRouteHandler, IHttpServerAdapter } from '@microsoft/teams.apps';
import type { HttpRoute } from '../../core/channel.js';
import type { Logger } from '../../core/ports.js';
import { readBody, sendJson } from '../web/http-server.js';

/**
 * An SDK server adapter that does not listen itself: the SDK registers its messaging route here (with JWT
 * validation and activity processing behind it), and we expose that route on our one node:http server.
 */
export interface HttpBridge extends IHttpServerAdapter {
  /** Our HttpRoute for a path the SDK registered (after `app.initialize()`). */
  route(path: string, logger: Logger): HttpRoute;
}

export function createHttpBridge(): HttpBridge {
  const handlers = new Map<string, HttpRouteHandler>();
  return {
    registerRoute(method: HttpMethod, path: string, handler: HttpRouteHandler) {
      handlers.set(`${method} ${path}`, handler);
    },
    route(path, logger) {
      return {
        method: 'POST',
        path,
        // The SDK validates the Bot Framework JWT; no cookies, so no same-origin check.
        access: 'machine',
        async handle(req, res) {
          const handler = handlers.get(`POST ${path}`);
          if (!handler) {
            sendJson(res, 503, { error: 'unavailable', message: 'Teams-kanaal is nog niet gestart.' });
            return;
          }
          const parsed = await parseActivity(req);
          if (!parsed.ok) {
            logger.warn('teams: rejected request', { status: parsed.status, reason: parsed.message });
            sendJson(res, parsed.status, { error: 'bad_request', message: parsed.message });
            return;
          }
          const result = await handler({ body: parsed.body, headers: headersOf(req) });
          writeResult(res, result.status, result.body);
        },
      };
    },
  };
}

type Parsed = { ok: true; body: Record<string, unknown> } | { ok: false; status: number; message: string };

/** Reads and checks the activity JSON, so a malformed request gets a 400 instead of an SDK crash (500). */
async function parseActivity(req: IncomingMessage): Promise<Parsed> {
  let raw: string;
  try {
    raw = await readBody(req);
  } catch (err) {
    return { ok: false, status: (err as { status?: number }).status ?? 400, message: (err as Error).message };
  }
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return { ok: false, status: 400, message: 'Geen geldige JSON' };
  }
  const problem = activityProblem(body);
  return problem ? { ok: false, status: 400, message: problem } : { ok: true, body: body as Record<string, unknown> };
}

function activityProblem(body: unknown): string | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'Een activity moet een JSON-object zijn';
  const a = body as Record<string, unknown>;
  if (typeof a.type !== 'string' || !a.type) return 'type ontbreekt';
  if (typeof a.serviceUrl !== 'string' || !/^https?:\/\//.test(a.serviceUrl)) return 'serviceUrl ontbreekt of is geen URL';
  const conversation = a.conversation as { id?: unknown } | undefined;
  if (!conversation || typeof conversation.id !== 'string') return 'conversation.id ontbreekt';
  const from = a.from as { id?: unknown } | undefined;
  if (!from || typeof from.id !== 'string') return 'from.id ontbreekt';
  const recipient = a.recipient as { id?: unknown } | undefined;
  if (!recipient || typeof recipient.id !== 'string') return 'recipient.id ontbreekt';
  return null;
}

function headersOf(req: IncomingMessage): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) out[key] = value;
  return out;
}

function writeResult(res: ServerResponse, status: number, body: unknown): void {
  if (body === undefined || body === null) {
    res.writeHead(status, { 'content-length': 0 });
    res.end();
    return;
  }
  sendJson(res, status, body);
}
