import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { HttpRoute } from '../../core/channel.js';
import { readBody, sendJson } from './http-server.js';

/** Header with the token from the database's lock file: only a local process that can read it may ingest. */
export const INGEST_TOKEN_HEADER = 'x-afsprakenbot-token';

/** One request's JSON (files in base64, a third larger than the files); the CLI sends more in several. */
export const INGEST_MAX_BODY_BYTES = 80 * 1024 * 1024;

const bodySchema = z.object({
  files: z.array(z.object({ name: z.string().min(1).max(500), base64: z.string() })).min(1).max(500),
  /** `ingest --municipality M --title T`, handed on by the CLI. */
  municipality: z.string().max(200).optional(),
  title: z.string().max(500).optional(),
});

const sameToken = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * POST /api/ingest: the CLI hands its documents to the running server, which owns the embedded database.
 * Loopback only, and only with the token the server wrote into the lock file in its data folder.
 */
export function createIngestRoute(deps: {
  token: string;
  ingest(files: Array<{ name: string; data: Buffer }>, overrides: { municipality?: string; title?: string }): Promise<unknown[]>;
}): HttpRoute {
  return {
    method: 'POST',
    path: '/api/ingest',
    // Loopback and the lock file's token; the CLI sends no cookies and no Origin.
    access: 'machine',
    async handle(req, res) {
      const remote = req.socket.remoteAddress ?? '';
      const loopback = remote === '::1' || remote.startsWith('127.') || remote === '::ffff:127.0.0.1';
      const token = String(req.headers[INGEST_TOKEN_HEADER] ?? '');
      if (!loopback || !token || !sameToken(token, deps.token)) {
        sendJson(res, 403, { error: 'forbidden', message: 'Inlezen via de server kan alleen vanaf deze computer, met het token uit de datamap.' });
        return;
      }
      let parsed;
      try {
        parsed = bodySchema.safeParse(JSON.parse(await readBody(req, INGEST_MAX_BODY_BYTES)));
      } catch (err) {
        const status = (err as { status?: number }).status ?? 400;
        const limit = `${INGEST_MAX_BODY_BYTES / 1024 / 1024} MB`;
        sendJson(res, status, { error: status === 413 ? 'too_large' : 'bad_request', message: status === 413 ? `Te veel of te grote bestanden in één keer: de limiet is ${limit} per verzoek.` : 'Ongeldige JSON.' });
        return;
      }
      if (!parsed.success) {
        sendJson(res, 400, { error: 'bad_request', message: 'Verwacht {files: [{name, base64}], municipality?, title?}.' });
        return;
      }
      const { files, municipality, title } = parsed.data;
      const outcomes = await deps.ingest(
        files.map((f) => ({ name: f.name, data: Buffer.from(f.base64, 'base64') })),
        { municipality, title },
      );
      sendJson(res, 200, { outcomes });
    },
  };
}
