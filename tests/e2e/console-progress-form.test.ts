import { compareNumbers } from '../../src/core/agreement.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allText, button, startConsoleApp } from './console-app.js';

// Inside Q3 2026, before its deadline: the round is open.
const clock = { now: () => new Date('2026-09-14T08:00:00Z') };
const SANNE = 'sj-sanne'; // reporter for Sint Joseph (examples/directory.yaml)

describe('a whole progress form through the web console on the real app', () => {
  let ctx: Awaited<ReturnType<typeof startConsoleApp>>;
  beforeAll(async () => {
    ctx = await startConsoleApp(undefined, clock);
  });
  afterAll(async () => {
    await ctx.app.close();
    ctx.remove();
  });

  it('sends the quarterly prompt to the reporter inbox with start, later and overview buttons', async () => {
    // A reporter only on Teams, which this installation does not run: listed to the coordinator, not skipped.
    await ctx.app.services.progress.importDirectory(
      'extra.yaml',
      'people:\n  - name: Tom Teams\n    teamsUserId: 7a7a7a7a-0000-4000-8000-000000000001\n    roles:\n      - { role: reporter, municipality: Almelo, party: Beter Wonen }\n',
    );
    const result = await ctx.app.services.progress.startQuarter('Almelo', '2026-Q3');
    expect(result.unreachable).toEqual([expect.objectContaining({ name: 'Tom Teams', party: 'Beter Wonen', reason: expect.stringMatching(/Teams/) })]);
    const [notice] = await ctx.inbox('almelo-coord');
    expect(notice!.kind).toBe('progress-unreachable');
    expect(notice!.text).toMatch(/Beter Wonen: Tom Teams/);
    expect(result.prompted.length).toBeGreaterThan(0);
    const [prompt] = await ctx.inbox(SANNE);
    expect(prompt!.text).toMatch(/Voortgang Q3 2026 voor Sint Joseph: \d+ afspraken\. Zullen we beginnen\?/);
    expect(prompt!.payload.replies[0]!.actions!.map((a) => a.label)).toEqual(['Beginnen', 'Later', 'Overzicht']);
  });

  it('walks through agreements one at a time with buttons and typed text, and validates answers', async () => {
    const [prompt] = await ctx.inbox(SANNE);
    let replies = await ctx.post(SANNE, { action: button(prompt!.payload.replies, /Beginnen/) });
    expect(allText(replies)).toMatch(/Hoe staat het ervoor\?/);

    // Agreement 1 by buttons.
    replies = await ctx.post(SANNE, { action: button(replies, /^Op schema$/) });
    replies = await ctx.post(SANNE, { action: button(replies, /Geen toelichting/) });
    expect(allText(replies)).toMatch(/Opgeslagen: afspraak 1 — Op schema/);

    // Agreement 2 by typed text: "loopt achter" is Vertraagd, which needs a toelichting.
    replies = await ctx.post(SANNE, { text: 'loopt achter' });
    expect(allText(replies)).toMatch(/verplicht bij Vertraagd/);
    replies = await ctx.post(SANNE, { text: 'De marktpartijen haken af; we verwachten een besluit in november.' });
    expect(allText(replies)).toMatch(/Opgeslagen: afspraak 2 — Vertraagd/);

    // Agreement 3 has a target for Sint Joseph (22 woningen verkopen): the form asks the realised number.
    replies = await ctx.post(SANNE, { text: 'op schema' });
    replies = await ctx.post(SANNE, { text: 'Verkoop loopt volgens plan.' });
    expect(allText(replies)).toMatch(/22 woningen/);
    replies = await ctx.post(SANNE, { text: 'vijftien' });
    expect(allText(replies)).toMatch(/'vijftien' is geen getal/);
    replies = await ctx.post(SANNE, { text: '-3' });
    expect(allText(replies)).toMatch(/-3/);
    replies = await ctx.post(SANNE, { text: '40' });
    expect(allText(replies)).toMatch(/40/);
    expect(allText(replies)).toMatch(/22/);
    replies = await ctx.post(SANNE, { text: '15' });
    expect(allText(replies)).toMatch(/Opgeslagen: afspraak 3/);

    const status = await ctx.app.services.progress.status('Almelo', '2026-Q3');
    const mine = status.items.filter((i) => i.party === 'Sint Joseph').sort((a, b) => compareNumbers(a.number, b.number));
    expect(mine.map((i) => [i.number, i.status])).toEqual([
      ['1', expect.stringMatching(/op.schema/i)],
      ['2', expect.stringMatching(/vertraagd/i)],
      ['3', expect.stringMatching(/op.schema/i)],
    ]);
    expect(mine[2]).toMatchObject({ realised: 15, target: 22 });
    expect(mine[1]!.note).toMatch(/marktpartijen/);
  });

  it('counts those answers in the digest under the same party names as the form uses', async () => {
    const digest = await ctx.app.services.digests.build('Almelo', 'weekly');
    const status = await ctx.app.services.progress.status('Almelo', '2026-Q3');
    const due = status.items.length + status.missing.length;
    expect(Object.values(digest.totals).reduce((a, b) => a + b, 0)).toBe(due);
    const sj = digest.missing.find((m) => m.party === 'Sint Joseph')!;
    expect(sj).toMatchObject({ answered: 3, people: expect.arrayContaining(['Sanne Jansen']) });
    const gemeente = digest.missing.find((m) => /^Gemeente/.test(m.party))!;
    expect(gemeente.people.length).toBeGreaterThan(0);
    expect(digest.targets.find((t) => t.party === 'Sint Joseph' && t.number === '3')).toMatchObject({ realised: 15, target: 22 });
  });

  it('answers "overzicht" with what is done and open, and ignores a stale button pressed again', async () => {
    const overview = await ctx.post(SANNE, { text: 'overzicht' });
    expect(allText(overview)).toMatch(/3 ingevuld, \d+ open/);
    const before = await ctx.app.services.progress.status('Almelo', '2026-Q3');
    // Pressing agreement 1's old status button again must not move the form or change agreement 4.
    const session = await ctx.app.db.prisma.formSession.findFirstOrThrow({ where: { party: 'Sint Joseph' } });
    const token = JSON.stringify(session.state).match(/"token":"([^"]+)"/)?.[1];
    expect(token).toBeTruthy();
    await ctx.post(SANNE, { action: `form:${token}:1:status:gereed` });
    const after = await ctx.app.services.progress.status('Almelo', '2026-Q3');
    expect(after.items.length).toBe(before.items.length);
  });

  it('refuses a reporter of another party and changes nothing', async () => {
    const session = await ctx.app.db.prisma.formSession.findFirstOrThrow({ where: { party: 'Sint Joseph' } });
    const token = JSON.stringify(session.state).match(/"token":"([^"]+)"/)?.[1];
    const before = await ctx.app.db.prisma.progressReportChange.count();
    const replies = await ctx.post('bw-anna', { action: `form:${token}:4:status:gereed` });
    expect(allText(replies)).toMatch(/iemand anders; er is niets gewijzigd/);
    expect(await ctx.app.db.prisma.progressReportChange.count()).toBe(before);
  });

  it('continues where the reporter was after the bot restarts on the same database', async () => {
    const pending = await ctx.post(SANNE, { text: 'stop' });
    expect(allText(pending)).toMatch(/bewaard/);
    const dataDir = ctx.dataDir;
    await ctx.app.close();
    ctx = { ...(await startConsoleApp(dataDir, clock)), remove: ctx.remove };
    const replies = await ctx.post(SANNE, { text: 'voortgang' });
    expect(allText(replies)).toMatch(/3 van \d+|3 ingevuld|Hoe staat het ervoor/);
    const next = await ctx.post(SANNE, { text: 'gereed' });
    expect(allText(next)).toMatch(/toelichting/i);
    await ctx.post(SANNE, { text: 'Afgerond in september.' });
    const status = await ctx.app.services.progress.status('Almelo', '2026-Q3');
    const four = status.items.find((i) => i.party === 'Sint Joseph' && i.number === '4');
    expect(four).toMatchObject({ status: expect.stringMatching(/gereed/i), note: 'Afgerond in september.' });
    expect(four!.updatedBy).toMatch(/Sanne/);
  });

  it('lets a coordinator start the round from chat, and refuses a reporter', async () => {
    const refused = await ctx.post('bw-anna', { text: 'start uitvraag Q4 2026' });
    expect(allText(refused)).toMatch(/Alleen coördinatoren/);
    const started = await ctx.post('almelo-coord', { text: 'start uitvraag Q4 2026' });
    expect(allText(started)).toMatch(/Uitvraag Q4 2026 Almelo gestart/);
    const prompts = (await ctx.inbox('bw-anna')).filter((m) => /Voortgang Q4 2026 voor Beter Wonen/.test(m.text));
    expect(prompts).toHaveLength(1);
  });

  it('answers a Slack or Teams request on a server without them with a 503 that names the setting', async () => {
    const slack = await fetch(`${ctx.url}/slack/events`, { method: 'POST', body: '{}' });
    expect(slack.status).toBe(503);
    expect(((await slack.json()) as { message: string }).message).toMatch(/SLACK_BOT_TOKEN/);
    const teams = await fetch(`${ctx.url}/api/messages`, { method: 'POST', body: '{}' });
    expect(teams.status).toBe(503);
    expect(((await teams.json()) as { message: string }).message).toMatch(/TEAMS_CLIENT_ID/);
  });
});
