/**
 * The outbox on the real database: every proactive message is a row before it is sent; a failure that may
 * pass is tried again with growing waits and given up after the last try, a refusal at once; a key makes
 * a message go to each recipient once. `schedule` and the dashboard show what failed or waits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDeliveryLines, runStatusText } from '../../src/channels/cli/schedule.js';
import { renderDeliveryPart } from '../../src/channels/web/pages/delivery-part.js';
import { ChannelError } from '../../src/core/errors.js';
import type { ConversationRef, Reply } from '../../src/core/messages.js';
import type { ChannelSender, Clock, Logger } from '../../src/core/ports.js';
import { backoffMs, createDelivery } from '../../src/conversation/delivery.js';
import { createNotifier } from '../../src/conversation/notifier.js';
import { createConversationRefStore } from '../../src/storage/conversation-store.js';
import { createDirectoryRepository } from '../../src/storage/directory-repository.js';
import { createOutboxStore } from '../../src/storage/outbox-store.js';
import { openTempDb } from '../helpers/temp-db.js';

const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };
const BASE = 60_000;

/** A Slack sender whose answers the test scripts: ok, or a ChannelError of some code. */
function scriptedSender() {
  const script: Array<'ok' | ConstructorParameters<typeof ChannelError>[0]> = [];
  const sends: string[] = [];
  const sender = {
    channel: 'slack' as const,
    async send(to: ConversationRef, replies: Reply[]) {
      const next = script.shift() ?? 'ok';
      sends.push(`${(to.reference as { conversationId?: string } | null)?.conversationId ?? to.userId}:${replies[0]?.text}`);
      if (next !== 'ok') throw new ChannelError(next, `Slack-bericht: ${next === 'rate_limited' ? 'ratelimited' : 'channel_not_found'}`);
    },
  } satisfies ChannelSender;
  return { sender, script, sends };
}

let db: Awaited<ReturnType<typeof openTempDb>>;
let now = new Date('2026-03-16T08:00:00Z');
const clock: Clock = { now: () => new Date(now) };
const slack = scriptedSender();
const outbox = () => createOutboxStore(db, () => clock.now());
const delivery = () => createDelivery({ outbox: outbox(), senders: [slack.sender], owner: 'me', clock, logger: quiet, settings: { sendLeaseMs: 30_000, retryBaseMs: BASE, maxAttempts: 3 } });
const notifier = () =>
  createNotifier({ directory: createDirectoryRepository(db), refs: createConversationRefStore(db), outbox: outbox(), delivery: delivery(), senders: [slack.sender], logger: quiet });

beforeAll(async () => {
  db = await openTempDb();
});
afterAll(async () => db?.cleanup());

