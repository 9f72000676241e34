import { compareNumbers } from '../../src/core/agreement.js';
/**
 * A whole quarterly progress form through Slack, on the real app: the prompt DM, buttons and typed DMs,
 * validation, a double click, a restart of the bot halfway, and the stored reports at the end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../helpers/fake-slack-api.js';
import { blockTexts, buttons, eventCallback, fixedClock, postEvent, postInteraction, sleep, startHarness, type Harness } from './harness.js';

const SANNE = 'U0SJSANNE'; // Sanne Jansen, reporter for Sint Joseph (Almelo) in examples/directory.yaml
const DM = 'D0SJSANNE'; // what the fake conversations.open answers for her

let h: Harness;
beforeAll(async () => {
  // 10 September 2026: Q3 2026 is open (deadline in October).
  h = await startHarness({ clock: fixedClock('2026-09-10T08:00:00Z') });
});
afterAll(async () => {
  await h?.close();
});

/** Our DMs to Sanne, in order; `cursor` marks how many the test has looked at. */
const dms = () => h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === DM);
let cursor = 0;
const textOf = (c: RecordedCall) => `${String(c.body.text)}\n${blockTexts(c.body.blocks)}`;

/** Waits for a new DM matching `match`; returns every new DM up to it and moves the cursor past it. */
async function nextDm(match: RegExp): Promise<RecordedCall[]> {
  const hit = await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === DM && dms().indexOf(c) >= cursor && match.test(textOf(c)));
  const index = dms().indexOf(hit);
  const fresh = dms().slice(cursor, index + 1);
  cursor = index + 1;
  return fresh;
}

/** Asserts that no further DM arrives within `ms`. */
async function expectNoNewDm(ms = 500): Promise<void> {
  await sleep(ms);
  expect(dms().slice(cursor).map((c) => c.body.text)).toEqual([]);
}

let eventSeq = 0;
/** Sanne types in her DM with the bot (a signed message.im event with a fresh event_id). */
async function say(text: string): Promise<void> {
  const n = ++eventSeq;
  const res = await postEvent(h.url, eventCallback({ type: 'message', channel_type: 'im', channel: DM, user: SANNE, text, ts: `1788000${String(n).padStart(3, '0')}.000100` }, `EvForm${n}`));
  expect(res.status).toBe(200);
}

let actionSeq = 0;
/** The block_actions payload of Sanne pressing the button labelled `label` in `message`. */
function clickPayload(message: RecordedCall, label: string): Record<string, unknown> {
  const button = buttons(message.body.blocks).find((b) => b.text.text === label);
  if (!button) throw new Error(`no button "${label}" in: ${buttons(message.body.blocks).map((b) => b.text.text).join(', ')}`);
  const ts = String(message.body.ts ?? '1788000000.000100');
  return {
    type: 'block_actions',
    user: { id: SANNE, username: 'sanne', name: 'sanne', team_id: 'T0TEST' },
    api_app_id: 'A0AFSPRAKEN',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: ts, channel_id: DM, is_ephemeral: false },
    trigger_id: `trigger-${++actionSeq}`,
    team: { id: 'T0TEST', domain: 'afspraken-test' },
    channel: { id: DM, name: 'directmessage' },
    message: { type: 'message', user: 'UBOTAFSPR', bot_id: 'BBOTAFSPR', text: message.body.text, ts },
    state: { values: {} },
    response_url: h.fake.responseUrl(`form-${actionSeq}`),
    actions: [{ action_id: button.action_id, block_id: 'b', type: 'button', text: { type: 'plain_text', text: label }, ...(button.value ? { value: button.value } : {}), action_ts: `1788100${String(actionSeq).padStart(3, '0')}.000001` }],
  };
}

async function click(message: RecordedCall, label: string): Promise<Record<string, unknown>> {
  const payload = clickPayload(message, label);
  const res = await postInteraction(h.url, payload);
  expect(res.status).toBe(200);
  return payload;
}

const last = (calls: RecordedCall[]) => calls.at(-1)!;

