import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  blockTexts,
  buttons,
  eventCallback,
  fixture,
  mentionEvent,
  postEvent,
  postForm,
  postInteraction,
  SALES_QUESTION,
  sleep,
  startHarness,
  type Harness,
} from './harness.js';

let h: Harness;
/** Every question Q&A got, with the context it was given and the context it returned (a spy, not a stub). */
const asked: Array<{ question: string; context: unknown; returned: unknown }> = [];
beforeAll(async () => {
  h = await startHarness();
  const qa = h.app.services.qa;
  const realAsk = qa.ask.bind(qa);
  qa.ask = async (question, opts) => {
    const result = await realAsk(question, opts);
    asked.push({ question, context: opts?.context, returned: result.context });
    return result;
  };
});
afterAll(async () => {
  await h?.close();
});

const ALMELO_3 = '📄 <https://afspraken.example.nl/agreements/Almelo/3|Almelo 3 — Verkoop van huurwoningen>';

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

  it('rejects a correctly signed request dated 6 minutes ahead with 401 and answers nothing', async () => {
    const event = mentionEvent();
    event.event_id = 'EvFUTURE';
    event.event.channel = 'CFUTURE';
    const res = await postEvent(h.url, event, { timestamp: Math.floor(Date.now() / 1000) + 6 * 60 });
    expect(res.status).toBe(401);
    await sleep(300);
    expect(h.fake.calls.filter((c) => c.body.channel === 'CFUTURE')).toEqual([]);
    // A minute of clock difference is still fine.
    const ok = await postEvent(h.url, { type: 'url_verification', token: 'x', challenge: 'bijna' }, { timestamp: Math.floor(Date.now() / 1000) + 60 });
    expect(ok.status).toBe(200);
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
    const mention = mentionEvent();
    mention.event.text = `<@UBOTAFSPR> ${SALES_QUESTION}`;
    const started = Date.now();
    const res = await postEvent(h.url, mention);
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
    const post = await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'C0WONEN' && c.body.thread_ts === '1731400000.000200');
    expect(post.auth).toBe('Bearer xoxb-test');
    // The real sample: Sint Joseph intends to sell 22 homes in 2026 (Almelo, agreement 3).
    expect(post.body.text).toContain('Sint Joseph is in 2026 voornemens om 22 woningen te verkopen');
    const blocks = blockTexts(post.body.blocks);
    expect(blocks).toContain(ALMELO_3);
    expect(buttons(post.body.blocks).map((b) => b.action_id)).toEqual([expect.stringMatching(/^feedback:up:/), expect.stringMatching(/^feedback:down:/)]);
    expect(h.fake.callsTo('reactions.add').some((c) => c.body.timestamp === '1731400000.000200' && c.body.name === 'hourglass_flowing_sand')).toBe(true);
    await h.fake.waitFor('reactions.remove', (c) => c.body.timestamp === '1731400000.000200');
  });

  it('answers a direct message in the DM', async () => {
    const ts = uniqueTs();
    await postEvent(h.url, eventCallback({ type: 'message', channel_type: 'im', channel: 'D0ASKER', user: 'U0ASKER', text: SALES_QUESTION, ts }));
    const post = await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'D0ASKER');
    expect(post.body.thread_ts).toBeUndefined();
    expect(post.body.text).toContain('22 woningen');
    expect(blockTexts(post.body.blocks)).toContain(ALMELO_3);
  });

  it('continues the conversation on a thread reply without mention, with the thread as context', async () => {
    const root = uniqueTs();
    await postEvent(h.url, eventCallback({ type: 'app_mention', channel: 'CTHREAD', user: 'U0ASKER', text: '<@UBOTAFSPR> verkoop van huurwoningen in Almelo?', ts: root }));
    await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'CTHREAD');
    const first = asked.findLast((a) => a.question.includes('verkoop van huurwoningen in Almelo'));
    expect(first?.returned).toBeDefined();
    await postEvent(h.url, eventCallback({ type: 'message', channel_type: 'channel', channel: 'CTHREAD', user: 'U0ASKER', text: 'en Beter Wonen?', ts: uniqueTs(), thread_ts: root }));
    await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'CTHREAD' && h.fake.callsTo('chat.postMessage').filter((p) => p.body.channel === 'CTHREAD').length === 2);
    // The follow-up reaches Q&A with the context the first answer in this thread left behind.
    const followUp = asked.find((a) => a.question === 'en Beter Wonen?');
    expect(followUp?.context).toEqual(first!.returned);
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
    const answersBefore = await h.app.db.prisma.answer.count();
    const first = await postEvent(h.url, event);
    const retry = await postEvent(h.url, event, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    const again = await postEvent(h.url, event);
    expect([first.status, retry.status, again.status]).toEqual([200, 200, 200]);
    await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'CRETRY');
    await sleep(500);
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'CRETRY')).toHaveLength(1);
    expect(await h.app.db.prisma.answer.count()).toBe(answersBefore + 1);
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
    expect(await h.app.services.answers.listFeedback(answerId)).toEqual([expect.objectContaining({ userId: 'U0ASKER', value: 'up' })]);

    // The same click delivered twice is recorded once.
    await postInteraction(h.url, click);
    await sleep(300);
    expect(h.fake.callsTo('chat.postEphemeral').filter((c) => c.body.channel === 'CFEED')).toHaveLength(1);
  });

  it('tells someone outside the directory that a progress button is not for them, in the DM', async () => {
    const click = JSON.parse(fixture('block-actions.json')) as Record<string, unknown> & { actions: Array<Record<string, unknown>> };
    click.channel = { id: 'D0FORM', name: 'directmessage' };
    click.container = { type: 'message', message_ts: '1731402001.000100', channel_id: 'D0FORM', is_ephemeral: false };
    click.message = { type: 'message', user: 'UBOTAFSPR', ts: '1731402001.000100', text: 'Rapporteer je voortgang' };
    click.actions = [{ action_id: 'progress:start:Almelo:2026-Q3:Sint%20Joseph', block_id: 'b', type: 'button', text: { type: 'plain_text', text: 'Beginnen' }, action_ts: '1731402010.000001' }];
    await postInteraction(h.url, click);
    const post = await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'D0FORM');
    expect(post.body.text).toContain('niet in de lijst van rapporteurs');
  });
});

