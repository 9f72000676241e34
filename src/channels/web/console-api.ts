import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import type { HttpRoute } from '../../core/channel.js';
import type { InboundMessage, Reply } from '../../core/messages.js';
import type { ConversationEngine } from '../../core/ports.js';
import type { WebUser } from './auth/web-auth.js';
import { readBody, sendJson } from './http-server.js';

// No `user`: who speaks comes from the session (auth/), whatever a body says.
const messageSchema = z
  .object({
    text: z.string().max(4000).optional(),
    action: z.union([z.string().min(1).max(500), z.object({ id: z.string().min(1).max(500), value: z.string().max(2000).optional() })]).optional(),
    thread: z.string().max(200).optional(),
  })
  .refine((m) => m.text !== undefined || m.action !== undefined, { message: 'geef "text" of "action"' });

export interface ConsoleInbox {
  /** Messages newest first; `when` is the time as a person reads it ("donderdag 12 maart 2026, 10:00"). */
  inbox(user: string): Promise<Array<{ id: string; kind: string; text: string; payload: unknown; createdAt: Date; when?: string }>>;
}

/**
 * Console replies as JSON: text plus actions [{id, label, value?, style?}] and citations; `html` is the
 * pre-rendered rich content (digests) and `inputs` the form fields, when the reply has them.
 */
export function toConsoleReply(r: Reply) {
  return {
    kind: r.kind ?? 'message',
    title: r.title,
    text: r.text,
    citations: r.citations,
    actions: r.actions?.map((a) => ({ id: a.id, label: a.label, ...(a.value !== undefined ? { value: a.value } : {}), ...(a.style ? { style: a.style } : {}) })),
    list: r.list,
    answerId: r.answerId,
    data: r.data,
    html: r.rich?.html,
    inputs: r.inputs,
    ephemeral: r.ephemeral,
  };
}

/**
 * HTTP API of the web console: POST /api/console/messages, GET /api/console/inbox, for the signed-in
 * user (`userOf`, set by the auth wrapper around these routes).
 */
export function createConsoleApiRoutes(deps: { engine: ConversationEngine; inbox: ConsoleInbox; now: () => Date; userOf: (req: IncomingMessage) => WebUser }): HttpRoute[] {
  return [
    {
      method: 'POST',
      path: '/api/console/messages',
      async handle(req, res) {
        const raw = await readBody(req, 100_000).catch((err: unknown) => {
          if ((err as { status?: number }).status === 413) return null;
          throw err;
        });
        if (raw === null) {
          sendJson(res, 413, { error: 'too_large', message: 'Het bericht is te groot (maximaal 100 kB).' });
          return;
        }
        let body: unknown;
        try {
          body = JSON.parse(raw);
        } catch {
          sendJson(res, 400, { error: 'bad_request', message: 'Ongeldige JSON in het verzoek.' });
          return;
        }
        const parsed = messageSchema.safeParse(body);
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          sendJson(res, 400, { error: 'bad_request', message: `Ongeldig bericht: ${issue.path.join('.') || 'bericht'} — ${issue.message}` });
          return;
        }
        const m = parsed.data;
        const { userId } = deps.userOf(req);
        const action = typeof m.action === 'string' ? { id: m.action } : m.action;
        const message: InboundMessage = {
          channel: 'web',
          userId,
          conversationId: `console:${userId}`,
          threadId: m.thread,
          direct: true,
          text: m.text,
          action,
          receivedAt: deps.now(),
        };
        const replies = await deps.engine.handle(message);
        sendJson(res, 200, { replies: replies.map(toConsoleReply) });
      },
    },
    {
      method: 'GET',
      path: '/api/console/inbox',
      async handle(req, res) {
        const messages = await deps.inbox.inbox(deps.userOf(req).userId);
        sendJson(res, 200, { messages });
      },
    },
  ];
}