describe('the outbox', () => {
  it('retries a rate-limited send with growing waits and gives up after the last try', async () => {
    slack.script.push('rate_limited', 'rate_limited', 'rate_limited');
    const first = await notifier().post('slack', 'C0RETRY', [{ text: 'Weekdigest Almelo' }], 'digest', { key: 'weekly-digest:2026-W12:Almelo' });
    expect(first.delivered).toBe(false);
    expect(first.failures).toEqual([expect.stringMatching(/^slack: .*ratelimited \(nieuwe poging om 16 mrt 2026 09:01\)$/)]);
    const row = () => db.prisma.outboundMessage.findUniqueOrThrow({ where: { dedupeKey: 'weekly-digest:2026-W12:Almelo:slack:C0RETRY' } });
    expect(await row()).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: new Date(now.getTime() + BASE) });

    // Not before its time; then the second try waits four times as long, the third is the last.
    expect(await delivery().deliverDue()).toBe(0);
    now = new Date(now.getTime() + BASE);
    expect(await delivery().deliverDue()).toBe(1);
    expect(await row()).toMatchObject({ status: 'pending', attempts: 2, nextAttemptAt: new Date(now.getTime() + 4 * BASE) });
    now = new Date(now.getTime() + 4 * BASE);
    expect(await delivery().deliverDue()).toBe(1);
    expect(await row()).toMatchObject({ status: 'failed', attempts: 3, nextAttemptAt: null, error: expect.stringContaining('ratelimited') });
    now = new Date(now.getTime() + 100 * BASE);
    expect(await delivery().deliverDue()).toBe(0);
    expect(slack.sends.filter((s) => s.startsWith('C0RETRY'))).toHaveLength(3);
    expect(backoffMs(5, BASE)).toBe(4 ** 4 * BASE);
  });

  it('delivers on a later try, and a key never sends the same message twice', async () => {
    slack.script.push('unavailable');
    await notifier().post('slack', 'C0LATER', [{ text: 'Weekdigest Borne' }], 'digest', { key: 'weekly-digest:2026-W12:Borne' });
    now = new Date(now.getTime() + BASE);
    expect(await delivery().deliverDue()).toBe(1);
    const again = await notifier().post('slack', 'C0LATER', [{ text: 'Weekdigest Borne' }], 'digest', { key: 'weekly-digest:2026-W12:Borne' });
    expect(again).toMatchObject({ delivered: true, channels: ['slack'], failures: [] });
    expect(slack.sends.filter((s) => s.startsWith('C0LATER'))).toHaveLength(2);
    expect(await db.prisma.outboundMessage.findFirst({ where: { recipient: 'C0LATER' } })).toMatchObject({ status: 'sent', attempts: 2, error: null });
  });

  it('takes a refusal (unknown channel) as final at once', async () => {
    slack.script.push('not_found');
    const r = await notifier().post('slack', 'C0GONE', [{ text: 'Digest' }], 'digest');
    expect(r.failures).toEqual(['slack: Slack-bericht: channel_not_found']);
    expect(await db.prisma.outboundMessage.findFirst({ where: { recipient: 'C0GONE' } })).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('keeps the console inbox: one row per key, newest first', async () => {
    const person = await db.prisma.person.create({ data: { name: 'Carla', consoleId: 'carla' } });
    await notifier().notify(person.id, [{ text: 'Eerste' }], 'digest', { key: 'k:1' });
    await notifier().notify(person.id, [{ text: 'Eerste' }], 'digest', { key: 'k:1' });
    now = new Date(now.getTime() + 1000);
    await notifier().notify(person.id, [{ text: 'Tweede' }], 'digest');
    expect((await outbox().inbox('web', 'carla')).map((m) => m.text)).toEqual(['Tweede', 'Eerste']);
  });

  it('shows failed and waiting sends in `schedule` and on the dashboard, in Dutch and local time', async () => {
    slack.script.push('rate_limited');
    await notifier().post('slack', 'C0WAIT', [{ text: 'Digest' }], 'digest');
    const [counts, problems] = [await outbox().counts(), await outbox().problems()];
    expect(counts).toMatchObject({ failed: 2, pending: 1 });
    const lines = formatDeliveryLines(counts, problems, 'Europe/Amsterdam');
    expect(lines[0]).toMatch(/^Verzending: \d+ verstuurd, 1 in de wachtrij \(1 na een fout\), 0 bezig, 2 mislukt\.$/);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}! mislukt {2}slack C0GONE \(digest, 1 poging\): Slack-bericht: channel_not_found$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}… opnieuw \d+ mrt 2026 \d\d:\d\d {2}slack C0WAIT \(digest, 1 poging\): .*ratelimited$/));
    const html = renderDeliveryPart({ counts, problems: [...problems, { ...problems[0]!, error: '<script>alert(1)</script>' }] }).value;
    expect(html).toContain('Verzending');
    expect(html).toContain('Nieuwe poging');
    expect(html).toContain('channel_not_found');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('says in `schedule` when a running job has lost its owner', () => {
    const run = { periodKey: '2026-W12', at: '2026-03-16T07:00:00Z', status: 'running', error: null, instance: 'host:12:ab', finishedAt: null, attempts: 1 };
    const t = new Date('2026-03-16T07:05:00Z');
    expect(runStatusText({ ...run, leaseUntil: '2026-03-16T07:06:00Z' }, t, 'Europe/Amsterdam')).toBe('loopt (host:12:ab, vastgehouden tot 16 mrt 2026 08:06)');
    expect(runStatusText({ ...run, leaseUntil: '2026-03-16T07:01:00Z' }, t, 'Europe/Amsterdam')).toMatch(/reageert niet meer: een instantie neemt het over/);
    expect(runStatusText({ ...run, status: 'done', attempts: 2, leaseUntil: null }, t, 'Europe/Amsterdam')).toBe('klaar (na overname, 2 pogingen)');
  });
});
