import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/core/ports.js';
import { createDigestService } from '../../src/digests/digest-service.js';
import { occurrencesBetween, parseCron } from '../../src/scheduler/cron-times.js';
import { createScheduler, type JobFn, type SchedulerSettings } from '../../src/scheduler/scheduler.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { openDatabase, type Db } from '../../src/storage/database.js';
import { createDigestStore } from '../../src/storage/digest-store.js';
import { createJobStore } from '../../src/storage/job-store.js';
import { createMeetingStore } from '../../src/storage/meeting-store.js';
import { createTempPostgres, TEST_DATABASE_URL } from '../helpers/postgres.js';
import { openTempDb } from '../helpers/temp-db.js';
import { almeloDoc, fixedClock, person, recordingNotifier, seedAgreements } from '../digests/seed.js';

const TZ = 'Europe/Amsterdam';
const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };
const settings = (over: Partial<SchedulerSettings> = {}): SchedulerSettings => ({ timezone: TZ, weeklyDigestCron: '0 8 * * 1', catchUpDays: 7, ...over });

describe('cron times in Europe/Amsterdam', () => {
  it('runs the weekly digest at 08:00 local in the weeks around the March switch', () => {
    const occ = occurrencesBetween(parseCron('0 8 * * 1'), new Date('2026-03-20T00:00:00Z'), new Date('2026-04-07T00:00:00Z'), TZ);
    expect(occ.map((o) => [o.at.toISOString(), o.localDate])).toEqual([
      ['2026-03-23T07:00:00.000Z', '2026-03-23'],
      ['2026-03-30T06:00:00.000Z', '2026-03-30'],
      ['2026-04-06T06:00:00.000Z', '2026-04-06'],
    ]);
  });

  it('neither skips nor doubles a 02:30 job on the last Sundays of March and October', () => {
    const c = parseCron('30 2 * * *');
    const march = occurrencesBetween(c, new Date('2026-03-28T00:00:00Z'), new Date('2026-03-31T00:00:00Z'), TZ);
    expect(march.map((o) => o.at.toISOString())).toEqual(['2026-03-28T01:30:00.000Z', '2026-03-29T01:30:00.000Z', '2026-03-30T00:30:00.000Z']);
    const october = occurrencesBetween(c, new Date('2026-10-24T00:00:00Z'), new Date('2026-10-27T00:00:00Z'), TZ);
    expect(october.map((o) => o.at.toISOString())).toEqual(['2026-10-24T00:30:00.000Z', '2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z']);
  });
});

