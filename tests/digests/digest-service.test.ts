import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDigestService } from '../../src/digests/digest-service.js';
import { createDigestStore } from '../../src/storage/digest-store.js';
import { createMeetingStore } from '../../src/storage/meeting-store.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { openTempDb } from '../helpers/temp-db.js';
import { fixedClock, MUNICIPALITY, person, recordingNotifier, report, seedAgreements } from './seed.js';

type TempDb = Awaited<ReturnType<typeof openTempDb>>;

describe('digest service on a seeded database', () => {
  let db: TempDb;
  const clock = fixedClock('2026-03-16T07:00:00Z'); // Monday 16 March 2026, 08:00 in Amsterdam
  const { notifier, sent } = recordingNotifier();
  let service: ReturnType<typeof createDigestService>;
  let coordinatorId: string;

  beforeAll(async () => {
    db = await openTempDb();
    await seedAgreements(db);
    await db.prisma.progressCycle.create({ data: { municipality: MUNICIPALITY, quarter: '2026-Q1', deadline: new Date('2026-04-10T22:00:00Z'), startedAt: new Date('2026-03-02T08:00:00Z') } });
    await person(db, 'Bea Bouwer', [{ role: 'reporter', municipality: MUNICIPALITY, party: 'Beter Wonen' }]);
    await person(db, 'Harm Huurder', [{ role: 'reporter', municipality: MUNICIPALITY, party: 'Huurdersbond' }]);
    coordinatorId = (await person(db, 'Cora Coördinator', [{ role: 'coordinator', municipality: MUNICIPALITY }], { consoleId: 'cora' })).id;
    await db.prisma.municipalitySetting.create({ data: { municipality: MUNICIPALITY, slackChannel: 'C-ALMELO' } });
    // Before the previous digest (9 March):
    // Reports name parties as the progress form stores them: the document's full name.
    await report(db, { quarter: '2026-Q1', number: '1', party: 'Gemeente Almelo', status: 'op-schema', at: new Date('2026-03-05T10:00:00Z') });
    await report(db, { quarter: '2026-Q1', number: '3', party: 'Beter Wonen', status: 'Op schema', at: new Date('2026-03-05T11:00:00Z') });
    await db.prisma.digestRecord.create({ data: { municipality: MUNICIPALITY, kind: 'weekly', periodKey: '2026-W11', content: {}, createdAt: new Date('2026-03-09T07:00:00Z') } });
    // Since then:
    await report(db, { quarter: '2026-Q1', number: '2', party: 'Beter Wonen', status: 'risico', note: 'Markt stagneert', realised: 5, at: new Date('2026-03-11T09:00:00Z') });
    await report(db, { quarter: '2026-Q1', number: '3', party: 'Beter Wonen', status: 'vertraagd', note: 'Aannemer failliet', at: new Date('2026-03-12T09:00:00Z') });
    await report(db, { quarter: '2026-Q1', number: '4', party: 'Gemeente Almelo', status: 'gereed', at: new Date('2026-03-13T09:00:00Z') });
    await createMeetingStore(db).add({ municipality: MUNICIPALITY, title: 'Bestuurlijk overleg Almelo', date: new Date('2026-03-24T13:00:00Z') });
    service = createDigestService({
      store: createDigestStore(db),
      meetings: createMeetingStore(db),
      agreements: createAgreementRepository(db),
      notifier,
      clock,
    });
  });
  afterAll(async () => db.cleanup());

  it('counts statuses per theme for this quarter with the documented colours', async () => {
    const d = await service.build('almelo', 'weekly');
    expect(d.municipality).toBe('Almelo');
    expect(d.quarter).toBe('2026-Q1');
    expect(d.periodKey).toBe('2026-W12');
    const byTheme = Object.fromEntries(d.themes.map((t) => [t.theme, t.colours]));
    expect(byTheme).toEqual({
      Beschikbaarheid: { groen: 1, oranje: 1, rood: 0, grijs: 1 },
      Duurzaamheid: { groen: 1, oranje: 0, rood: 1, grijs: 1 },
      Leefbaarheid: { groen: 0, oranje: 0, rood: 0, grijs: 1 },
    });
    expect(d.totals).toMatchObject({ 'Op schema': 1, Gereed: 1, Risico: 1, Vertraagd: 1, 'Geen rapportage': 3 });
  });

  it('lists what changed since the previous digest, new risks first with their toelichting', async () => {
    const d = await service.build(MUNICIPALITY, 'weekly');
    expect(d.since).toBe('2026-03-09T07:00:00.000Z');
    expect(d.changes.map((c) => [c.number, c.party, c.type, c.from, c.to, c.newRisk, c.note])).toEqual([
      ['2', 'Beter Wonen', 'nieuw', null, 'Risico', true, 'Markt stagneert'],
      ['3', 'Beter Wonen', 'status', 'Op schema', 'Vertraagd', true, 'Aannemer failliet'],
      ['4', 'Gemeente Almelo', 'nieuw', null, 'Gereed', false, null],
    ]);
  });

  it('says who has not answered and for how long, targets with a bar, and the next meeting', async () => {
    const d = await service.build(MUNICIPALITY, 'weekly');
    expect(d.missing).toEqual([
      { party: 'Huurdersbond', people: ['Harm Huurder'], due: 2, answered: 0, waitingSince: '2026-03-02', daysWaiting: 14 },
      { party: 'Beter Wonen', people: ['Bea Bouwer'], due: 3, answered: 2, waitingSince: '2026-03-02', daysWaiting: 14 },
    ]);
    expect(d.targets).toEqual([expect.objectContaining({ number: '2', party: 'Beter Wonen', realised: 5, target: 22, bar: '▓░░░░' })]);
    expect(d.nextMeeting).toMatchObject({ title: 'Bestuurlijk overleg Almelo', localDate: '2026-03-24', localTime: '14:00' });
  });

  it('prepares a meeting with red and orange items, unreported agreements and discussion points', async () => {
    const d = await service.build(MUNICIPALITY, 'meeting', new Date('2026-03-17T06:30:00Z'));
    expect(d.meeting?.attention.map((a) => [a.number, a.status, a.colour, a.note])).toEqual([
      ['3', 'Vertraagd', 'rood', 'Aannemer failliet'],
      ['2', 'Risico', 'oranje', 'Markt stagneert'],
    ]);
    expect(d.meeting?.unreported.map((u) => u.number)).toEqual(['5']);
    const reasons = d.meeting!.discussionPoints.map((p) => p.reason);
    expect(reasons).toContain('rood');
    expect(reasons).toContain('geen-antwoord');
    expect(d.meeting!.discussionPoints.find((p) => p.reason === 'rood')?.text).toContain('Aannemer failliet');
    // Since the quarter start (no earlier meeting digest), so the early reports count as changes too.
    expect(d.changes).toHaveLength(4);
  });

  it('finds the meeting digest due five working days ahead and not earlier', async () => {
    expect(await service.dueMeetingDigests(new Date('2026-03-16T12:00:00Z'))).toEqual([]);
    const due = await service.dueMeetingDigests(new Date('2026-03-17T06:30:00Z'));
    expect(due.map((x) => [x.meeting.title, x.sendOn])).toEqual([['Bestuurlijk overleg Almelo', '2026-03-17']]);
  });

  it('sends to the channel and the coordinators, records the digest, and the next one starts from there', async () => {
    const result = await service.send(MUNICIPALITY, 'weekly');
    expect(result.sentTo).toEqual(['Slack-kanaal C-ALMELO', 'Cora Coördinator (coördinator)']);
    expect(sent.map((s) => s.to)).toEqual(['slack:C-ALMELO', `person:${coordinatorId}`]);
    // The channel is a group: it hears the digest went out, without who did not report or their notes.
    const notice = sent[0]!.replies[0]!;
    expect(notice).toMatchObject({ kind: 'digest-notice', title: expect.stringContaining('Almelo'), text: expect.stringContaining('privé naar de coördinatoren') });
    expect(JSON.stringify(sent[0]!.replies)).not.toMatch(/Aannemer failliet|Nog niet gerapporteerd/);
    const r = sent[1]!.replies[0]!;
    expect(r).toMatchObject({ kind: 'digest', title: expect.stringContaining('Almelo') });
    expect(r.text).toContain('Aannemer failliet');
    expect((r.rich?.slackBlocks ?? []).length).toBeGreaterThan(3);
    const records = await db.prisma.digestRecord.findMany({ where: { municipality: MUNICIPALITY, kind: 'weekly' }, orderBy: { createdAt: 'asc' } });
    expect(records.map((x) => x.periodKey)).toEqual(['2026-W11', '2026-W12']);

    await report(db, { quarter: '2026-Q1', number: '1', party: 'Beter Wonen', status: 'niet-gestart', at: new Date('2026-03-18T09:00:00Z') });
    const next = await service.build(MUNICIPALITY, 'weekly', new Date('2026-03-23T07:00:00Z'));
    expect(next.since).toBe('2026-03-16T07:00:00.000Z');
    expect(next.changes.map((c) => [c.number, c.party, c.to])).toEqual([['1', 'Beter Wonen', 'Niet gestart']]);
  });

  it('shows an empty quarter as all grey without changes', async () => {
    const d = await service.build(MUNICIPALITY, 'weekly', new Date('2026-07-06T06:00:00Z'));
    expect(d.quarter).toBe('2026-Q3');
    expect(d.colours).toEqual({ groen: 0, oranje: 0, rood: 0, grijs: 7 });
    expect(d.changes).toEqual([]);
    expect(d.targets[0]).toMatchObject({ realised: 5, bar: '▓░░░░' }); // realised earlier this year still counts
    const none = await service.build('Nergenshuizen', 'weekly');
    expect(none.themes).toEqual([]);
    expect(none.missing).toEqual([]);
  });

  it('builds the progress matrix with party and theme filters', async () => {
    const m = await service.buildProgressMatrix(MUNICIPALITY, { year: 2026 });
    expect(m.quarters).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(m.rows).toHaveLength(7);
    const bw = await service.buildProgressMatrix(MUNICIPALITY, { year: 2026, party: 'beter wonen', theme: 'Duurzaamheid' });
    expect(bw.rows.map((r) => [r.number, r.party, r.cells[0]!.status, r.cells[0]!.colour])).toEqual([['3', 'Beter Wonen', 'Vertraagd', 'rood']]);
    expect(bw.parties).toEqual(['Beter Wonen', 'Gemeente Almelo', 'Huurdersbond']);
  });
});
