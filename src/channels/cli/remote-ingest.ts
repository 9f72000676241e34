import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { IngestOutcome, IngestOverrides } from '../../app/ingest-files.js';
import { MAX_FILE_BYTES } from '../../app/ingest-files.js';
import { INGEST_MAX_BODY_BYTES, INGEST_TOKEN_HEADER } from '../web/ingest-route.js';

/**
 * Hands files to the server that holds the embedded database (POST /api/ingest on loopback with the
 * token from the lock file). Files that cannot be read here are reported as failures, like a local run.
 */
export async function ingestThroughServer(server: { port: number; token: string }, files: string[], overrides: IngestOverrides = {}): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  const payload: Array<{ name: string; base64: string; file: string }> = [];
  for (const file of files) {
    const name = path.basename(file);
    const info = await stat(file).catch(() => null);
    if (!info) outcomes.push({ file, ok: false, error: `${name}: bestand niet gevonden` });
    else if (info.isDirectory()) outcomes.push({ file, ok: false, error: `${name}: dit is een map, geen bestand` });
    else if (info.size > MAX_FILE_BYTES) outcomes.push({ file, ok: false, error: `${name}: het bestand is groter dan 50 MB (${Math.round(info.size / 1024 / 1024)} MB)` });
    else payload.push({ name, file, base64: (await readFile(file)).toString('base64') });
  }
  for (const batch of batches(payload)) {
    const res = await fetch(`http://127.0.0.1:${server.port}/api/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [INGEST_TOKEN_HEADER]: server.token },
      body: JSON.stringify({ files: batch.map(({ name, base64 }) => ({ name, base64 })), municipality: overrides.municipality, title: overrides.title }),
    });
    const body = (await res.json().catch(() => ({}))) as { outcomes?: IngestOutcome[]; message?: string };
    if (!res.ok || !body.outcomes) throw new Error(`De draaiende server weigerde het inlezen: ${body.message ?? res.status}`);
    // The server only knows file names; give each outcome back the path the user typed.
    body.outcomes.forEach((o, i) => outcomes.push({ ...o, file: batch[i]!.file }));
  }
  return outcomes;
}

/** Groups files so each request stays under the server's body limit (with room for names and JSON). */
function batches<T extends { name: string; base64: string }>(files: T[]): T[][] {
  const room = INGEST_MAX_BODY_BYTES - 1024 * 1024;
  const out: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const f of files) {
    const cost = f.base64.length + f.name.length * 6 + 64;
    if (current.length && size + cost > room) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(f);
    size += cost;
  }
  if (current.length) out.push(current);
  return out;
}
