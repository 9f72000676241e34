import { readFileSync } from 'node:fs';
import type { InboundMessage, Reply } from '../../src/core/messages.js';
import type { Notifier, NotifyResult } from '../../src/core/people.js';
import type { Clock } from '../../src/core/ports.js';
import { createProgressHandler } from '../../src/progress/progress-handler.js';
import { createProgressService } from '../../src/progress/progress-service.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import type { Db } from '../../src/storage/database.js';
import { createDirectoryRepository } from '../../src/storage/directory-repository.js';
import { createProgressStore } from '../../src/storage/progress-store.js';
import { almelo2018, almelo2026, almere2025 } from '../fixtures/progress/documents.js';
import { repoPath } from '../helpers/temp-db.js';

export const settings = {
  enabled: false,
  timezone: 'Europe/Amsterdam',
  promptWorkingDaysBeforeEnd: 10,
  reminderAfterWorkingDays: 5,
  reminderMax: 2,
  weeklyDigestCron: '0 8 * * 1',
  meetingDigestWorkingDays: 5,
  catchUpDays: 7,
};

export interface Sent {
  personId: string;
  kind: string;
  replies: Reply[];
}

/** A notifier that records what it was asked to send and sends nothing. */
export function createRecordingNotifier(unreachable: Set<string> = new Set()) {
  const sent: Sent[] = [];
  const notifier = {
    async notify(personId: string, replies: Reply[], kind: string): Promise<NotifyResult> {
      if (unreachable.has(personId)) return { delivered: false, channels: [], failures: ['geen kanaal bekend voor deze persoon'] };
      sent.push({ personId, kind, replies });
      return { delivered: true, channels: ['web'], failures: [] };
    },
    async post(): Promise<NotifyResult> {
      return { delivered: true, channels: ['web'], failures: [] };
    },
  } satisfies Notifier;
  return { notifier, sent, unreachable };
}

export function createTestClock(start: string): Clock & { set(iso: string): void } {
  let current = new Date(start);
  return {
    now: () => current,
    set(iso: string) {
      current = new Date(iso);
    },
  };
}

export async function seedDocuments(db: Db): Promise<void> {
  const agreements = createAgreementRepository(db);
  await agreements.saveDocument(almelo2018, { sourceName: 'almelo-2018.txt', format: 'txt', contentHash: 'h2018' });
  await agreements.saveDocument(almelo2026, { sourceName: 'almelo-2026.txt', format: 'txt', contentHash: 'h2026' });
  await agreements.saveDocument(almere2025, { sourceName: 'almere.txt', format: 'txt', contentHash: 'halmere' });
}

/** Builds everything progress needs on a database, the way main.ts will. */
export function buildProgress(db: Db, clock: Clock, notifier: Notifier) {
  const directory = createDirectoryRepository(db);
  const service = createProgressService({ agreements: createAgreementRepository(db), directory, store: createProgressStore(db), notifier, clock, settings });
  const handler = createProgressHandler(service);
  const message = (userId: string, input: { text?: string; action?: string }): InboundMessage => ({
    channel: 'web',
    userId,
    conversationId: `console:${userId}`,
    direct: true,
    text: input.text,
    action: input.action ? { id: input.action } : undefined,
    receivedAt: clock.now(),
  });
  /** Sends a message as the engine would: looks the person up, then asks the handler. */
  async function send(userId: string, input: { text?: string; action?: string }): Promise<Reply[] | null> {
    const person = await directory.findByChannelUser('web', userId);
    return handler.handle(message(userId, input), { person, now: clock.now() });
  }
  return {
    directory,
    service,
    handler,
    say: (userId: string, text: string) => send(userId, { text }),
    click: (userId: string, action: string) => send(userId, { action }),
  };
}

export const exampleYaml = () => readFileSync(repoPath('examples/directory.yaml'), 'utf8');
export const exampleCsv = () => readFileSync(repoPath('examples/directory.csv'), 'utf8');

export const texts = (replies: Reply[] | null) => (replies ?? []).map((r) => r.text).join('\n---\n');
/** The button of a reply whose id or label matches. */
export function button(replies: Reply[] | null, pattern: RegExp): string {
  const action = (replies ?? []).flatMap((r) => r.actions ?? []).find((a) => pattern.test(a.id) || pattern.test(a.label));
  if (!action) throw new Error(`no button matching ${pattern} in ${JSON.stringify(replies?.map((r) => r.actions))}`);
  return action.id;
}