describe('progress form through Slack', () => {
  it('runs a whole quarterly form from the prompt to stored reports, across a restart', async () => {
    const { progress } = h.app.services;
    const round = await progress.forms.loadRound('Almelo', '2026-Q3');
    const owed = round.items.filter((i) => i.party === 'Sint Joseph').length;
    const firstThree = round.items.filter((i) => i.party === 'Sint Joseph').slice(0, 4);
    expect(firstThree.map((i) => i.number)).toEqual(['1', '2', '3', '4']);
    expect(firstThree[2]!.target).toMatchObject({ value: 22, unit: 'woningen' });

    // The round starts: Sanne gets a DM with the prompt and its buttons.
    const started = await progress.startQuarter('Almelo', '2026-Q3');
    expect(started.prompted.find((p) => p.name === 'Sanne Jansen')?.channels).toContain('slack');
    await h.fake.waitFor('conversations.open', (c) => c.body.users === SANNE);
    const [prompt] = await nextDm(/Zullen we beginnen/);
    expect(prompt!.body.text).toContain(`Voortgang Q3 2026 voor Sint Joseph: ${owed} afspraken. Zullen we beginnen?`);
    expect(buttons(prompt!.body.blocks).map((b) => b.text.text)).toEqual(['Beginnen', 'Later', 'Overzicht']);

    // "Beginnen" opens the form at agreement 1.
    await click(prompt!, 'Beginnen');
    const opened = await nextDm(/Afspraak 1 — /);
    expect(textOf(opened[0]!)).toContain(`${owed} van ${owed} afspraken staan open`);
    const q1 = last(opened);
    expect(buttons(q1.body.blocks).map((b) => b.text.text)).toEqual(['Op schema', 'Risico', 'Vertraagd', 'Gereed', 'Niet gestart', 'Niet van toepassing', 'Overslaan', 'Later']);

    // 1: "Op schema" by button, no toelichting (typed "geen").
    await click(q1, 'Op schema');
    await nextDm(/Status: Op schema\. Wil je een toelichting geven/);
    await say('geen');
    const after1 = await nextDm(/Afspraak 2 — /);
    expect(after1.map((c) => c.body.text)).toContainEqual(expect.stringContaining('Opgeslagen: afspraak 1 — Op schema.'));

    // 2: typed status "loopt achter" → Vertraagd, which needs a toelichting.
    await say('loopt achter');
    await nextDm(/Status: Vertraagd\. Wat is de toelichting\? \(verplicht/);
    await say('geen');
    await nextDm(/Bij Vertraagd is een toelichting verplicht/);
    await say('De aannemer is failliet; oplevering schuift naar Q1 2027.');
    const after2 = await nextDm(/Afspraak 3 — Verkoop van huurwoningen/);
    expect(after2.map((c) => c.body.text)).toContainEqual(expect.stringContaining('Opgeslagen: afspraak 2 — Vertraagd.'));
    const q3 = last(after2);

    // 3: "Gereed" clicked twice (Slack redelivers the very same action): one step forward, not two.
    const gereed = await click(q3, 'Gereed');
    expect((await postInteraction(h.url, gereed)).status).toBe(200);
    const noteQ3 = await nextDm(/Status: Gereed\. Wil je een toelichting geven/);
    await expectNoNewDm();
    // A second, separate press of the same old button is refused as stale and changes nothing.
    await click(q3, 'Gereed');
    const stale = await nextDm(/Status: Gereed\. Wil je een toelichting geven/);
    expect(stale.map((c) => c.body.text)).toContainEqual(expect.stringContaining('Die knop hoort bij een eerdere vraag (afspraak 3)'));
    await click(last(noteQ3), 'Geen toelichting');
    const realisedQ = await nextDm(/Hoeveel van de 22 woningen/);

    // An invalid number gets the Dutch error that echoes the input, and the same question again.
    await say('vijftien');
    const invalid = await nextDm(/Hoeveel van de 22 woningen/);
    expect(invalid.map((c) => c.body.text)).toEqual([expect.stringContaining("'vijftien' is geen getal — typ bijvoorbeeld 15"), last(realisedQ).body.text]);
    await say('15');
    const after3 = await nextDm(/Afspraak 4 — /);
    expect(after3.map((c) => c.body.text)).toContainEqual(expect.stringContaining('Opgeslagen: afspraak 3 — Gereed, gerealiseerd 15.'));
    const q4BeforeRestart = last(after3);

    // "overzicht" lists what is done so far.
    await say('overzicht');
    const [overview] = await nextDm(/Overzicht Q3 2026 — Sint Joseph/);
    expect(textOf(overview!)).toContain(`3 ingevuld, ${owed - 3} open.`);
    expect(textOf(overview!)).toContain('3. Verkoop van huurwoningen — Gereed, 15 van 22 woningen');
    await nextDm(/Afspraak 4 — /);

    // The bot restarts in the middle of the form (same data folder, new process state, new port).
    await h.restart();

    // The button from before the restart still belongs to her form, which continues at agreement 4.
    await click(q4BeforeRestart, 'Risico');
    await nextDm(/Status: Risico\. Wat is de toelichting\?/);
    await say('Personeelstekort bij de corporatie.');
    const after4 = await nextDm(/Afspraak 5 — /);
    expect(after4.map((c) => c.body.text)).toContainEqual(expect.stringContaining('Opgeslagen: afspraak 4 — Risico.'));

    // "afronden" finishes the form with the rest open ("klaar" at a status question means Gereed).
    await say('afronden');
    const [done] = await nextDm(/Dank je wel!/);
    expect(done!.body.text).toContain('4 afspraken ingevuld');

    // The reports are stored with Sanne as the one who gave them.
    const status = await h.app.services.progress.status('Almelo', '2026-Q3');
    const mine = status.items.filter((i) => i.party === 'Sint Joseph').sort((a, b) => compareNumbers(a.number, b.number));
    expect(mine.map(({ number, status, note, realised, updatedBy }) => ({ number, status, note, realised, updatedBy }))).toEqual([
      { number: '1', status: 'op-schema', note: null, realised: null, updatedBy: 'Sanne Jansen' },
      { number: '2', status: 'vertraagd', note: 'De aannemer is failliet; oplevering schuift naar Q1 2027.', realised: null, updatedBy: 'Sanne Jansen' },
      { number: '3', status: 'gereed', note: null, realised: 15, updatedBy: 'Sanne Jansen' },
      { number: '4', status: 'risico', note: 'Personeelstekort bij de corporatie.', realised: null, updatedBy: 'Sanne Jansen' },
    ]);
    expect(status.missing.filter((m) => m.party === 'Sint Joseph')).toHaveLength(owed - 4);
  });
});
