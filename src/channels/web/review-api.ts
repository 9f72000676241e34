/**
 * Console API for reviewing: upload a document (JSON with the file in base64, one file per request, so it
 * passes the same-origin JSON check like every console POST), correct an agreement, mark a document
 * reviewed. The review service checks the roles; these routes only translate.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { HttpRoute } from '../../core/channel.js';
import { DomainError } from '../../core/errors.js';
import { reviewPath, type ReviewPort } from '../../core/review.js';
import type { WebUser } from './auth/web-auth.js';
import { readBody, sendJson } from './http-server.js';
import { webTexts } from './texts.js';

const t = webTexts.reviewApi;

const uploadSchema = z.object({ name: z.string().min(1).max(500), base64: z.string().min(1) });
const correctionSchema = z.object({ agreementId: z.string().min(1).max(100), changes: z.record(z.string(), z.unknown()) });
const reviewSchema = z.object({ documentId: z.string().min(1).max(100) });

const STATUS: Record<string, number> = { forbidden: 403, not_found: 404, number_taken: 409, bad_input: 400 };

/** A refusal from the service as JSON with its Dutch message; anything else is the server's error. */
function sendFailure(res: ServerResponse, err: unknown): void {
  if (!(err instanceof DomainError)) throw err;
  sendJson(res, STATUS[err.code] ?? 400, { error: err.code, message: err.message });
}

/** Reads and validates a JSON body; answers 400/413 itself and returns null when it is not usable. */
async function jsonBody<T>(req: IncomingMessage, res: ServerResponse, schema: z.ZodType<T>, limit: number, tooLarge: string): Promise<T | null> {
  let raw: string;
  try {
    raw = await readBody(req, limit);
  } catch (err) {
    if ((err as { status?: number }).status !== 413) throw err;
    sendJson(res, 413, { error: 'too_large', message: tooLarge });
    return null;
  }
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    sendJson(res, 400, { error: 'bad_request', message: t.badJson });
    return null;
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    sendJson(res, 400, { error: 'bad_request', message: t.badRequest });
    return null;
  }
  return parsed.data;
}

export function createReviewApiRoutes(deps: { reviews: ReviewPort; userOf: (req: IncomingMessage) => WebUser; limitLabel: string }): HttpRoute[] {
  const { reviews } = deps;
  // Base64 is a third larger than the file; a little room for the name and the JSON around it.
  const uploadLimit = Math.ceil((reviews.maxUploadBytes * 4) / 3) + 64 * 1024;
  return [
    {
      method: 'POST',
      path: '/api/console/documents',
      async handle(req, res) {
        const { person } = deps.userOf(req);
        // Refused before the body is read: a reporter's upload costs the server nothing.
        if (!reviews.mayUpload(person)) {
          req.resume();
          sendJson(res, 403, { error: 'forbidden', message: t.uploadNotAllowed });
          return;
        }
        const body = await jsonBody(req, res, uploadSchema, uploadLimit, t.tooLarge(deps.limitLabel));
        if (!body) return;
        const data = Buffer.from(body.base64, 'base64');
        try {
          const outcomes = await reviews.upload(person, [{ name: body.name, data }]);
          sendJson(res, 200, { outcomes: outcomes.map((o) => (o.ok ? { ...o, reviewUrl: reviewPath(o.municipality, o.title) } : o)) });
        } catch (err) {
          sendFailure(res, err);
        }
      },
    },
    {
      method: 'POST',
      path: '/api/console/corrections',
      async handle(req, res) {
        const body = await jsonBody(req, res, correctionSchema, 100_000, t.tooLargeSmall);
        if (!body) return;
        try {
          sendJson(res, 200, await reviews.correct(deps.userOf(req).person, body.agreementId, body.changes));
        } catch (err) {
          sendFailure(res, err);
        }
      },
    },
    {
      method: 'POST',
      path: '/api/console/reviews',
      async handle(req, res) {
        const body = await jsonBody(req, res, reviewSchema, 10_000, t.tooLargeSmall);
        if (!body) return;
        try {
          const state = await reviews.markReviewed(deps.userOf(req).person, body.documentId);
          sendJson(res, 200, { reviewedAt: state.at.toISOString(), reviewedBy: state.by.name });
        } catch (err) {
          sendFailure(res, err);
        }
      },
    },
  ];
}
