/**
 * Teams group chats and channels on the whole app (createApp, the real Teams SDK over HTTP, a fake Bot
 * Connector): digests, progress detail and the form never appear in the group; they go to the person's
 * 1:1 chat (opened through the connector's conversations API when there is none yet) and the group sees one
 * line saying so. Also the welcome on install, and how a reply's paragraphs, lists and buttons arrive.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectorCall } from '../helpers/fake-bot-connector.js';
import { fixture, startTeamsAppHarness, type TeamsAppHarness } from './harness.js';

const CARD = 'application/vnd.microsoft.card.adaptive';
/** Coordinator of Almelo on Teams (added below); Sanne Jansen is Sint Joseph's reporter in examples/directory.yaml. */
const KEES = { id: '29:1user-kees', name: 'Kees Koster', aadObjectId: '0c0c0c0c-0000-4000-8000-00000000c0c0' };
const SANNE = { id: '29:1user-sanne', name: 'Sanne Jansen', aadObjectId: '6f1c2a9e-3b4d-4e5f-8a7b-5a0e5a11e001' };
const GROUP = '19:groupchat-almelo@thread.v2';
const CHANNEL = '19:general@thread.tacv2';
const PRIVATE_NOTICE = 'Dit is alleen voor jou: ik heb het je in een privébericht gestuurd.';

