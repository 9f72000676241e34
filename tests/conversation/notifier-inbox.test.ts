import { describe, expect, it } from 'vitest';
import { createNotifier, type OutboxPort } from '../../src/conversation/notifier.js';
import type { DirectoryLookup, Person } from '../../src/core/people.js';
import type { ConversationRefStore } from '../../src/core/ports.js';

const signedIn: Person = { id: 'p-1', name: 'Eva Entra', email: 'eva@gemeente.example', slackUserId: null, teamsUserId: null, consoleId: null, roles: [] };
const noEmail: Person = { ...signedIn, id: 'p-2', email: null };

function setup(inboxByEmail: boolean) {
  const recorded: Array<{ channel: string; recipient: string; kind: string }> = [];
  const directory = {
    findByChannelUser: async () => null,
    getPerson: async (id: string) => [signedIn, noEmail].find((p) => p.id === id) ?? null,
    listPeople: async () => [signedIn, noEmail],
  } satisfies DirectoryLookup;
  const refs = { save: async () => undefined, get: async () => null } satisfies ConversationRefStore;
  const outbox = { record: async (m) => void recorded.push(m) } satisfies OutboxPort;
  const logger = { debug() {}, info() {}, warn() {}, error() {} };
  return { recorded, notifier: createNotifier({ directory, refs, outbox, delivery: { send: async () => ({ state: 'failed', error: 'geen kanaal' }) as never }, senders: [], logger, inboxByEmail }) };
}

describe('console inbox for people who sign in by e-mail', () => {
  it('keeps a prompt in the inbox of someone without a console id when the console signs in by e-mail', async () => {
    const { recorded, notifier } = setup(true);
    const result = await notifier.notify('p-1', [{ text: 'Voortgang Q3 2026' }], 'progress-prompt');
    expect(result).toMatchObject({ delivered: true, channels: ['web'] });
    expect(recorded).toEqual([expect.objectContaining({ channel: 'web', recipient: 'p-1', kind: 'progress-prompt' })]);
  });

  it('does not count the inbox for someone who cannot sign in to read it', async () => {
    const local = setup(false);
    expect((await local.notifier.notify('p-1', [{ text: 'x' }], 'progress-prompt')).delivered).toBe(false);
    const oidc = setup(true);
    expect((await oidc.notifier.notify('p-2', [{ text: 'x' }], 'progress-prompt')).delivered).toBe(false);
    expect([...local.recorded, ...oidc.recorded]).toEqual([]);
  });
});
