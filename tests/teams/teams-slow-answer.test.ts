import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageHandler } from '../../src/core/people.js';
import { fixture, startTeamsHarness, type TeamsHarness } from './harness.js';

describe('teams adapter with a slow answer', () => {
  let h: TeamsHarness;
  const slow: MessageHandler = {
    name: 'slow',
    handle: async (m) => (m.text === 'traag' ? new Promise((resolve) => setTimeout(() => resolve([{ text: 'Eindelijk klaar.' }]), 400)) : null),
  };

  beforeAll(async () => {
    h = await startTeamsHarness({ handlers: [slow], ackAfterMs: 50 });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('acknowledges the request after typing and sends the answer when it is ready', async () => {
    const res = await h.post(fixture('message-personal', { serviceUrl: h.connector.url }, { id: 'slow-1', text: 'traag' }));
    expect(res.status).toBe(200);
    expect(h.connector.activities().map((c) => c.body.type)).toEqual(['typing']);
    const answer = await h.connector.waitFor((c) => c.kind === 'activity' && c.body.type === 'message');
    expect(answer.body.text).toBe('Eindelijk klaar.');
  });
});
