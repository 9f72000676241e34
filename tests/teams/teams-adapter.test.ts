import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelError } from '../../src/core/errors.js';
import { fixture, startTeamsAppHarness, type TeamsAppHarness } from './harness.js';

const CARD = 'application/vnd.microsoft.card.adaptive';

/** The whole app from createApp (samples, real Q&A and stores); only the Bot Connector is a fake. */
describe('teams adapter on the real app (real SDK over HTTP, fake Bot Connector)', () => {
  let h: TeamsAppHarness;
  let n = 0;
  const vars = () => ({ serviceUrl: h.connector.url });
  /** A personal message with a fresh activity id. */
  const message = (text: string, extra: Record<string, unknown> = {}) => fixture('message-personal', vars(), { id: `msg-${++n}`, text, ...extra });

  beforeAll(async () => {
    h = await startTeamsAppHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('answers a personal message with typing first, then an Adaptive Card with citations and feedback buttons', async () => {
    const before = h.connector.activities().length;
    const res = await h.post(message('Hoeveel woningen gaat Sint Joseph in 2026 verkopen?'));
    expect(res.status).toBe(200);

    const sent = h.connector.activities().slice(before);
    expect(sent.map((c) => c.body.type)).toEqual(['typing', 'message']);
    expect(sent.every((c) => c.conversationId === 'a:1personal-anna')).toBe(true);
    const answer = sent[1]!.body;
    expect(answer.attachments).toHaveLength(1);
    expect(answer.attachments[0].contentType).toBe(CARD);
    const card = JSON.stringify(answer.attachments[0].content);
    // Almelo 3 (Verkoop van huurwoningen) in the sample document: Sint Joseph sells 22 homes in 2026.
    expect(card).toContain('Almelo, afspraak 3');
    expect(card).toContain('Verkoop van huurwoningen');
    expect(card).toContain('22');
    expect(card).toContain('Bronnen');
    // The citation links to the agreement's page in the console, as in Slack.
    expect(card).toContain(`— Verkoop van huurwoningen](${h.app.config.http.publicUrl}/agreements/Almelo/3)`);
    const verbs = answer.attachments[0].content.actions.map((a: any) => `${a.type} ${a.verb}`);
    expect(verbs).toEqual([expect.stringMatching(/^Action\.Execute feedback:up:/), expect.stringMatching(/^Action\.Execute feedback:down:/)]);
  });

  it('stores the conversation reference of a person who messages the bot', async () => {
    await h.post(message('hallo'));
    const ref = await h.refs.get('teams', 'aad-user-a');
    expect(ref?.reference).toMatchObject({
      serviceUrl: h.connector.url,
      conversationId: 'a:1personal-anna',
      tenantId: 'tenant-1',
      bot: { id: '28:bot-id' },
      user: { id: '29:1user-a', aadObjectId: 'aad-user-a' },
    });
  });

  it('answers an @mention in a channel in its reply chain, without the mention in the question', async () => {
    const before = h.connector.activities().length;
    const res = await h.post(fixture('message-channel-mention', vars()));
    expect(res.status).toBe(200);
    const sent = h.connector.activities().slice(before);
    expect(sent.map((c) => c.conversationId)).toEqual(['19:general@thread.tacv2;messageid=1732360000100', '19:general@thread.tacv2;messageid=1732360000100']);
    const stored = await h.db.prisma.answer.findFirst({ where: { userId: 'aad-user-b' } });
    expect(stored).toMatchObject({ question: 'wat spraken we af over verkoop?', conversationId: '19:general@thread.tacv2', threadId: '1732360000100' });
  });

  it('records 👍 from an Action.Execute card action in the database and answers the invoke', async () => {
    const before = h.connector.activities().length;
    await h.post(message('Hoeveel woningen gaat Sint Joseph in 2026 verkopen?'));
    const card = h.connector.activities().slice(before).find((c) => c.body.attachments)!.body.attachments[0].content;
    const up = card.actions.find((a: any) => a.verb.startsWith('feedback:up:'));
    const answerId = up.verb.split(':')[2];

    const res = await h.post(fixture('card-action-execute', { ...vars(), verb: up.verb }, { id: `invoke-${++n}` }));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Bedankt voor je feedback!' });
    const feedback = await h.answers.listFeedback(answerId);
    expect(feedback).toEqual([expect.objectContaining({ answerId, userId: 'aad-user-a', value: 'up' })]);
  });

  it('answers an invoke without an action id with an invoke error, not a crash', async () => {
    const invoke = fixture('card-action-execute', { ...vars(), verb: '' }, { id: `invoke-${++n}` });
    const res = await h.post(invoke);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
  });

  it('answers the same activity id only once', async () => {
    const activity = message('Wat spraken we af over verkoop in 2026?');
    const before = h.connector.activities().length;
    expect((await h.post(activity)).status).toBe(200);
    expect((await h.post(activity)).status).toBe(200);
    const answers = h.connector.activities().slice(before).filter((c) => c.body.type === 'message');
    expect(answers).toHaveLength(1);
  });

  it('rejects malformed JSON with 400 and keeps answering the next request', async () => {
    const bad = await fetch(`${h.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type": "message", ' });
    expect(bad.status).toBe(400);
    const notAnActivity = await h.post([1, 2, 3]);
    expect(notAnActivity.status).toBe(400);
    const noServiceUrl = await h.post({ type: 'message', text: 'hoi', from: { id: 'x' }, recipient: { id: 'y' }, conversation: { id: 'z' } });
    expect(noServiceUrl.status).toBe(400);

    const before = h.connector.activities().length;
    const good = await h.post(message('en nu?'));
    expect(good.status).toBe(200);
    expect(h.connector.activities().slice(before).map((c) => c.body.type)).toEqual(['typing', 'message']);
  });

  it('sends a proactive message through the reference stored at installation', async () => {
    const res = await h.post(fixture('installation-update', vars()));
    expect(res.status).toBe(200);
    const ref = await h.refs.get('teams', 'aad-user-c');
    expect(ref).not.toBeNull();

    await h.adapter.sender!.send(ref!, [{ kind: 'prompt', title: 'Kwartaalrapportage Q4 2026', text: 'Wil je de voortgang invullen?', actions: [{ id: 'progress:start', label: 'Invullen' }] }]);
    const call = await h.connector.waitFor((c) => c.kind === 'activity' && c.conversationId === 'a:1personal-carla' && JSON.stringify(c.body).includes('progress:start'));
    expect(call.body.attachments[0].contentType).toBe(CARD);
    expect(call.body.attachments[0].content.actions[0]).toMatchObject({ type: 'Action.Execute', verb: 'progress:start' });
    // Without credentials the SDK sends no real bot token (it writes "Bearer null"), and asks nobody for one.
    expect(String(call.headers.authorization ?? '')).not.toMatch(/^Bearer ey/);
  });

  it('opens a 1:1 chat for someone only seen in a channel, then sends there', async () => {
    const ref = await h.refs.get('teams', 'aad-user-b');
    expect(ref?.reference).not.toHaveProperty('conversationId');
    await h.adapter.sender!.send(ref!, [{ text: 'Herinnering: de kwartaalrapportage staat nog open.' }]);
    const created = h.connector.calls.find((c) => c.kind === 'create-conversation')!;
    expect(created.body).toMatchObject({ isGroup: false, bot: { id: '28:bot-id' }, members: [{ id: '29:1user-b' }], tenantId: 'tenant-1' });
    const sent = h.connector.activities().at(-1)!;
    expect(sent.conversationId).toMatch(/^a:created-/);
    expect(sent.body).toMatchObject({ type: 'message', text: 'Herinnering: de kwartaalrapportage staat nog open.' });
    expect((await h.refs.get('teams', 'aad-user-b'))?.reference).toMatchObject({ conversationId: sent.conversationId });
  });

  it('throws a ChannelError when a person cannot be reached', async () => {
    h.connector.failConversation('a:1personal-gone', 403);
    const to = { channel: 'teams' as const, userId: 'aad-gone', reference: { serviceUrl: h.connector.url, conversationId: 'a:1personal-gone', bot: { id: '28:bot-id' }, user: { id: '29:gone' } } };
    const err = await h.adapter.sender!.send(to, [{ text: 'hallo' }]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChannelError);
    expect((err as ChannelError).code).toBe('forbidden');

    const none = await h.adapter.sender!.send({ channel: 'teams', userId: 'aad-nobody', reference: null }, [{ text: 'hallo' }]).catch((e: unknown) => e);
    expect(none).toBeInstanceOf(ChannelError);
    expect((none as ChannelError).code).toBe('not_found');
  });

  it('logs a loud warning when token validation is off', () => {
    expect(h.logger.lines.some((l) => l.startsWith('warn') && l.includes('TEAMS_SKIP_AUTH=true'))).toBe(true);
  });
});
