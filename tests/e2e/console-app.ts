import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/config.js';
import type { Clock } from '../../src/core/ports.js';
import { createApp, type App } from '../../src/main.js';

export interface ConsoleReply {
  kind: string;
  title?: string;
  text: string;
  actions?: Array<{ id: string; label: string }>;
  citations?: Array<{ municipality: string; number: number; title: string }>;
}

/** The real app on a temp embedded database, with the console API over HTTP. */
export async function startConsoleApp(dataDir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-e2e-')), clock?: Clock) {
  const config = { ...loadConfig({ DATABASE_URL: `pglite:${dataDir}`, PORT: '0', SCHEDULER_ENABLED: 'false' }), logLevel: 'error' as const };
  const app: App = await createApp({ config, clock });
  await app.loadSamplesIfEmpty();
  const { url } = await app.listen();
  // The local user picker: one session cookie per console user, as a browser on this computer would hold.
  const cookies = new Map<string, string>();
  const sessionOf = async (user: string) => {
    const known = cookies.get(user);
    if (known) return known;
    const res = await fetch(`${url}/api/console/session`, { method: 'POST', headers: { 'content-type': 'application/json', origin: url }, body: JSON.stringify({ user }) });
    if (res.status !== 200) throw new Error(`picker answered ${res.status}: ${await res.text()}`);
    const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
    cookies.set(user, cookie);
    return cookie;
  };
  const post = async (user: string, body: { text?: string; action?: string }): Promise<ConsoleReply[]> => {
    const res = await fetch(`${url}/api/console/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url, cookie: await sessionOf(user) },
      body: JSON.stringify(body),
    });
    if (res.status !== 200) throw new Error(`console answered ${res.status}: ${await res.text()}`);
    return ((await res.json()) as { replies: ConsoleReply[] }).replies;
  };
  const inbox = async (user: string) =>
    ((await (await fetch(`${url}/api/console/inbox`, { headers: { cookie: await sessionOf(user) } })).json()) as {
      messages: Array<{ kind: string; text: string; payload: { replies: ConsoleReply[] } }>;
    }).messages;
  return { app, url, dataDir, post, inbox, session: sessionOf, remove: () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** The action on the last reply whose label matches. */
export function button(replies: ConsoleReply[], label: RegExp): string {
  for (const r of [...replies].reverse()) {
    const a = r.actions?.find((x) => label.test(x.label));
    if (a) return a.id;
  }
  throw new Error(`no button ${label} in ${JSON.stringify(replies.map((r) => r.actions?.map((a) => a.label)))}`);
}

export const allText = (replies: ConsoleReply[]) => replies.map((r) => `${r.title ?? ''}\n${r.text}`).join('\n');
