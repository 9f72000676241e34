import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../src/core/messages.js';
import type { Person } from '../../src/core/people.js';
import { createDigestService } from '../../src/digests/digest-service.js';
import { createMeetingHandler } from '../../src/digests/meeting-handler.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { createDigestStore } from '../../src/storage/digest-store.js';
import { createMeetingStore } from '../../src/storage/meeting-store.js';
import { openTempDb, repoPath } from '../helpers/temp-db.js';
import { fixedClock, recordingNotifier, seedAgreements } from './seed.js';

type TempDb = Awaited<ReturnType<typeof openTempDb>>;
const NOW = new Date('2026-03-02T09:00:00Z');
const coordinator: Person = { id: 'c1', name: 'Cora', email: null, slackUserId: null, teamsUserId: null, consoleId: 'cora', roles: [{ role: 'coordinator', municipality: 'Almelo', party: null }] };
const reporter: Person = { ...coordinator, id: 'r1', roles: [{ role: 'reporter', municipality: 'Almelo', party: 'Beter Wonen' }] };
const msg = (text: string): InboundMessage => ({ channel: 'web', userId: 'cora', conversationId: 'c', direct: true, text, receivedAt: NOW });

describe('meetings in chat and from files', () => {
  let db: TempDb;
  let service: ReturnType<typeof createDigestService>;
  let handler: ReturnType<typeof createMeetingHandler>;
  const say = (text: string, person: Person | null = coordinator) => handler.handle(msg(text), { person, now: NOW });

  beforeAll(async () => {
    db = await openTempDb();
    await seedAgreements(db);
    service = createDigestService({
      store: createDigestStore(db),
      meetings: createMeetingStore(db),
      agreements: createAgreementRepository(db),
      notifier: recordingNotifier().notifier,
      clock: fixedClock(NOW.toISOString()),
    });
    handler = createMeetingHandler({ digests: service });
  });
  beforeEach(async () => {
    await db.prisma.meeting.deleteMany();
  });
  afterAll(async () => db.cleanup());

  it('plans a meeting from a Dutch sentence and lists it', async () => {
    const [r] = (await say('nieuw overleg: bestuurlijk overleg Almelo op 12 maart 2026 om 14:00'))!;
    expect(r!.text).toBe('Overleg gepland: Bestuurlijk overleg Almelo (Almelo) op donderdag 12 maart 2026, 14:00.');
    const stored = await db.prisma.meeting.findMany();
    expect(stored.map((m) => [m.municipality, m.title, m.date.toISOString()])).toEqual([['Almelo', 'Bestuurlijk overleg Almelo', '2026-03-12T13:00:00.000Z']]);
    const [again] = (await say('nieuw overleg: bestuurlijk overleg Almelo op 12-03-2026 om 14:00'))!;
    expect(again!.text).toContain('stond al in de agenda');
    const [list] = (await say('overleggen almelo'))!;
    expect(list!.list).toEqual([`${stored[0]!.id.slice(0, 8)} · Bestuurlijk overleg Almelo (Almelo) — donderdag 12 maart 2026, 14:00`]);
  });

  it('plans a meeting at a date relative to today', async () => {
    const [r] = (await say('nieuw overleg: AOWW Almelo over 2 weken om 10:00'))!;
    expect(r!.text).toBe('Overleg gepland: AOWW Almelo (Almelo) op maandag 16 maart 2026, 10:00.');
    expect((await db.prisma.meeting.findFirstOrThrow()).date.toISOString()).toBe('2026-03-16T09:00:00.000Z');
  });

  it('refuses a bad date with a specific message and stores nothing', async () => {
    const [r] = (await say('nieuw overleg: AOWW Almelo op 31 februari 2026'))!;
    expect(r).toMatchObject({ kind: 'error', text: expect.stringContaining('"31 februari 2026" is geen geldige datum') });
    const [r2] = (await say('nieuw overleg: AOWW Almelo op donderdag'))!;
    expect(r2!.text).toContain('"donderdag" is geen geldige datum');
    expect(await db.prisma.meeting.count()).toBe(0);
  });

  it('refuses a meeting in the past', async () => {
    const [r] = (await say('nieuw overleg: BOWW Almelo op 2026-02-27'))!;
    expect(r!.text).toBe('vrijdag 27 februari 2026 ligt in het verleden; een overleg in het verleden plan ik niet in.');
    const [sameDay] = (await say('nieuw overleg: BOWW Almelo op 2 maart 2026 om 08:00'))!;
    expect(sameDay!.text).toContain('in het verleden');
    expect(await db.prisma.meeting.count()).toBe(0);
  });

  it('lets only coordinators plan and remove, and removes by code', async () => {
    expect((await say('nieuw overleg: AOWW Almelo op 12 maart 2026', reporter))![0]!.text).toContain('Alleen coördinatoren');
    await say('nieuw overleg: AOWW Almelo op 12 maart 2026');
    const id = (await db.prisma.meeting.findFirstOrThrow()).id;
    expect((await say(`verwijder overleg ${id.slice(0, 8)}`, reporter))![0]!.text).toContain('Alleen coördinatoren');
    expect((await say(`verwijder overleg ${id.slice(0, 8)}`))![0]!.text).toBe('Overleg verwijderd: AOWW Almelo op donderdag 12 maart 2026.');
    expect(await db.prisma.meeting.count()).toBe(0);
    expect((await say('verwijder overleg Almelo 12 maart 2026'))![0]!.text).toContain('Ik vind geen overleg');
  });

  it('previews a digest for a coordinator and ignores other messages', async () => {
    const [d] = (await say('digest almelo'))!;
    expect(d).toMatchObject({ kind: 'digest', private: true, title: expect.stringContaining('Weekoverzicht prestatieafspraken Almelo') });
    expect((await say('digest almelo', reporter))![0]!.text).toContain('Alleen coördinatoren');
    expect(await say('hoeveel woningen bouwt Beter Wonen?')).toBeNull();
  });

  it('imports meetings from YAML and CSV, reporting bad and past rows', async () => {
    const yaml = await service.importMeetings(readFileSync(repoPath('examples/meetings.yaml'), 'utf8'), 'yaml', NOW);
    expect(yaml.errors).toEqual([]);
    // Relative to NOW (Monday 2 March 2026): 15 working days → 23 March; 30 → 14 April (Easter Monday 6 April
    // is no working day, Good Friday is); 2 months → 2 May, without a time (local midnight, summer time).
    expect(yaml.added.map((m) => [m.municipality, m.title, m.date.toISOString()])).toEqual([
      ['Almelo', 'Bestuurlijk overleg prestatieafspraken', '2026-03-23T13:00:00.000Z'],
      ['Almelo', 'AOWW', '2026-04-14T08:00:00.000Z'],
      ['Almere', 'Bestuurlijk overleg prestatieafspraken', '2026-05-01T22:00:00.000Z'],
    ]);
    const csv = await service.importMeetings(readFileSync(repoPath('tests/fixtures/digests/meetings.csv'), 'utf8'), 'csv', NOW);
    expect(csv.unchanged).toHaveLength(0);
    expect(csv.added.map((m) => m.title)).toEqual(['Bestuurlijk overleg']);
    expect(csv.errors.map((e) => e.line)).toEqual([3, 4]);
    expect(csv.errors[0]!.message).toContain('"31-02-2026" is geen geldige datum');
    expect(csv.errors[1]!.message).toContain('verleden');
    expect(await db.prisma.meeting.count()).toBe(4);
  });
});
