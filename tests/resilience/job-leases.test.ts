/**
 * Jobs as leases, on the real stores: a claim whose owner died is taken over once its lease ran out (not
 * before, and never while a heartbeat renews it), and a weekly digest run cut off mid-send is resumed by
 * another instance so every recipient gets the digest once — the one in flight at the cut at most twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationRef, Reply } from '../../src/core/messages.js';
import type { ChannelSender, Clock, Logger } from '../../src/core/ports.js';
import { createDelivery } from '../../src/conversation/delivery.js';
import { createNotifier } from '../../src/conversation/notifier.js';
import { createDigestService } from '../../src/digests/digest-service.js';
import { createScheduler } from '../../src/scheduler/scheduler.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { createConversationRefStore } from '../../src/storage/conversation-store.js';
import { openDatabase, type Db } from '../../src/storage/database.js';
import { createDigestStore } from '../../src/storage/digest-store.js';
import { createDirectoryRepository } from '../../src/storage/directory-repository.js';
import { createJobStore } from '../../src/storage/job-store.js';
import { createLeaseStore } from '../../src/storage/leases.js';
import { createMeetingStore } from '../../src/storage/meeting-store.js';
import { createOutboxStore } from '../../src/storage/outbox-store.js';
import { almeloDoc, seedAgreements } from '../digests/seed.js';
import { createTempPostgres, TEST_DATABASE_URL } from '../helpers/postgres.js';
import { openTempDb } from '../helpers/temp-db.js';

const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };
const LEASE = 10_000;
const at = (iso: string, plusMs = 0) => new Date(new Date(iso).getTime() + plusMs);

function movableClock(iso: string): Clock & { set(d: Date): void } {
  let now = new Date(iso);
  return { now: () => new Date(now), set: (d) => void (now = d) };
}

// One embedded database for the file (creating one costs seconds); the claim tests use their own job name.
let db: Awaited<ReturnType<typeof openTempDb>>;
beforeAll(async () => {
  db = await openTempDb();
});
afterAll(async () => db?.cleanup());

describe('job claims as leases', () => {
  it('lets another owner take a running claim only after its lease ran out, and never a finished one', async () => {
    const jobs = createJobStore(db);
    const t0 = '2026-03-16T07:00:00Z';
    const id = await jobs.claim('lease-test', '2026-W12', 'a', at(t0), at(t0, LEASE));
    expect(id).toBeTruthy();
    expect(await jobs.claim('lease-test', '2026-W12', 'b', at(t0, LEASE - 1), at(t0, 2 * LEASE))).toBeNull();
    // A's process died: its lease ran out, and B takes the very same run over.
    expect(await jobs.claim('lease-test', '2026-W12', 'b', at(t0, LEASE + 1), at(t0, 2 * LEASE + 1))).toBe(id);
    expect(await jobs.holds(id!, 'a')).toBe(false);
    expect(await jobs.holds(id!, 'b')).toBe(true);
    expect(await jobs.get('lease-test', '2026-W12')).toMatchObject({ instance: 'b', attempts: 2, status: 'running' });
    await jobs.finish(id!, { status: 'done', at: at(t0, LEASE + 2) });
    expect(await jobs.claim('lease-test', '2026-W12', 'c', at(t0, 10 * LEASE), at(t0, 11 * LEASE))).toBeNull();
  });

  it('keeps a claim whose owner is alive: the heartbeat renews the lease', async () => {
    const jobs = createJobStore(db);
    const leases = createLeaseStore(db);
    const t0 = '2026-03-23T07:00:00Z';
    const id = await jobs.claim('lease-test', '2026-W13', 'alive', at(t0), at(t0, LEASE));
    expect(await leases.extend('alive', at(t0, LEASE / 2), at(t0, LEASE / 2 + LEASE))).toBeGreaterThanOrEqual(1);
    expect(await jobs.claim('lease-test', '2026-W13', 'other', at(t0, LEASE + 1), at(t0, 2 * LEASE))).toBeNull();
    expect(await jobs.holds(id!, 'alive')).toBe(true);
    // A graceful stop releases it: another instance may go on at once.
    await leases.release('alive', at(t0, LEASE + 2));
    expect(await jobs.claim('lease-test', '2026-W13', 'other', at(t0, LEASE + 3), at(t0, 2 * LEASE))).toBe(id);
    await jobs.finish(id!, { status: 'done', at: at(t0, LEASE + 4) });
  });
});

/** A Slack sender that records who got what, and never returns from send number `hangOn` (the crash). */
function recordingSender(hangOn?: number) {
  const sends: string[] = [];
  let hung = false;
  const sender = {
    channel: 'slack' as const,
    async send(to: ConversationRef, replies: Reply[]) {
      const conversation = (to.reference as { conversationId?: string } | null)?.conversationId;
      sends.push(`${conversation ?? to.userId}:${replies[0]?.kind}`);
      if (sends.length === hangOn) {
        hung = true;
        await new Promise(() => undefined);
      }
    },
  } satisfies ChannelSender;
  return { sender, sends, isHung: () => hung };
}

