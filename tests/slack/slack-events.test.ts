import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ANSWER_TEXT,
  blockTexts,
  buttons,
  eventCallback,
  fixture,
  mentionEvent,
  postEvent,
  postForm,
  postInteraction,
  sleep,
  startHarness,
  type Harness,
} from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

let n = 0;
const uniqueTs = () => `17314${String(++n).padStart(5, '0')}.000100`;

describe('slack request verification', () => {
  it('answers the url_verification challenge', async () => {
    const res = await postEvent(h.url, { type: 'url_verification', token: 'x', challenge: 'uitdaging-123' });
    expect(res.status).toBe(200);
    expect(res.text).toContain('uitdaging-123');
  });

  it('rejects a bad signature with 401 and answers nothing', async () => {
    const event = mentionEvent();
    event.event_id = 'EvBADSIG';
    event.event.channel = 'CBADSIG';
    const res = await postEvent(h.url, event, { secret: 'wrong-secret' });
    expect(res.status).toBe(401);
    await sleep(300);
    expect(h.fake.calls.filter((c) => c.body.channel === 'CBADSIG')).toEqual([]);
  });

  it('rejects a stale signature (older than 5 minutes) with 401 and answers nothing', async () => {
    const event = mentionEvent();
    event.event_id = 'EvSTALE';
    event.event.channel = 'CSTALE';
    const res = await postEvent(h.url, event, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(res.status).toBe(401);
    await sleep(300);
    expect(h.fake.calls.filter((c) => c.body.channel === 'CSTALE')).toEqual([]);
  });
});

describe('mentions, DMs and threads', () => {
  it('answers a mention in the thread, with citations, a ⏳ status and the bot token', async () => {
    const started = Date.now();
    const res = await postEvent(h.url, mentionEvent());
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
    const post = await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'C0WONEN' && c.body.thread_ts === '1731400000.000200');
    expect(post.auth).toBe('Bearer xoxb-test');
    expect(post.body.text).toContain('ongeveer 20');
    const blocks = blockTexts(post.body.blocks);
    expect(blocks).toContain('*ongeveer 20*');
    expect(blocks).toContain('📄 <https://afspraken.example.nl/agreements/Almelo/3|Almelo 3 — Verkoop van huurwoningen>');
    expect(buttons(post.body.blocks).map((b) => b.action_id)).toEqual([expect.stringMatching(/^feedback:up:/), expect.stringMatching(/^feedback:down:/)]);
    expect(h.fake.callsTo('reactions.add').some((c) => c.body.timestamp === '1731400000.000200' && c.body.name === 'hourglass_flowing_sand')).toBe(true);
    await h.fake.waitFor('reactions.remove', (c) => c.body.timestamp === '1731400000.000200');
  });

  it('answers a direct message in the DM', async () => {
    const ts = uniqueTs();
    await postEvent(h.url, eventCallback({ type: 'message', channel_type: 'im', channel: 'D0ASKER', user: 'U0ASKER', text: 'wat spraken we af over verkoop?', ts }));
    const post = await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'D0ASKER');
    expect(post.body.thread_ts).toBeUndefined();
    expect(post.body.text).toContain(ANSWER_TEXT.replace(/\*\*/g, '').slice(0, 20));
  });

  it('continues the conversation on a thread reply without mention, with the thread as context', async () => {
    const root = uniqueTs();
    await postEvent(h.url, eventCallback({ type: 'app_mention', channel: 'CTHREAD', user: 'U0ASKER', text: '<@UBOTAFSPR> verkoop in Almelo?', ts: root }));
    await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'CTHREAD');
    const before = h.qa.seen.length;
    await postEvent(h.url, eventCallback({ type: 'message', channel_type: 'channel', channel: 'CTHREAD', user: 'U0ASKER', text: 'en in 2027?', ts: uniqueTs(), thread_ts: root }));
    await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'CTHREAD' && h.fake.callsTo('chat.postMessage').filter((p) => p.body.channel === 'CTHREAD').length === 2);
    const followUp = h.qa.seen.slice(before).find((s) => s.question === 'en in 2027?');
    expect(followUp?.context).toEqual({ turn: 1 });
    expect(h.fake.callsTo('chat.postMessage').filter((p) => p.body.channel === 'CTHREAD').every((p) => p.body.thread_ts === root)).toBe(true);
  });

  it('ignores thread replies in threads where the bot never answered', async () => {
    await postEvent(h.url, eventCallback({ type: 'message', channel_type: 'channel', channel: 'COTHER', user: 'U0ASKER', text: 'gewoon gepraat', ts: uniqueTs(), thread_ts: '1731399999.000100' }));
    await h.fake.waitFor('conversations.replies', (c) => c.body.channel === 'COTHER');
    await sleep(300);
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'COTHER')).toEqual([]);
  });
});

