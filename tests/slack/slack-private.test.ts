/**
 * Slack channels on the real app (real Bolt over HTTP, the fake Slack Web API): digests, rounds and the form
 * asked for in a channel go to the asker's DM, the thread gets one line saying so; App Home shows the welcome.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockTexts, eventCallback, fixedClock, fixture, postEvent, postForm, sleep, startHarness, type Harness } from './harness.js';

const CARLA = 'U0ALMCOORD'; // Carla Meijer, coordinator of Almelo (examples/directory.yaml)
const SANNE = 'U0SJSANNE'; // Sanne Jansen, reporter for Sint Joseph
const dmOf = (user: string) => `D${user.replace(/^U/, '')}`; // what the fake conversations.open answers
const CHANNEL = 'C0VOLKSHUIS';
const NOTICE = 'Dit is alleen voor jou: ik heb het je in een privébericht gestuurd.';

let h: Harness;
beforeAll(async () => {
  // 10 September 2026: Q3 2026 can be started and is open.
  h = await startHarness({ clock: fixedClock('2026-09-10T08:00:00Z') });
});
afterAll(async () => {
  await h?.close();
});

let n = 0;
/** A mention in the channel (a new thread under it); returns its ts. */
async function mention(user: string, text: string, threadTs?: string): Promise<string> {
  const ts = `17320${String(++n).padStart(5, '0')}.000100`;
  const event = { type: 'app_mention', user, text: `<@UBOTAFSPR> ${text}`, ts, channel: CHANNEL, event_ts: ts, ...(threadTs ? { thread_ts: threadTs } : {}) };
  expect((await postEvent(h.url, eventCallback(event, `EvPriv${n}`))).status).toBe(200);
  return ts;
}
const posts = (channel: string) => h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === channel);
const inThread = (ts: string) => posts(CHANNEL).filter((c) => c.body.thread_ts === ts);
const text = (c: { body: Record<string, unknown> }) => `${String(c.body.text)}\n${blockTexts(c.body.blocks)}`;

describe('private replies in Slack channels', () => {
  it('sends a digest asked for in a channel to the coordinator\'s DM and only a notice to the thread', async () => {
    const ts = await mention(CARLA, 'digest Almelo');
    const digest = await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === dmOf(CARLA) && text(c).includes('Weekoverzicht prestatieafspraken Almelo'));
    expect(text(digest)).toContain('Nog niet gerapporteerd');
    await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === CHANNEL && c.body.thread_ts === ts);
    expect(inThread(ts).map((c) => c.body.text)).toEqual([NOTICE]);
    expect(posts(CHANNEL).some((c) => /Weekoverzicht|Nog niet gerapporteerd/.test(text(c)))).toBe(false);
  });

  it('runs the form asked for in a channel in the DM, and a follow-up typed in the thread is not a form answer', async () => {
    await h.app.services.progress.startQuarter('Almelo', '2026-Q3');
    const ts = await mention(SANNE, 'voortgang');
    await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === dmOf(SANNE) && text(c).includes('Afspraak 1 — '));
    await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === CHANNEL && c.body.thread_ts === ts);
    expect(inThread(ts).map((c) => c.body.text)).toEqual([NOTICE]);

    // An unmentioned reply in the thread where the bot answered: a question, never the form's answer.
    const reply = { type: 'message', channel_type: 'channel', channel: CHANNEL, user: SANNE, text: 'op schema', ts: `17320${String(++n).padStart(5, '0')}.000200`, thread_ts: ts };
    expect((await postEvent(h.url, eventCallback(reply, `EvPriv${n}`))).status).toBe(200);
    await sleep(1500);
    const state = (await h.app.db.prisma.formSession.findFirstOrThrow({ where: { party: 'Sint Joseph' } })).state as { step: string; current: string };
    expect(state).toMatchObject({ step: 'status', current: '1' });
    expect(posts(dmOf(SANNE)).some((c) => text(c).includes('Wil je een toelichting geven'))).toBe(false);
  });

  it('sends a form asked for with /afspraken in a channel to the DM, with the notice as the ephemeral answer', async () => {
    const form = new URLSearchParams(fixture('slash-command.txt'));
    form.set('channel_id', CHANNEL);
    form.set('user_id', SANNE);
    form.set('text', 'voortgang');
    form.set('trigger_id', 'trigger-private-1');
    form.set('response_url', h.fake.responseUrl('private-1'));
    const before = posts(dmOf(SANNE)).length;
    expect((await postForm(h.url, form.toString())).status).toBe(200);
    const answer = await h.fake.waitFor('response_url', (c) => c.path === '/response/private-1' && String(c.body.text) === NOTICE);
    expect(answer.body).toMatchObject({ response_type: 'ephemeral' });
    await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === dmOf(SANNE) && posts(dmOf(SANNE)).indexOf(c) >= before && text(c).includes('Hoe staat het ervoor?'));
    expect(h.fake.calls.filter((c) => c.path === '/response/private-1').some((c) => text(c).includes('Hoe staat het ervoor?'))).toBe(false);
  });
});

describe('App Home', () => {
  const opened = (user: string, tab: 'home' | 'messages') =>
    postEvent(h.url, eventCallback({ type: 'app_home_opened', user, channel: dmOf(user), tab, event_ts: `17321${String(++n).padStart(5, '0')}.000100` }, `EvHome${n}`));

  it('publishes a Home tab that says what the bot does and how to start', async () => {
    expect((await opened('U0NEWUSER', 'home')).status).toBe(200);
    const view = await h.fake.waitFor('views.publish', (c) => c.body.user_id === 'U0NEWUSER');
    const home = view.body.view as { type: string; blocks: unknown[] };
    expect(home.type).toBe('home');
    expect(blockTexts(home.blocks)).toContain('Welkom bij Afsprakenbot');
    expect(blockTexts(home.blocks)).toContain('`voortgang` opent je kwartaalrapportage');
  });

  it('welcomes someone who opens the Messages tab for the first time, once', async () => {
    await opened('U0NEWUSER', 'messages');
    await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === dmOf('U0NEWUSER') && text(c).includes('Welkom bij Afsprakenbot'));
    await opened('U0NEWUSER', 'messages');
    await sleep(800);
    expect(posts(dmOf('U0NEWUSER'))).toHaveLength(1);
  });
});