describe('scheduler on one database', () => {
  let db: Awaited<ReturnType<typeof openTempDb>>;
  beforeAll(async () => {
    db = await openTempDb();
  });
  afterAll(async () => db.cleanup());

  function counting() {
    const runs: Array<{ key: string; at: string }> = [];
    const fn: JobFn = async (now, ctx) => void runs.push({ key: ctx.periodKey, at: now.toISOString() });
    return { runs, fn };
  }

  it('runs a 02:30 job once on the October night 02:30 happens twice, even on two instances', async () => {
    const { runs, fn } = counting();
    const make = (instance: string) =>
      createScheduler({ claims: createJobStore(db), jobs: { reminders: fn }, clock: fixedClock('2026-10-25T00:00:00Z'), settings: settings({ cron: { reminders: '30 2 * * *' } }), logger: quiet, instance });
    const [a, b] = [make('a'), make('b')];
    await a.runDue(new Date('2026-10-25T00:30:00Z')); // 02:30 CEST
    await b.runDue(new Date('2026-10-25T01:30:00Z')); // 02:30 CET, the same wall-clock time again
    expect(runs).toEqual([{ key: '2026-10-25', at: '2026-10-25T00:30:00.000Z' }]);
    // And in March, where 02:30 does not exist, it still runs that day.
    await a.runDue(new Date('2026-03-29T01:31:00Z'));
    expect(runs.map((r) => r.key)).toEqual(['2026-10-25', '2026-03-29']);
  });

  it('keys weekly runs by ISO week in Amsterdam across the March switch', async () => {
    const { runs, fn } = counting();
    const s = createScheduler({ claims: createJobStore(db), jobs: { weeklyDigests: fn }, clock: fixedClock('2026-03-23T07:00:00Z'), settings: settings(), logger: quiet });
    await s.runDue(new Date('2026-03-23T07:00:00Z'));
    await s.runDue(new Date('2026-03-23T07:05:00Z'));
    await s.runDue(new Date('2026-03-30T05:59:00Z')); // 07:59 CEST: not yet
    await s.runDue(new Date('2026-03-30T06:00:00Z'));
    expect(runs.map((r) => r.key)).toEqual(['2026-W13', '2026-W14']);
  });

  it('catches up a run missed during downtime once, and not when it is older than catchUpDays', async () => {
    const { runs, fn } = counting();
    const make = (catchUpDays: number) =>
      createScheduler({ claims: createJobStore(db), jobs: { quarterlyPrompts: fn }, clock: fixedClock('2026-05-01T00:00:00Z'), settings: settings({ catchUpDays, cron: { quarterlyPrompts: '0 9 * * 1' } }), logger: quiet });
    // Monday 4 May 09:00 was missed; we come back on Wednesday 6 May.
    expect((await make(7).catchUp(new Date('2026-05-06T10:00:00Z'))).map((r) => [r.periodKey, r.status])).toEqual([['2026-05-04', 'done']]);
    expect((await make(7).catchUp(new Date('2026-05-06T10:05:00Z'))).map((r) => r.status)).toEqual(['skipped']);
    // Monday 11 May missed, back on Friday 15 May with catchUpDays 2: too old, nothing runs.
    expect(await make(2).catchUp(new Date('2026-05-15T10:00:00Z'))).toEqual([]);
    expect(runs.map((r) => r.key)).toEqual(['2026-05-04']);
  });

  it('records a failing run as failed and does not retry it', async () => {
    let calls = 0;
    const s = createScheduler({
      claims: createJobStore(db),
      jobs: { meetingDigests: async () => void (calls++, (() => { throw new Error('kapot'); })()) },
      clock: fixedClock('2026-06-01T06:00:00Z'),
      settings: settings(),
      logger: quiet,
    });
    expect(await s.runDue(new Date('2026-06-01T06:00:00Z'))).toEqual([{ job: 'meetingDigests', periodKey: '2026-06-01', status: 'failed', reason: 'kapot' }]);
    await s.runDue(new Date('2026-06-01T07:00:00Z'));
    expect(calls).toBe(1);
    const [entry] = await s.listSchedule(new Date('2026-06-01T07:00:00Z'));
    expect(entry).toMatchObject({ job: 'meetingDigests', lastRun: { periodKey: '2026-06-01', status: 'failed', error: 'kapot' }, nextRun: '2026-06-02T05:30:00.000Z', nextPeriodKey: '2026-06-02' });
  });

  it('lists each job with its last and next run, and starts and stops node-cron tasks', async () => {
    const { fn } = counting();
    const s = createScheduler({
      claims: createJobStore(db),
      jobs: { quarterlyPrompts: fn, reminders: fn, weeklyDigests: fn, meetingDigests: fn },
      clock: fixedClock('2026-03-27T12:00:00Z'),
      settings: settings({ catchUpDays: 0 }),
      logger: quiet,
    });
    const list = await s.listSchedule(new Date('2026-03-27T12:00:00Z'));
    expect(list.map((e) => [e.key, e.nextRun, e.nextPeriodKey])).toEqual([
      ['quarterly-prompts', '2026-03-30T07:00:00.000Z', '2026-03-30'],
      ['reminders', '2026-03-30T07:30:00.000Z', '2026-03-30'],
      ['weekly-digest', '2026-03-30T06:00:00.000Z', '2026-W14'],
      ['meeting-digests', '2026-03-28T06:30:00.000Z', '2026-03-28'],
    ]);
    await s.start();
    await s.stop();
    expect(() => createScheduler({ claims: createJobStore(db), jobs: { weeklyDigests: fn }, clock: fixedClock('2026-01-01T00:00:00Z'), settings: settings({ weeklyDigestCron: 'elke maandag' }), logger: quiet })).toThrow(/elke maandag/);
  });
});

