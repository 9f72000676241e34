import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startTeamsAppHarness, type TeamsAppHarness } from './harness.js';

/** Sanne Jansen (Sint Joseph, Almelo) in examples/directory.yaml: her Entra object id is her teamsUserId. */
const SANNE = { id: '29:1user-sanne', name: 'Sanne Jansen', aadObjectId: '6f1c2a9e-3b4d-4e5f-8a7b-5a0e5a11e001' };
const SANNE_CHAT = 'a:1personal-sanne';
const CARD = 'application/vnd.microsoft.card.adaptive';

/**
 * The real quarterly progress form (src/progress + src/forms) through Teams, on the whole app from createApp:
 * the round is started by the service, the prompt goes out proactively, and Sanne answers with card buttons,
 * card inputs (Action.Execute submits) and typed text.
 */
describe('progress form through Teams cards (real app, real form)', () => {
  let h: TeamsAppHarness;
  let n = 0;
  const vars = () => ({ serviceUrl: h.connector.url });
  const asSanne = (activity: Record<string, any>): Record<string, any> => ({ ...activity, from: SANNE, conversation: { ...activity.conversation, id: SANNE_CHAT } });
  const toSanne = () => h.connector.activities().filter((c) => c.conversationId === SANNE_CHAT && c.body.type === 'message');
  const cards = () => toSanne().filter((c) => c.body.attachments?.[0]?.contentType === CARD).map((c) => c.body.attachments[0].content);
  const lastCard = () => cards().at(-1)!;
  const cardText = (card: any) => JSON.stringify(card.body);
  /** Presses an Action.Execute button; `data` is what Teams merges in from the card's inputs. */
  const invoke = async (verb: string, data: Record<string, unknown> = {}) => {
    const activity = asSanne(fixture('card-action-execute', { ...vars(), verb }, { id: `form-invoke-${++n}` }));
    activity.value.action.data = { ...activity.value.action.data, ...data };
    const res = await h.post(activity);
    expect(res.body).toMatchObject({ statusCode: 200 });
    return res;
  };
  const say = (text: string) => h.post(asSanne(fixture('message-personal', vars(), { id: `form-msg-${++n}`, text })));
  const inputOf = (card: any, type: string) => card.body.find((b: any) => b.type === type);
  const status = () => h.app.services.progress.status('Almelo', '2026-Q3');

  beforeAll(async () => {
    // 10 September 2026: the Q3 round is open (the deadline lies in October).
    h = await startTeamsAppHarness({ clock: { now: () => new Date('2026-09-10T08:00:00Z') } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('sends the quarterly prompt as a card to a reporter who installed the app', async () => {
    expect((await h.post(asSanne(fixture('installation-update', vars())))).status).toBe(200);
    expect(await h.refs.get('teams', SANNE.aadObjectId)).not.toBeNull();

    const started = await h.app.services.progress.startQuarter('Almelo', '2026-Q3');
    expect(started.prompted).toContainEqual(expect.objectContaining({ name: 'Sanne Jansen', channels: expect.arrayContaining(['teams']) }));

    // The installation was welcomed first; the prompt follows as its own card.
    expect(cardText(cards()[0])).toContain('Welkom bij Afsprakenbot');
    const prompt = await h.connector.waitFor((c) => c.conversationId === SANNE_CHAT && c.kind === 'activity' && JSON.stringify(c.body).includes('progress:start'));
    const card = prompt.body.attachments[0].content;
    expect(cardText(card)).toContain('Sint Joseph');
    expect(card.actions.map((a: any) => a.verb)).toEqual([
      expect.stringMatching(/^progress:start:/),
      expect.stringMatching(/^progress:later:/),
      expect.stringMatching(/^progress:overview:/),
    ]);
  });

  /** Number of the agreement the last card asks about. */
  const askedNumber = () => Number(/^Afspraak (\d+) — /.exec(lastCard().body[0].text)?.[1]);
  const saved = async (number: string) => (await status()).items.find((i) => i.number === number && i.party === 'Sint Joseph');

  it('asks one agreement at a time: a status button, then the toelichting as a card input, then the next agreement', async () => {
    await invoke(lastCard().actions[0].verb);
    // The samples have not been reviewed by a coordinator yet, which the form says.
    expect(lastCard().body[0].text).toMatch(/^Afspraak 1 — .+ \(1\/35\) · nog niet gecontroleerd$/);
    const vertraagd = lastCard().actions.find((a: any) => a.title === 'Vertraagd');
    expect(vertraagd.verb).toMatch(/^form:[^:]+:1:status:vertraagd$/);

    await invoke(vertraagd.verb);
    const noteCard = lastCard();
    expect(inputOf(noteCard, 'Input.Text')).toMatchObject({ id: 'note', isRequired: true });
    const submit = noteCard.actions[0];
    expect(submit).toMatchObject({ type: 'Action.Execute', title: 'Versturen', verb: expect.stringMatching(/^form:[^:]+:1:note:submit$/) });

    // Teams merges the typed value into the action data; a toelichting may have several lines.
    await invoke(submit.verb, { note: 'Programmering loopt uit.\nNieuw overzicht volgt in Q4.' });
    expect(toSanne().some((c) => c.body.text === 'Opgeslagen: afspraak 1 — Vertraagd.')).toBe(true);
    expect(askedNumber()).toBe(2);
    expect(await saved('1')).toMatchObject({ status: 'vertraagd', note: 'Programmering loopt uit. Nieuw overzicht volgt in Q4.', realised: null, updatedBy: 'Sanne Jansen' });
  });

  it('takes typed answers as well', async () => {
    await say('op schema');
    expect(inputOf(lastCard(), 'Input.Text')).toMatchObject({ id: 'note', isRequired: false });
    await say('Loopt volgens plan.');
    expect(askedNumber()).toBe(3);
    expect(await saved('2')).toMatchObject({ status: 'op-schema', note: 'Loopt volgens plan.' });
  });

  it('asks the realised number as a number input when the agreement has a target (Almelo 3: 22 woningen)', async () => {
    await invoke(lastCard().actions.find((a: any) => a.title === 'Vertraagd').verb);
    await invoke(lastCard().actions[0].verb, { note: 'Kopers haken af door de hoge rente.' });
    const numberCard = lastCard();
    expect(cardText(numberCard)).toContain('Hoeveel van de 22 woningen zijn verkocht?');
    expect(inputOf(numberCard, 'Input.Number')).toMatchObject({ id: 'realised' });
    expect(numberCard.actions[0].verb).toMatch(/^form:[^:]+:3:realised:submit$/);

    await invoke(numberCard.actions[0].verb, { realised: '9' });
    expect(toSanne().some((c) => c.body.text === 'Opgeslagen: afspraak 3 — Vertraagd, gerealiseerd 9.')).toBe(true);
    expect(askedNumber()).toBe(4);
    expect(await saved('3')).toMatchObject({ status: 'vertraagd', note: 'Kopers haken af door de hoge rente.', realised: 9, target: 22 });
  });

  it('does not let a submit from an older card answer the current question', async () => {
    const oldSubmit = cards().find((c) => inputOf(c, 'Input.Text'))!.actions[0].verb as string;
    const before = (await status()).items.length;
    await invoke(oldSubmit, { note: 'Nog een keer.' });
    expect(toSanne().at(-2)!.body.text).toContain('Die knop hoort bij een eerdere vraag (afspraak 1)');
    expect(askedNumber()).toBe(4);
    expect((await status()).items).toHaveLength(before);
  });

  it('skips an agreement on "overslaan" and leaves it open', async () => {
    await say('overslaan');
    expect(toSanne().some((c) => c.body.text === 'Afspraak 4 overgeslagen; die blijft open.')).toBe(true);
    expect(askedNumber()).toBe(5);
    expect((await status()).missing).toContainEqual({ number: '4', party: 'Sint Joseph' });
  });
});