describe('Teams group chats and channels (real app, real SDK)', () => {
  let h: TeamsAppHarness;
  let n = 0;
  const vars = () => ({ serviceUrl: h.connector.url });
  const from = (who: typeof KEES, activity: Record<string, any>): Record<string, any> => ({ ...activity, id: `grp-${++n}`, from: who });
  const inGroup = (who: typeof KEES, text: string) => h.post(from(who, fixture('message-group-chat', vars(), { text: `<at>Afsprakenbot</at> ${text}` })));
  const inChannel = (who: typeof KEES, text: string) => {
    const a = from(who, fixture('message-channel-mention', vars(), { text: `<at>Afsprakenbot</at> ${text}` }));
    a.conversation = { ...a.conversation, id: `${CHANNEL};messageid=${a.id}` };
    return h.post(a);
  };
  const messagesTo = (conversation: string | RegExp, since = 0) =>
    h.connector
      .activities()
      .slice(since)
      .filter((c) => (typeof conversation === 'string' ? c.conversationId === conversation : conversation.test(c.conversationId ?? '')) && c.body.type === 'message');
  const cardOf = (c: ConnectorCall) => c.body.attachments?.[0]?.contentType === CARD ? c.body.attachments[0].content : null;
  /** The 1:1 chat the bot opened for a person (conversations.create with them as the member). */
  const createdFor = async (who: typeof KEES) => {
    const created = await h.connector.waitFor((c) => c.kind === 'create-conversation' && c.body.members?.[0]?.id === who.id);
    const index = h.connector.calls.indexOf(created);
    return h.connector.calls.slice(index + 1).find((c) => c.kind === 'activity' && /^a:created-/.test(c.conversationId ?? ''))!.conversationId!;
  };

  beforeAll(async () => {
    // 10 September 2026: the Q3 round is open.
    h = await startTeamsAppHarness({ clock: { now: () => new Date('2026-09-10T08:00:00Z') } });
    await h.app.services.progress.importDirectory(
      'teams.yaml',
      `people:\n  - name: ${KEES.name}\n    teamsUserId: ${KEES.aadObjectId}\n    roles:\n      - { role: coordinator, municipality: Almelo }\n`,
    );
  });
  afterAll(async () => {
    await h?.close();
  });

  it('sends a digest asked for in a group chat to the coordinator\'s 1:1 chat, and only a notice to the group', async () => {
    const before = h.connector.activities().length;
    expect((await inGroup(KEES, 'digest Almelo')).status).toBe(200);
    const group = messagesTo(GROUP, before);
    expect(group.map((c) => c.body.text)).toEqual([PRIVATE_NOTICE]);
    const chat = await createdFor(KEES);
    const digest = messagesTo(chat).map(cardOf).find((card) => JSON.stringify(card).includes('Weekoverzicht prestatieafspraken Almelo'));
    expect(JSON.stringify(digest)).toContain('Nog niet gerapporteerd');
    // Nothing of it reached the group, not even in a card.
    expect(JSON.stringify(h.connector.activities().filter((c) => c.conversationId === GROUP))).not.toMatch(/Weekoverzicht|Nog niet gerapporteerd/);
    // The next private reply goes straight to the chat that is now known.
    const creations = h.connector.calls.filter((c) => c.kind === 'create-conversation').length;
    await inGroup(KEES, 'digest Almelo');
    await h.connector.waitFor((c) => c.kind === 'activity' && c.conversationId === chat && JSON.stringify(c.body).includes('Weekoverzicht') && h.connector.calls.indexOf(c) > before + 3);
    expect(h.connector.calls.filter((c) => c.kind === 'create-conversation')).toHaveLength(creations);
  });

  it('starts a round asked for in a channel privately: who was prompted stays out of the channel', async () => {
    const before = h.connector.activities().length;
    await inChannel(KEES, 'start uitvraag');
    const thread = messagesTo(new RegExp(`^${CHANNEL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')};messageid=`), before);
    expect(thread.map((c) => c.body.text)).toEqual([PRIVATE_NOTICE]);
    const chat = await createdFor(KEES);
    await h.connector.waitFor((c) => c.conversationId === chat && JSON.stringify(c.body).includes('Uitvraag Q3 2026 Almelo gestart'));
  });

  it('runs the form asked for in a channel in the reporter\'s 1:1 chat, and never takes answers typed in the channel', async () => {
    const before = h.connector.activities().length;
    await inChannel(SANNE, 'voortgang');
    const thread = messagesTo(new RegExp(`^${CHANNEL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')};`), before);
    expect(thread.map((c) => c.body.text)).toEqual([PRIVATE_NOTICE]);
    const chat = await createdFor(SANNE);
    const question = await h.connector.waitFor((c) => c.conversationId === chat && JSON.stringify(c.body).includes('Afspraak 1 — '));
    const card = cardOf(question)!;

    // The status question has eight buttons: five in view, the rest in the overflow menu.
    const actions = card.actions as Array<{ title: string; mode?: string }>;
    expect(actions.map((a) => a.title)).toEqual(['Op schema', 'Risico', 'Vertraagd', 'Gereed', 'Niet gestart', 'Niet van toepassing', 'Overslaan', 'Later']);
    expect(actions.filter((a) => a.mode !== 'secondary')).toHaveLength(5);
    // Its text keeps its paragraphs: one TextBlock per line, and the progress line.
    const texts = (card.body as Array<{ type: string; text?: string }>).filter((b) => b.type === 'TextBlock').map((b) => b.text);
    expect(texts).toContain('Hoe staat het ervoor?');
    expect(texts).toContain('Kies een knop of typ bijvoorbeeld "op schema", "loopt achter" of "gereed".');
    expect(texts.some((t) => /^▱{10} 0 van 35 ingevuld$/.test(t ?? ''))).toBe(true);

    // "op schema" typed in the channel is a question for Q&A, not an answer to the form.
    const session = async () => (await h.app.db.prisma.formSession.findFirstOrThrow({ where: { party: 'Sint Joseph' } })).state as { step: string; current: string };
    await inChannel(SANNE, 'op schema');
    expect(await session()).toMatchObject({ step: 'status', current: '1' });
    expect((await h.app.services.progress.status('Almelo', '2026-Q3')).items).toEqual([]);

    // In the 1:1 chat it is an answer.
    await h.post({ ...fixture('message-personal', vars(), { id: `grp-${++n}`, text: 'op schema' }), from: SANNE, conversation: { conversationType: 'personal', tenantId: 'tenant-1', id: chat } });
    expect(await session()).toMatchObject({ step: 'note', current: '1' });
  });

  it('welcomes once when the bot is added to a team, with what it does and that progress goes privately', async () => {
    const before = h.connector.activities().length;
    await h.post(fixture('conversation-update-team', vars()));
    await h.post({ ...fixture('installation-update', vars()), id: 'f:install-team', conversation: { isGroup: true, conversationType: 'channel', tenantId: 'tenant-1', id: '19:team-general@thread.tacv2' } });
    const welcome = messagesTo('19:team-general@thread.tacv2', before);
    expect(welcome).toHaveLength(1);
    const texts = JSON.stringify(cardOf(welcome[0]!));
    expect(texts).toContain('Welkom bij Afsprakenbot');
    expect(texts).toContain('Noem mij met je vraag');
    expect(texts).toContain('Kwartaalrapportages, voortgang en overzichten gaan nooit in dit gesprek');
  });

  it('welcomes a person who installs the app with how to start', async () => {
    const before = h.connector.activities().length;
    await h.post(fixture('installation-update', vars()));
    const [welcome] = messagesTo('a:1personal-carla', before);
    const blocks = (cardOf(welcome!)!.body as Array<{ text: string }>).map((b) => b.text);
    expect(blocks[0]).toBe('Welkom bij Afsprakenbot');
    expect(blocks).toContain('• `voortgang` opent je kwartaalrapportage, als je rapporteur bent.');
    expect(blocks.filter((t) => t.startsWith('• '))).toHaveLength(4);
  });

  it('shows "hulp" with its paragraphs and one bullet per item', async () => {
    const before = h.connector.activities().length;
    await h.post(fixture('message-personal', vars(), { id: `grp-${++n}`, text: 'hulp' }));
    const [help] = messagesTo('a:1personal-anna', before);
    const blocks = (cardOf(help!)!.body as Array<{ text: string; spacing?: string }>);
    expect(blocks[0]!.text).toMatch(/^Ik ben Afsprakenbot\./);
    const items = blocks.filter((b) => b.text.startsWith('• '));
    expect(items.length).toBeGreaterThanOrEqual(6);
    expect(blocks.every((b) => !/^• [•\-–] /.test(b.text))).toBe(true);
  });
});
