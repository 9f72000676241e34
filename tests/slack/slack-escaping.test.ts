/**
 * Text from documents, users and a model reaches Slack inert: `<!channel>`, `<!here>`, `<@U…>`, `<#C…>` and
 * `<url|tekst>` arrive escaped, Markdown links stay text, mrkdwn is verbatim. Only the bot's own links
 * (citations to the console) and mentions ("<@U…> deelde") are live. Real app, real Bolt, fake Slack Web
 * API, the real openai client against a fake OpenAI server.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../helpers/fake-slack-api.js';
import { startFakeOpenAi, type FakeOpenAi } from '../helpers/fake-openai.js';
import { buttons, eventCallback, fixedClock, fixture, postEvent, postForm, postInteraction, PUBLIC_URL, startHarness, type Harness } from './harness.js';

const HOSTILE_DOC = path.resolve(import.meta.dirname, '../fixtures/security/valdorp-hostile.txt');
// No number in it that the passage lacks (the fact check would replace it with the extractive answer).
const MODEL_ANSWER =
  'Let op <!channel>: Valwonen schildert in 2026 40 portieken [Valdorp 2]. Vraag <@UHOSTILE> of kijk op <https://evil.example|klik hier> en [klik](https://evil.example).';
const DIRECTORY = `people:
  - name: Vera Valwonen
    email: vera@valwonen.example
    slackUserId: U0VALREP
    roles: [{ role: reporter, municipality: Valdorp, party: Valwonen }]
  - name: Kees Kade
    email: kees@valdorp.example
    slackUserId: U0VALCRD
    roles: [{ role: coordinator, municipality: Valdorp }]
`;

let h: Harness;
let openai: FakeOpenAi;

beforeAll(async () => {
  openai = await startFakeOpenAi();
  openai.script({ kind: 'answer', content: MODEL_ANSWER });
  h = await startHarness({
    clock: fixedClock('2026-09-10T08:00:00Z'),
    env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: openai.baseUrl, OPENAI_MODEL: 'fake-model', OPENAI_TIMEOUT_MS: '5000' },
  });
  const [outcome] = await h.app.services.ingest([HOSTILE_DOC]);
  expect(outcome).toMatchObject({ ok: true, municipality: 'Valdorp' });
  await h.app.services.progress.importDirectory('valdorp.yaml', DIRECTORY);
});
afterAll(async () => {
  await h?.close();
  await openai?.close();
});

/** Every `<…>` Slack would act on in the text and mrkdwn of a message; headers and buttons are plain_text. */
function liveSequences(call: RecordedCall): string[] {
  const texts: string[] = [String(call.body.text ?? '')];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === 'mrkdwn' && typeof o.text === 'string') {
      expect(o.verbatim).toBe(true);
      texts.push(o.text);
    }
    Object.values(o).forEach(visit);
  };
  visit(call.body.blocks);
  return texts.flatMap((t) => t.match(/<[^>]*>/g) ?? []);
}

/** Only our own citation links may be live. */
function expectInert(call: RecordedCall): void {
  const foreign = liveSequences(call).filter((s) => !s.startsWith(`<${PUBLIC_URL}/agreements/`));
  expect(foreign).toEqual([]);
}

const allText = (call: RecordedCall) => JSON.stringify(call.body);