describe('duplicates and retries', () => {
  it('answers a retried delivery (X-Slack-Retry-Num, same event_id) only once', async () => {
    const event = eventCallback({ type: 'app_mention', channel: 'CRETRY', user: 'U0ASKER', text: '<@UBOTAFSPR> verkoop?', ts: uniqueTs() }, 'EvRETRY1');
    const answersBefore = await h.db.prisma.answer.count();
    const first = await postEvent(h.url, event);
    const retry = await postEvent(h.url, event, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    const again = await postEvent(h.url, event);
    expect([first.status, retry.status, again.status]).toEqual([200, 200, 200]);
    await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'CRETRY');
    await sleep(500);
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'CRETRY')).toHaveLength(1);
    expect(await h.db.prisma.answer.count()).toBe(answersBefore + 1);
  });

  it('honours a 429 with Retry-After from the Web API and still delivers the answer', async () => {
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    await postEvent(h.url, eventCallback({ type: 'app_mention', channel: 'C429', user: 'U0ASKER', text: '<@UBOTAFSPR> verkoop?', ts: uniqueTs() }));
    const post = await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'C429', 15_000);
    const limited = h.fake.calls.find((c) => c.method === 'chat.postMessage' && c.status === 429 && c.body.channel === 'C429');
    expect(limited).toBeDefined();
    expect(post.at - limited!.at).toBeGreaterThanOrEqual(1000);
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'C429')).toHaveLength(1);
  });
});

describe('slash command and sharing', () => {
  it('answers /afspraken only to the asker, and "Deel in kanaal" posts it publicly', async () => {
    const form = new URLSearchParams(fixture('slash-command.txt'));
    form.set('channel_id', 'CSLASH');
    form.set('response_url', h.fake.responseUrl('slash-1'));
    const res = await postForm(h.url, form.toString());
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('Even zoeken') });

    const ephemeral = await h.fake.waitFor('response_url', (c) => c.path === '/response/slash-1');
    expect(ephemeral.body).toMatchObject({ response_type: 'ephemeral' });
    const share = buttons(ephemeral.body.blocks).find((b) => b.action_id === 'slack:share');
    expect(share?.text.text).toBe('Deel in kanaal');
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'CSLASH')).toEqual([]);

    const click = JSON.parse(fixture('block-actions.json')) as Record<string, unknown>;
    Object.assign(click, {
      channel: { id: 'CSLASH', name: 'wonen' },
      container: { type: 'message', message_ts: '1731400002.000100', channel_id: 'CSLASH', is_ephemeral: true },
      message: undefined,
      response_url: h.fake.responseUrl('share-1'),
      actions: [{ action_id: 'slack:share', block_id: 'b', type: 'button', value: share!.value, text: { type: 'plain_text', text: 'Deel in kanaal' }, action_ts: '1731400020.000001' }],
    });
    expect((await postInteraction(h.url, click)).status).toBe(200);
    const shared = await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'CSLASH');
    expect(blockTexts(shared.body.blocks)).toContain('<@U0ASKER> deelde');
    expect(blockTexts(shared.body.blocks)).toContain('Almelo 3 — Verkoop van huurwoningen');
    const replaced = await h.fake.waitFor('response_url', (c) => c.path === '/response/share-1');
    expect(replaced.body).toMatchObject({ replace_original: true });
  });
});