// The one place with a controlled failure: the REAL app's Q&A service / engine object is patched to throw
// for a single test (and restored), since the real ones cannot be made to fail on demand.
describe('never silent', () => {
  it('apologises in the thread when answering fails', async () => {
    const qa = h.app.services.qa;
    const realAsk = qa.ask;
    qa.ask = async () => {
      throw new Error('zoekindex stuk');
    };
    try {
      await postEvent(h.url, eventCallback({ type: 'app_mention', channel: 'CFAIL', user: 'U0ASKER', text: '<@UBOTAFSPR> verkoop?', ts: '1731403000.000100' }));
      const post = await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'CFAIL');
      expect(post.body.thread_ts).toBe('1731403000.000100');
      expect(post.body.text).toMatch(/Er ging iets mis/);
    } finally {
      qa.ask = realAsk;
    }
  });

  it('apologises in Dutch when the engine itself throws', async () => {
    const engine = h.app.engine;
    const realHandle = engine.handle;
    engine.handle = async () => {
      throw new Error('database weg');
    };
    try {
      await postEvent(h.url, eventCallback({ type: 'app_mention', channel: 'CFAIL2', user: 'U0ASKER', text: '<@UBOTAFSPR> verkoop?', ts: '1731403001.000100' }));
      const post = await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'CFAIL2');
      expect(post.body.thread_ts).toBe('1731403001.000100');
      expect(post.body.text).toMatch(/^Sorry, er ging iets mis/);
    } finally {
      engine.handle = realHandle;
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
    await postEvent(h.url, eventCallback({ type: 'message', channel_type: 'im', channel: 'D0ASSIST', user: 'U0ASKER', text: SALES_QUESTION, ts: '1731404001.000100', thread_ts: '1731404000.000100' }));
    const status = await h.fake.waitFor('assistant.threads.setStatus', (c) => c.body.channel_id === 'D0ASSIST');
    expect(status.body).toMatchObject({ thread_ts: '1731404000.000100', status: 'zoekt…' });
    const answer = await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'D0ASSIST' && c.body.thread_ts === '1731404000.000100' && String(c.body.text).includes('22 woningen'));
    expect(blockTexts(answer.body.blocks)).toContain(ALMELO_3);
  });
});