describe('escaping for Slack', () => {
  it('keeps a model answer with channel pings, mentions and disguised links inert, and cites with our own link', async () => {
    await postEvent(h.url, eventCallback({ type: 'app_mention', channel: 'CESC1', user: 'U0ASKER', text: '<@UBOTAFSPR> hoeveel portieken schildert Valwonen in 2026?', ts: '1788200001.000100' }));
    const reply = await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'CESC1');
    expect(openai.chats.length).toBeGreaterThan(0);
    expect(allText(reply)).toContain('Let op &lt;!channel&gt;');
    expect(allText(reply)).toContain('&lt;https://evil.example|klik hier&gt;');
    expectInert(reply);
    expect(liveSequences(reply)).toContainEqual(expect.stringMatching(/^<https:\/\/afspraken\.example\.nl\/agreements\/Valdorp\/2\|Valdorp 2 — Onderhoud +!here +van portieken>$/));
  });

  it('shows a document agreement with <!here> in its title and a Markdown link in its text as text', async () => {
    await postEvent(h.url, eventCallback({ type: 'app_mention', channel: 'CESC2', user: 'U0ASKER', text: '<@UBOTAFSPR> afspraak 2 Valdorp', ts: '1788200002.000100' }));
    const reply = await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'CESC2');
    expect(allText(reply)).toContain('[de lijst](https://evil.example/lijst)');
    expect(allText(reply)).toContain('&lt;!channel&gt;');
    expectInert(reply);
  });

  it('echoes a question with <!channel> in the /afspraken acknowledgement as text', async () => {
    const form = new URLSearchParams(fixture('slash-command.txt'));
    form.set('channel_id', 'CESC3');
    form.set('text', '<!channel> <https://evil.example|klik> wat doet Valwonen?');
    form.set('response_url', h.fake.responseUrl('esc-3'));
    const ack = await postForm(h.url, form.toString());
    const { text } = JSON.parse(ack.text) as { text: string };
    expect(text).toContain('&lt;!channel&gt; &lt;https://evil.example|klik&gt;');
    expect(text.match(/<[^>]*>/g)).toBeNull();
    const answer = await h.fake.waitFor('response_url', (c) => c.path === '/response/esc-3');
    expectInert(answer);

    // "Deel in kanaal": our own mention of the sharer is the only live one.
    const share = buttons(answer.body.blocks).find((b) => b.action_id === 'slack:share')!;
    const click = JSON.parse(fixture('block-actions.json')) as Record<string, unknown>;
    Object.assign(click, {
      channel: { id: 'CESC3', name: 'wonen' },
      container: { type: 'message', message_ts: '1788200003.000100', channel_id: 'CESC3', is_ephemeral: true },
      message: undefined,
      response_url: h.fake.responseUrl('esc-3-share'),
      actions: [{ action_id: 'slack:share', block_id: 'b', type: 'button', value: share.value, text: { type: 'plain_text', text: 'Deel in kanaal' }, action_ts: '1788200004.000001' }],
    });
    await postInteraction(h.url, click);
    const shared = await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'CESC3');
    const live = liveSequences(shared).filter((s) => !s.startsWith(`<${PUBLIC_URL}/agreements/`));
    expect(live).toEqual(['<@U0ASKER>']);
  });

  it('keeps the progress prompt, form questions and a typed answer echoed back inert', async () => {
    const started = await h.app.services.progress.startQuarter('Valdorp', '2026-Q3');
    expect(started.prompted.map((p) => p.name)).toEqual(['Vera Valwonen']);
    const dmOf = (c: RecordedCall) => c.body.channel === 'D0VALREP';
    const prompt = await h.fake.waitFor('chat.postMessage', dmOf);
    expectInert(prompt);
    const begin = buttons(prompt.body.blocks).find((b) => b.text.text === 'Beginnen')!;
    const click = JSON.parse(fixture('block-actions.json')) as Record<string, unknown>;
    Object.assign(click, {
      user: { id: 'U0VALREP', username: 'vera', name: 'vera', team_id: 'T0TEST' },
      channel: { id: 'D0VALREP', name: 'directmessage' },
      container: { type: 'message', message_ts: String(prompt.body.ts ?? '1788200005.000100'), channel_id: 'D0VALREP', is_ephemeral: false },
      message: { type: 'message', user: 'UBOTAFSPR', text: 'prompt', ts: String(prompt.body.ts ?? '1788200005.000100') },
      response_url: h.fake.responseUrl('esc-4'),
      actions: [{ action_id: begin.action_id, block_id: 'b', type: 'button', text: { type: 'plain_text', text: 'Beginnen' }, action_ts: '1788200006.000001' }],
    });
    await postInteraction(h.url, click);
    const question = await h.fake.waitFor('chat.postMessage', (c) => dmOf(c) && /Onderhoud|verkoopt/.test(allText(c)));
    expectInert(question);
    await postEvent(h.url, eventCallback({ type: 'message', channel_type: 'im', channel: 'D0VALREP', user: 'U0VALREP', text: '<!channel> <@U123>', ts: '1788200007.000100' }));
    const echoed = await h.fake.waitFor('chat.postMessage', (c) => dmOf(c) && allText(c).includes('&lt;!channel&gt;'));
    expectInert(echoed);
  });

  it('keeps a digest with a chapter named "Wonen <!channel>" inert', async () => {
    await postEvent(h.url, eventCallback({ type: 'message', channel_type: 'im', channel: 'D0VALCRD', user: 'U0VALCRD', text: 'digest Valdorp', ts: '1788200008.000100' }));
    const digest = await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'D0VALCRD');
    expect(allText(digest)).toContain('Wonen &lt;!channel&gt;');
    expectInert(digest);
  });
});