describe('buttons', () => {
  it('stores 👍 feedback from a button on an answer and thanks the user privately', async () => {
    await postEvent(h.url, eventCallback({ type: 'app_mention', channel: 'CFEED', user: 'U0ASKER', text: '<@UBOTAFSPR> verkoop?', ts: '1731401000.000100' }));
    const answer = await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'CFEED');
    const up = buttons(answer.body.blocks).find((b) => b.action_id.startsWith('feedback:up:'))!;
    const answerId = up.action_id.split(':')[2]!;

    const click = JSON.parse(fixture('block-actions.json')) as Record<string, unknown> & { actions: Array<Record<string, unknown>> };
    click.channel = { id: 'CFEED', name: 'feed' };
    click.container = { type: 'message', message_ts: '1731401001.000100', channel_id: 'CFEED', is_ephemeral: false, thread_ts: '1731401000.000100' };
    click.message = { type: 'message', user: 'UBOTAFSPR', ts: '1731401001.000100', thread_ts: '1731401000.000100', text: 'antwoord' };
    click.actions[0]!.action_id = up.action_id;
    const res = await postInteraction(h.url, click);
    expect(res.status).toBe(200);
    const thanks = await h.fake.waitFor('chat.postEphemeral', (c) => c.body.channel === 'CFEED');
    expect(thanks.body).toMatchObject({ user: 'U0ASKER', thread_ts: '1731401000.000100', text: 'Bedankt voor je feedback!' });
    expect(await h.answers.listFeedback(answerId)).toEqual([expect.objectContaining({ userId: 'U0ASKER', value: 'up' })]);

    // The same click delivered twice is recorded once.
    await postInteraction(h.url, click);
    await sleep(300);
    expect(h.fake.callsTo('chat.postEphemeral').filter((c) => c.body.channel === 'CFEED')).toHaveLength(1);
  });

  it('hands progress-form buttons to the engine and answers in the DM', async () => {
    const click = JSON.parse(fixture('block-actions.json')) as Record<string, unknown> & { actions: Array<Record<string, unknown>> };
    click.channel = { id: 'D0FORM', name: 'directmessage' };
    click.container = { type: 'message', message_ts: '1731402001.000100', channel_id: 'D0FORM', is_ephemeral: false };
    click.message = { type: 'message', user: 'UBOTAFSPR', ts: '1731402001.000100', text: 'Rapporteer je voortgang' };
    click.actions = [{ action_id: 'progress:start', block_id: 'b', type: 'button', value: 'Almelo 3', text: { type: 'plain_text', text: 'Start' }, action_ts: '1731402010.000001' }];
    await postInteraction(h.url, click);
    const post = await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'D0FORM');
    expect(post.body.text).toContain('Vraag 1 van 3 voor Almelo 3');
  });
});

describe('never silent', () => {
  it('apologises in the thread when answering fails', async () => {
    h.qa.fail();
    try {
      await postEvent(h.url, eventCallback({ type: 'app_mention', channel: 'CFAIL', user: 'U0ASKER', text: '<@UBOTAFSPR> verkoop?', ts: '1731403000.000100' }));
      const post = await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'CFAIL');
      expect(post.body.thread_ts).toBe('1731403000.000100');
      expect(post.body.text).toMatch(/Er ging iets mis/);
    } finally {
      h.qa.fail(false);
    }
  });
});

describe('assistant pane', () => {
  it('greets a new assistant thread with suggested prompts', async () => {
    await postEvent(h.url, eventCallback({ type: 'assistant_thread_started', assistant_thread: { user_id: 'U0ASKER', context: {}, channel_id: 'D0ASSIST', thread_ts: '1731404000.000100' }, event_ts: '1731404000.000200' }));
    const greeting = await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'D0ASSIST');
    expect(greeting.body.text).toContain('Afsprakenbot');
    const prompts = await h.fake.waitFor('assistant.threads.setSuggestedPrompts', (c) => c.body.channel_id === 'D0ASSIST');
    expect((prompts.body.prompts as unknown[]).length).toBeGreaterThan(0);
  });

  it('shows "zoekt…" and answers a question in the assistant thread', async () => {
    await postEvent(h.url, eventCallback({ type: 'message', channel_type: 'im', channel: 'D0ASSIST', user: 'U0ASKER', text: 'verkoop in Almelo?', ts: '1731404001.000100', thread_ts: '1731404000.000100' }));
    const status = await h.fake.waitFor('assistant.threads.setStatus', (c) => c.body.channel_id === 'D0ASSIST');
    expect(status.body).toMatchObject({ thread_ts: '1731404000.000100', status: 'zoekt…' });
    const answer = await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'D0ASSIST' && c.body.thread_ts === '1731404000.000100' && String(c.body.text).includes('ongeveer 20'));
    expect(blockTexts(answer.body.blocks)).toContain('Almelo 3');
  });
});