/** One instance of the bot's digest run, as main.ts wires it, on its own connection pool. */
function instance(db: Db, name: string, clock: Clock, sender: ChannelSender) {
  const outbox = createOutboxStore(db, () => clock.now());
  const senders = [sender];
  const delivery = createDelivery({ outbox, senders, owner: name, clock, logger: quiet, settings: { sendLeaseMs: 3 * LEASE, retryBaseMs: 60_000, maxAttempts: 3 } });
  const notifier = createNotifier({ directory: createDirectoryRepository(db), refs: createConversationRefStore(db), outbox, delivery, senders, logger: quiet });
  const digests = createDigestService({ store: createDigestStore(db), meetings: createMeetingStore(db), agreements: createAgreementRepository(db), notifier, clock });
  return createScheduler({
    claims: createJobStore(db),
    jobs: { weeklyDigests: async (_now, ctx) => void (await digests.runWeeklyDigests(ctx.scheduledFor, ctx.once, ctx.periodKey)) },
    clock,
    settings: { timezone: 'Europe/Amsterdam', weeklyDigestCron: '0 8 * * 1', catchUpDays: 7 },
    logger: quiet,
    instance: name,
    leaseMs: LEASE,
  });
}

async function seed(db: Db) {
  await seedAgreements(db);
  await seedAgreements(db, { ...almeloDoc(), municipality: 'Borne', title: 'Prestatieafspraken Borne' });
  const coordinator = (name: string, municipality: string, slackUserId: string) =>
    db.prisma.person.create({ data: { name, slackUserId, roles: { create: [{ role: 'coordinator', municipality }] } } });
  for (const [name, m, id] of [
    ['Cora', 'Almelo', 'U0CORA'],
    ['Dirk', 'Almelo', 'U0DIRK'],
    ['Els', 'Almelo', 'U0ELS'],
    ['Bob', 'Borne', 'U0BOB'],
    ['Bea', 'Borne', 'U0BEA'],
  ] as const)
    await coordinator(name, m, id);
  const settings = createDigestStore(db);
  await settings.setSetting('Almelo', { slackChannel: 'C0ALMELO' });
  await settings.setSetting('Borne', { slackChannel: 'C0BORNE' });
}

const RECIPIENTS = ['C0ALMELO', 'U0CORA', 'U0DIRK', 'U0ELS', 'C0BORNE', 'U0BOB', 'U0BEA'];

/** Instance A dies on its third send; B, on another connection, resumes the run once the leases ran out. */
async function resumeAfterCrash(dbA: Db, dbB: Db) {
  await seed(dbA);
  const tuesday = '2026-03-17T06:30:00Z'; // Monday 16 March 08:00 (2026-W12) is due
  const a = recordingSender(3);
  const clockA = movableClock(tuesday);
  void instance(dbA, 'a', clockA, a.sender).runDue(clockA.now());
  for (let i = 0; i < 500 && !a.isHung(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(a.isHung(), JSON.stringify(a.sends)).toBe(true);

  const b = recordingSender();
  const clockB = movableClock(tuesday);
  const scheduler = instance(dbB, 'b', clockB, b.sender);
  // While A's leases hold, B leaves the run alone.
  expect(await scheduler.runDue(clockB.now())).toEqual([{ job: 'weeklyDigests', periodKey: '2026-W12', status: 'skipped', reason: 'al geclaimd' }]);
  expect(b.sends).toEqual([]);
  // A never renews its leases again (it is dead): after the longest one (a send in flight) B goes on.
  clockB.set(at(tuesday, 3 * LEASE + 1_000));
  expect(await scheduler.runDue(clockB.now())).toEqual([{ job: 'weeklyDigests', periodKey: '2026-W12', status: 'done' }]);

  const all = [...a.sends, ...b.sends].map((s) => s.split(':')[0]!);
  const count = (r: string) => all.filter((x) => x === r).length;
  const inFlight = a.sends[2]!.split(':')[0]!;
  for (const r of RECIPIENTS) {
    if (r === inFlight) expect(count(r), r).toBeGreaterThanOrEqual(1);
    else expect(count(r), r).toBe(1);
  }
  expect(count(inFlight)).toBeLessThanOrEqual(2);
  // Those A had sent before it died did not get it again.
  for (const done of a.sends.slice(0, 2)) expect(b.sends).not.toContain(done);
  // Channels hear that the digest went out; the coordinators get the digest itself.
  expect(a.sends.concat(b.sends).every((s) => (s.startsWith('C0') ? s.endsWith(':digest-notice') : s.endsWith(':digest')))).toBe(true);

  const runs = await dbB.prisma.jobRun.findMany({ where: { job: 'weekly-digest' } });
  expect(runs.map((r) => [r.periodKey, r.status]).sort()).toEqual([
    ['2026-W12', 'done'],
    ['2026-W12:Almelo', 'done'],
    ['2026-W12:Borne', 'done'],
  ]);
  expect(runs.find((r) => r.periodKey === '2026-W12')).toMatchObject({ instance: 'b', attempts: 2 });
  expect(await dbB.prisma.digestRecord.count()).toBe(2);
  const outbox = await dbB.prisma.outboundMessage.findMany();
  expect(outbox.map((m) => m.status)).toEqual(RECIPIENTS.map(() => 'sent'));
  expect(outbox.find((m) => m.recipient === inFlight)?.attempts).toBe(2);
}

describe('a weekly digest cut off mid-send', () => {
  it('is resumed by another instance: each recipient once, the one in flight at most twice (embedded database)', async () => {
    await resumeAfterCrash(db, db);
  });

  if (TEST_DATABASE_URL) {
    it('is resumed by another instance on the same PostgreSQL', async () => {
      const temp = await createTempPostgres();
      const [dbA, dbB] = [await openDatabase({ kind: 'postgres', url: temp.url }), await openDatabase({ kind: 'postgres', url: temp.url })];
      try {
        await resumeAfterCrash(dbA, dbB);
      } finally {
        await dbA.close();
        await dbB.close();
        await temp.drop();
      }
    });
  } else {
    it.skip('is resumed on PostgreSQL (TEST_DATABASE_URL is not set; the CI sets it)', () => {});
  }
});