/** Two instances (two connection pools, as two processes would have) racing on one database. */
async function raceTwoInstances(open: () => Promise<Db>) {
  const [dbA, dbB] = [await open(), await open()];
  try {
    await seedAgreements(dbA);
    await seedAgreements(dbA, { ...almeloDoc(), municipality: 'Borne', title: 'Prestatieafspraken Borne' });
    await person(dbA, 'Cora', [{ role: 'coordinator', municipality: 'Almelo' }], { consoleId: 'cora' });
    await person(dbA, 'Bob', [{ role: 'coordinator', municipality: 'Borne' }], { consoleId: 'bob' });
    await createMeetingStore(dbA).add({ municipality: 'Almelo', title: 'Bestuurlijk overleg', date: new Date('2026-03-24T13:00:00Z') });
    const { notifier, sent } = recordingNotifier();
    const instance = (db: Db, name: string) => {
      const clock = fixedClock('2026-03-17T06:30:00Z');
      const digests = createDigestService({ store: createDigestStore(db), meetings: createMeetingStore(db), agreements: createAgreementRepository(db), notifier, clock });
      return createScheduler({
        claims: createJobStore(db),
        jobs: {
          weeklyDigests: async (now, ctx) => void (await digests.runWeeklyDigests(now, ctx.once)),
          meetingDigests: async (now, ctx) => void (await digests.runMeetingDigests(now, ctx.once)),
        },
        clock,
        settings: settings(),
        logger: quiet,
        instance: name,
      });
    };
    const [a, b] = [instance(dbA, 'a'), instance(dbB, 'b')];
    const now = new Date('2026-03-17T06:30:00Z'); // Tuesday: Monday's weekly digest and the meeting digest are due
    const results = await Promise.all([a.catchUp(now), b.catchUp(now), a.runDue(now), b.runDue(now)]);
    const done = results.flat().filter((r) => r.status === 'done');
    expect(done.map((r) => `${r.job}:${r.periodKey}`).sort()).toEqual(['meetingDigests:2026-03-17', 'weeklyDigests:2026-W12']);
    // Sorted by kind, not by the (random) person id, so the order is stable.
    const kindOf = (s: (typeof sent)[number]) => (s.replies[0]!.data as { kind: string } | undefined)?.kind ?? '';
    expect([...sent].sort((x, y) => kindOf(x).localeCompare(kindOf(y))).map((s) => `${s.to}:${kindOf(s)}`)).toEqual([
      expect.stringMatching(/^person:.*:meeting$/),
      expect.stringMatching(/^person:.*:weekly$/),
      expect.stringMatching(/^person:.*:weekly$/),
    ]);
    const claims = await dbA.prisma.jobRun.findMany({ orderBy: [{ job: 'asc' }, { periodKey: 'asc' }] });
    expect(claims.filter((c) => c.status !== 'done')).toEqual([]);
    expect(claims).toHaveLength(5); // two job runs + two weekly units + one meeting unit
    expect(claims.map((c) => c.periodKey).filter((k) => k.includes(':')).sort()).toEqual(['2026-W12:Almelo', '2026-W12:Borne', expect.stringMatching(/^meeting:/)]);
    expect(await dbA.prisma.digestRecord.count()).toBe(3);
  } finally {
    await dbA.close();
    await dbB.close();
  }
}

describe('exactly once with two scheduler instances', () => {
  if (TEST_DATABASE_URL) {
    it('sends every digest once when two instances share one PostgreSQL', async () => {
      const temp = await createTempPostgres();
      try {
        await raceTwoInstances(() => openDatabase({ kind: 'postgres', url: temp.url }));
      } finally {
        await temp.drop();
      }
    });
  } else {
    it.skip('two instances on one PostgreSQL (TEST_DATABASE_URL is not set; the CI sets it)', () => {});
  }
});
