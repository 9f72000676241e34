import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole } from './test-console.js';

type Console = Awaited<ReturnType<typeof startTestConsole>>;
let app: Console;
let anna = '';

beforeAll(async () => {
  app = await startTestConsole();
  anna = await app.signIn('anna');
});
afterAll(async () => {
  await app?.close();
});

const post = (body: string, cookie = anna) =>
  fetch(`${app.url}/api/console/messages`, { method: 'POST', headers: { 'content-type': 'application/json', origin: app.url, cookie }, body });

describe('console API', () => {
  it('answers a question with a citation and feedback buttons', async () => {
    const res = await post(JSON.stringify({ text: 'wat spraken we af over verkoop in 2026?' }));
    expect(res.status).toBe(200);
    const { replies } = (await res.json()) as { replies: Array<{ kind: string; text: string; citations: Array<{ number: number }>; actions: Array<{ id: string; label: string }> }> };
    expect(replies[0]!.kind).toBe('answer');
    expect(replies[0]!.citations[0]!.number).toBe('7');
    expect(replies[0]!.actions.map((a) => a.label)).toEqual(['👍 Nuttig', '👎 Niet nuttig']);
  });

  it('records feedback when the 👍 action comes back', async () => {
    const first = (await (await post(JSON.stringify({ text: 'verkoop' }))).json()) as { replies: Array<{ actions: Array<{ id: string }> }> };
    const up = first.replies[0]!.actions[0]!.id;
    const res = await post(JSON.stringify({ action: up }));
    const body = (await res.json()) as { replies: Array<{ text: string; ephemeral?: boolean }> };
    expect(body.replies[0]!.text).toBe('Bedankt voor je feedback!');
    expect(body.replies[0]!.ephemeral).toBe(true);
  });

  it('passes action values and styles through to the console', async () => {
    const res = await post(JSON.stringify({ text: 'voortgang' }));
    const body = (await res.json()) as { replies: Array<{ actions: Array<{ id: string; style?: string }> }> };
    expect(body.replies[0]!.actions[0]).toEqual({ id: 'form:status:op-schema', label: 'Op schema', style: 'primary' });
  });

  it('tells a coordinator in hulp how to start the quarterly round, and a reporter only what a reporter does', async () => {
    const helpFor = async (cookie: string) => ((await (await post(JSON.stringify({ text: 'hulp' }), cookie)).json()) as { replies: Array<{ kind: string; text: string }> }).replies[0]!;
    const coordinator = await helpFor(await app.signIn('bram'));
    expect(coordinator.kind).toBe('help');
    expect(coordinator.text).toContain('`start uitvraag`');
    expect(coordinator.text).toContain('`nieuw overleg:');
    const reporter = await helpFor(anna);
    expect(reporter.kind).toBe('help');
    expect(reporter.text).not.toContain('start uitvraag');
  });

  it('rejects bad JSON with 400 and a Dutch message', async () => {
    const res = await post('{"text": ');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'bad_request', message: 'Ongeldige JSON in het verzoek.' });
  });

  it('rejects a message without text or action and says which field', async () => {
    const res = await post(JSON.stringify({}));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { message: string };
    expect(body.message).toMatch(/^Ongeldig bericht: .*geef "text" of "action"/);
  });

  it('rejects a body over 100 kB with 413', async () => {
    const res = await post(JSON.stringify({ text: 'x'.repeat(120_000) }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { message: string }).message).toMatch(/te groot/);
  });

  it('lists the inbox of a console user, newest first, with digest HTML in the payload', async () => {
    await app.outbox.record({ channel: 'web', recipient: 'anna', kind: 'reminder', text: 'Herinnering: voortgang Q1', payload: { replies: [{ text: 'Herinnering: voortgang Q1' }] } });
    await app.outbox.record({
      channel: 'web',
      recipient: 'anna',
      kind: 'digest',
      text: 'Weekdigest',
      payload: { replies: [{ text: 'Weekdigest', rich: { html: '<h3>Weekdigest Almelo</h3>' } }] },
    });
    const res = await fetch(`${app.url}/api/console/inbox`, { headers: { cookie: anna } });
    const { messages } = (await res.json()) as { messages: Array<{ kind: string; payload: { replies: Array<{ rich?: { html: string } }> } }> };
    expect(messages.map((m) => m.kind)).toEqual(['digest', 'reminder']);
    expect(messages[0]!.payload.replies[0]!.rich!.html).toBe('<h3>Weekdigest Almelo</h3>');
  });

  it('shows the inbox of the session user, whatever ?user= says', async () => {
    await app.outbox.record({ channel: 'web', recipient: 'bram', kind: 'digest', text: 'Alleen voor Bram', payload: { replies: [{ text: 'Alleen voor Bram' }] } });
    const res = await fetch(`${app.url}/api/console/inbox?user=bram`, { headers: { cookie: anna } });
    const { messages } = (await res.json()) as { messages: Array<{ text: string }> };
    expect(messages.map((m) => m.text)).not.toContain('Alleen voor Bram');
    const bram = await app.signIn('bram');
    const own = (await (await fetch(`${app.url}/api/console/inbox`, { headers: { cookie: bram } })).json()) as { messages: Array<{ text: string }> };
    expect(own.messages.map((m) => m.text)).toContain('Alleen voor Bram');
  });
});

describe('health check', () => {
  it('says ok when the database answers', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('returns 503 when the database does not answer', async () => {
    const broken = await app.variant({ health: async () => Promise.reject(new Error('connection refused')) });
    try {
      const res = await fetch(`${broken.url}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ ok: false, message: 'De database is niet bereikbaar.' });
    } finally {
      await broken.close();
    }
  });
});
