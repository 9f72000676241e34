/**
 * Answers at least once, shown once — on the real app with real Bolt (and the real Teams SDK) against the
 * fake Slack API and Bot Connector. What a crashed process leaves behind is written into the database as it
 * would have been (an event recorded as received, its worker's lease run out); the child-process crash
 * matrix kills the real server for the same cases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../src/core/messages.js';
import { eventCallback, postEvent, SALES_QUESTION, sleep, startHarness, type Harness } from '../slack/harness.js';
import { fixture, startTeamsHarness, type TeamsHarness } from '../teams/harness.js';

const LATE = /later dan normaal: de bot werd herstart/;

/** The ProcessedEvent row a process that died while answering leaves behind. */
async function leftByCrash(
  db: Harness['app']['db'],
  m: { key: string; message: InboundMessage; replyTo: unknown; ageMs?: number; replies?: unknown; now?: Date },
) {
  const createdAt = new Date((m.now ?? new Date()).getTime() - (m.ageMs ?? 20_000));
  await db.prisma.processedEvent.create({
    data: {
      key: m.key,
      createdAt,
      status: m.replies ? 'replied' : 'received',
      channel: m.message.channel,
      message: JSON.parse(JSON.stringify(m.message)),
      replyTo: m.replyTo as object,
      ...(m.replies ? { replies: m.replies as object } : {}),
      owner: 'dead-host:4242:0badc0de',
      leaseUntil: new Date(createdAt.getTime() + 1_000),
    },
  });
}

const mention = (channel: string, ts: string, eventId: string): InboundMessage => ({
  channel: 'slack',
  userId: 'U0ASKER',
  conversationId: channel,
  threadId: ts,
  direct: false,
  text: `<@UBOTAFSPR> ${SALES_QUESTION}`,
  eventId,
  receivedAt: new Date(),
});

const retry = { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } };

describe('slack: an answer cut off by a crash', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  const postsIn = (channel: string) => h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === channel);

  it('answers a Slack retry of the event, says it is late, adds no ⏳ and removes the one left behind', async () => {
    const ts = '1731500000.000100';
    await leftByCrash(h.app.db, { key: 'slack:EvCRASH1', message: mention('CCRASH1', ts, 'EvCRASH1'), replyTo: { conversationId: 'CCRASH1', threadId: ts, messageTs: ts } });
    const res = await postEvent(h.url, eventCallback({ type: 'app_mention', channel: 'CCRASH1', user: 'U0ASKER', text: `<@UBOTAFSPR> ${SALES_QUESTION}`, ts }, 'EvCRASH1'), retry);
    expect(res.status).toBe(200);
    await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'CCRASH1' && String(c.body.text).includes('22 woningen'));
    await h.fake.waitFor('reactions.remove', (c) => c.body.channel === 'CCRASH1' && c.body.timestamp === ts);
    const posts = postsIn('CCRASH1');
    expect(posts.every((p) => p.body.thread_ts === ts)).toBe(true);
    expect(String(posts[0]!.body.text)).toMatch(LATE);
    expect(posts.filter((p) => String(p.body.text).includes('22 woningen'))).toHaveLength(1);
    expect(h.fake.callsTo('reactions.add').filter((c) => c.body.channel === 'CCRASH1')).toEqual([]);
    expect(await h.app.db.prisma.processedEvent.findUnique({ where: { key: 'slack:EvCRASH1' } })).toMatchObject({ status: 'answered', owner: null });
  });

  it('does not answer a retry of an event that was answered', async () => {
    const event = eventCallback({ type: 'app_mention', channel: 'CDONE', user: 'U0ASKER', text: `<@UBOTAFSPR> ${SALES_QUESTION}`, ts: '1731500001.000100' }, 'EvDONE1');
    await postEvent(h.url, event);
    await h.fake.waitFor('reactions.remove', (c) => c.body.channel === 'CDONE');
    await postEvent(h.url, event, retry);
    await postEvent(h.url, event, { headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_error' } });
    await sleep(600);
    expect(postsIn('CDONE')).toHaveLength(1);
    expect(h.fake.callsTo('reactions.add').filter((c) => c.body.channel === 'CDONE')).toHaveLength(1);
  });

  it('repeats replies that were ready before the crash instead of working them out again', async () => {
    const ts = '1731500002.000100';
    await leftByCrash(h.app.db, {
      key: 'slack:EvREPLIED',
      message: mention('CREPLIED', ts, 'EvREPLIED'),
      replyTo: { conversationId: 'CREPLIED', threadId: ts, messageTs: ts },
      replies: [{ kind: 'answer', text: 'Het antwoord dat al klaar stond.' }],
    });
    const answers = await h.app.db.prisma.answer.count();
    await postEvent(h.url, eventCallback({ type: 'app_mention', channel: 'CREPLIED', user: 'U0ASKER', text: `<@UBOTAFSPR> ${SALES_QUESTION}`, ts }, 'EvREPLIED'), retry);
    await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'CREPLIED' && String(c.body.text).includes('al klaar stond'));
    expect(await h.app.db.prisma.answer.count()).toBe(answers);
  });

  it('answers at start what was received shortly before the crash, in its thread, and only once', async () => {
    const ts = '1731500003.000100';
    await leftByCrash(h.app.db, { key: 'slack:EvSTART1', message: mention('CSTART', ts, 'EvSTART1'), replyTo: { conversationId: 'CSTART', threadId: ts, messageTs: ts } });
    // Older than ANSWER_REPLAY_MINUTES (10): an answer now would only confuse.
    await leftByCrash(h.app.db, { key: 'slack:EvOLD1', message: mention('COLD', ts, 'EvOLD1'), replyTo: { conversationId: 'COLD', threadId: ts, messageTs: ts }, ageMs: 30 * 60_000 });
    await h.restart();
    await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'CSTART' && String(c.body.text).includes('22 woningen'), 20_000);
    await h.fake.waitFor('reactions.remove', (c) => c.body.channel === 'CSTART' && c.body.timestamp === ts);
    expect(String(postsIn('CSTART')[0]!.body.text)).toMatch(LATE);
    // Slack's own retry of that event now finds it answered.
    await postEvent(h.url, eventCallback({ type: 'app_mention', channel: 'CSTART', user: 'U0ASKER', text: `<@UBOTAFSPR> ${SALES_QUESTION}`, ts }, 'EvSTART1'), retry);
    await sleep(600);
    expect(postsIn('CSTART').filter((p) => String(p.body.text).includes('22 woningen'))).toHaveLength(1);
    expect(postsIn('COLD')).toEqual([]);
    expect(h.fake.callsTo('reactions.add').filter((c) => c.body.channel === 'CSTART')).toEqual([]);
  });
});

describe('teams: an answer cut off by a crash', () => {
  let h: TeamsHarness;
  beforeAll(async () => {
    h = await startTeamsHarness();
  });
  afterAll(async () => h?.close());

  it('answers a redelivered activity that was never answered, without a typing indicator; an answered one not again', async () => {
    const activity = fixture('message-personal', { serviceUrl: h.connector.url }, { id: 'act-crash-1', text: 'verkoop in 2026?' });
    const message: InboundMessage = { channel: 'teams', userId: activity.from.aadObjectId ?? activity.from.id, conversationId: activity.conversation.id, direct: true, text: 'verkoop in 2026?', eventId: 'act-crash-1', receivedAt: new Date() };
    // The Teams harness runs on a fixed clock (23 November 2026, 10:00 UTC).
    await leftByCrash(h.db as unknown as Harness['app']['db'], {
      key: 'teams:act-crash-1',
      message,
      replyTo: { serviceUrl: h.connector.url, conversationId: activity.conversation.id },
      now: new Date('2026-11-23T10:00:00Z'),
    });
    const res = await h.post(activity);
    expect(res.status).toBe(200);
    const answer = await h.connector.waitFor((c) => c.kind === 'activity' && c.body.type === 'message' && JSON.stringify(c.body).includes('22 woningen'));
    const sent = h.connector.activities().filter((c) => c.conversationId === activity.conversation.id);
    expect(sent.map((c) => c.body.type)).not.toContain('typing');
    expect(JSON.stringify(sent[0]!.body)).toMatch(LATE);
    expect(sent.indexOf(answer)).toBeGreaterThan(0);
    await h.post(activity);
    await sleep(400);
    expect(h.connector.activities().filter((c) => c.conversationId === activity.conversation.id)).toHaveLength(sent.length);
  });
});
