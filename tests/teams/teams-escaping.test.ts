/**
 * Text from documents, users and a model reaches Teams inert: Markdown links (`[klik](https://…)`),
 * autolinks and tags such as `<at>` are broken up, so cards and messages show them as text. The real app,
 * the real Teams SDK over HTTP, the real openai client against a fake OpenAI server; only the Bot
 * Connector is a fake.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAi, type FakeOpenAi } from '../helpers/fake-openai.js';
import { fixture, startTeamsAppHarness, type TeamsAppHarness } from './harness.js';

const HOSTILE_DOC = path.resolve(import.meta.dirname, '../fixtures/security/valdorp-hostile.txt');
const MODEL_ANSWER = 'Valwonen schildert in 2026 40 portieken [Valdorp 2]. Zie [klik](https://evil.example), <https://evil.example> of <a href="https://evil.example">hier</a> en vraag <at>Iedereen</at>.';
const VERA = { id: '29:1user-vera', name: 'Vera Valwonen', aadObjectId: '0b7e6a1c-0000-4000-8000-00000000a001' };
const KEES = { id: '29:1user-kees', name: 'Kees Kade', aadObjectId: '0b7e6a1c-0000-4000-8000-00000000c001' };
const DIRECTORY = `people:
  - name: Vera Valwonen
    email: vera@valwonen.example
    teamsUserId: ${VERA.aadObjectId}
    roles: [{ role: reporter, municipality: Valdorp, party: Valwonen }]
  - name: Kees Kade
    email: kees@valdorp.example
    teamsUserId: ${KEES.aadObjectId}
    roles: [{ role: coordinator, municipality: Valdorp }]
`;

/** Every text a Teams client renders as Markdown/HTML in an activity: message text and card TextBlocks. */
function renderedTexts(activity: Record<string, any>): string[] {
  const texts: string[] = typeof activity.text === 'string' ? [activity.text] : [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === 'TextBlock' && typeof o.text === 'string') texts.push(o.text);
    Object.values(o).forEach(visit);
  };
  visit(activity.attachments);
  return texts;
}

/** Our own citation links: `](<public url>/agreements/<municipality>/<number>)`, nothing else. */
let ownLinks = /$^/;

/** No Markdown link or image, no reference link, no autolink and no tag survives, but the bot's own citation links. */
function expectInert(activity: Record<string, any>): void {
  for (const text of renderedTexts(activity)) {
    const withoutOwn = text.replace(ownLinks, ')');
    expect(withoutOwn).not.toMatch(/\]\(|\]\[|\]:/);
    expect(withoutOwn).not.toMatch(/<[A-Za-z/!?]/);
  }
}

describe('escaping for Teams', () => {
  let h: TeamsAppHarness;
  let openai: FakeOpenAi;
  let n = 0;
  const vars = () => ({ serviceUrl: h.connector.url });
  const as = (who: typeof VERA, chat: string, activity: Record<string, any>): Record<string, any> => ({ ...activity, from: who, conversation: { ...activity.conversation, id: chat } });
  const say = (who: typeof VERA, chat: string, text: string) => h.post(as(who, chat, fixture('message-personal', vars(), { id: `esc-msg-${++n}`, text })));
  const sentTo = (chat: string) => h.connector.activities().filter((c) => c.conversationId === chat && c.body.type === 'message').map((c) => c.body as Record<string, any>);
  const invoke = async (who: typeof VERA, chat: string, verb: string, data: Record<string, unknown> = {}) => {
    const activity = as(who, chat, fixture('card-action-execute', { ...vars(), verb }, { id: `esc-invoke-${++n}` }));
    activity.value.action.data = { ...activity.value.action.data, ...data };
    return h.post(activity);
  };

  beforeAll(async () => {
    openai = await startFakeOpenAi();
    openai.script({ kind: 'answer', content: MODEL_ANSWER });
    h = await startTeamsAppHarness({
      clock: { now: () => new Date('2026-09-10T08:00:00Z') },
      env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: openai.baseUrl, OPENAI_MODEL: 'fake-model', OPENAI_TIMEOUT_MS: '5000' },
    });
    ownLinks = new RegExp(`\\]\\(${h.app.config.http.publicUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/agreements/Valdorp/\\d+\\)`, 'g');
    const [outcome] = await h.app.services.ingest([HOSTILE_DOC]);
    expect(outcome).toMatchObject({ ok: true, municipality: 'Valdorp' });
    await h.app.services.progress.importDirectory('valdorp.yaml', DIRECTORY);
  });
  afterAll(async () => {
    await h?.close();
    await openai?.close();
  });

  it('keeps links and tags in a model answer as text', async () => {
    await say(VERA, 'a:1esc-answer', 'Hoeveel portieken schildert Valwonen in 2026?');
    const [answer] = sentTo('a:1esc-answer');
    expect(openai.chats.length).toBeGreaterThan(0);
    expect(JSON.stringify(answer)).toContain('[klik]');
    expectInert(answer!);
  });

  it('keeps a Markdown link from a document as text in the agreement card and a plain message', async () => {
    await say(VERA, 'a:1esc-agreement', 'afspraak 2 Valdorp');
    const [card] = sentTo('a:1esc-agreement');
    expect(JSON.stringify(card)).toContain('[de lijst]');
    expectInert(card!);
  });

  it('keeps the form question and a hostile toelichting inert, and the digest that repeats it', async () => {
    const chat = 'a:1esc-vera';
    await h.post(as(VERA, chat, fixture('installation-update', vars())));
    await h.app.services.progress.startQuarter('Valdorp', '2026-Q3');
    const prompt = await h.connector.waitFor((c) => c.conversationId === chat && c.kind === 'activity' && JSON.stringify(c.body).includes('progress:start'));
    expectInert(prompt.body);
    await invoke(VERA, chat, prompt.body.attachments[0].content.actions[0].verb);
    const question = sentTo(chat).at(-1)!;
    expect(JSON.stringify(question)).toMatch(/Afspraak 1 — /);
    expectInert(question);
    const vertraagd = question.attachments[0].content.actions.find((a: any) => a.title === 'Vertraagd');
    await invoke(VERA, chat, vertraagd.verb);
    const noteCard = sentTo(chat).at(-1)!;
    await invoke(VERA, chat, noteCard.attachments[0].content.actions[0].verb, { note: 'Zie [klik](https://evil.example) en <at>Iedereen</at>' });
    for (const activity of sentTo(chat)) expectInert(activity);
    const numberCard = sentTo(chat).at(-1)!;
    await invoke(VERA, chat, numberCard.attachments[0].content.actions[0].verb, { realised: '5' });
    const reports = await h.app.services.progress.status('Valdorp', '2026-Q3');
    expect(reports.items[0]?.note).toContain('[klik](https://evil.example)');

    await h.post(as(KEES, 'a:1esc-kees', fixture('installation-update', vars())));
    await say(KEES, 'a:1esc-kees', 'digest Valdorp');
    const digest = sentTo('a:1esc-kees').at(-1)!;
    expect(JSON.stringify(digest)).toContain('[klik]');
    expectInert(digest);
  });
});
