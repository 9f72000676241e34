import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../src/channels/slack/slack-adapter.js';
import { ChannelError } from '../../src/core/errors.js';
import type { ChannelSender, ConversationEngine } from '../../src/core/ports.js';
import { startFakeSlackApi, type FakeSlackApi } from '../helpers/fake-slack-api.js';
import { silentLogger } from './harness.js';

const engine = { handle: async () => [] } satisfies ConversationEngine;
let fake: FakeSlackApi;
let sender: ChannelSender;

beforeAll(async () => {
  fake = await startFakeSlackApi();
  const adapter = createSlackAdapter({ config: { botToken: 'xoxb-test', mode: 'http', signingSecret: 's3cret', apiUrl: fake.apiUrl }, engine, logger: silentLogger });
  sender = adapter.sender!;
});
afterAll(async () => {
  await fake?.close();
});

describe('Slack proactive sender', () => {
  it('opens a DM with the user and posts the message there', async () => {
    await sender.send({ channel: 'slack', userId: 'U0REPORTER', reference: null }, [{ text: 'Het is tijd voor je **kwartaalrapportage**.' }]);
    expect(fake.callsTo('conversations.open').at(-1)!.body).toMatchObject({ users: 'U0REPORTER' });
    const post = fake.callsTo('chat.postMessage').at(-1)!;
    expect(post.body).toMatchObject({ channel: 'D0REPORTER' });
    expect(JSON.stringify(post.body.blocks)).toContain('*kwartaalrapportage*');
  });

  it('posts in a channel when the reference names a conversation', async () => {
    const opened = fake.callsTo('conversations.open').length;
    await sender.send({ channel: 'slack', userId: 'C0ALMELO', reference: { conversationId: 'C0ALMELO' } }, [{ text: 'Weekdigest' }]);
    expect(fake.callsTo('conversations.open')).toHaveLength(opened);
    expect(fake.callsTo('chat.postMessage').at(-1)!.body).toMatchObject({ channel: 'C0ALMELO', text: 'Weekdigest' });
  });

  it.each([
    ['channel_not_found', 'not_found'],
    ['not_authed', 'unauthorized'],
    ['missing_scope', 'forbidden'],
    ['not_in_channel', 'forbidden'],
  ])('turns Slack error %s into ChannelError %s', async (slackError, code) => {
    fake.failNext('chat.postMessage', { error: slackError });
    const err = await sender.send({ channel: 'slack', userId: 'C0X', reference: { conversationId: 'C0X' } }, [{ text: 'x' }]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChannelError);
    expect(err).toMatchObject({ code, message: expect.stringContaining(slackError) });
  });

  it('turns an HTTP 403 (after the WebClient gave up retrying) into ChannelError forbidden', async () => {
    for (let i = 0; i < 6; i++) fake.failNext('conversations.open', { status: 403, error: 'forbidden' });
    const err = await sender.send({ channel: 'slack', userId: 'U0NOPE', reference: null }, [{ text: 'x' }]).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'ChannelError', code: 'forbidden' });
  });
});

describe('Slack adapter modes', () => {
  it('builds for Socket Mode without HTTP routes (connecting needs Slack itself)', () => {
    const adapter = createSlackAdapter({ config: { botToken: 'xoxb-test', mode: 'socket', appToken: 'xapp-1-test' }, engine, logger: silentLogger });
    expect(adapter.name).toBe('slack');
    expect(adapter.routes).toEqual([]);
    expect(typeof adapter.start).toBe('function');
    expect(adapter.sender?.channel).toBe('slack');
  });

  it('serves POST /slack/events in HTTP mode', () => {
    const adapter = createSlackAdapter({ config: { botToken: 'xoxb-test', mode: 'http', signingSecret: 's3cret', apiUrl: fake.apiUrl }, engine, logger: silentLogger });
    expect(adapter.routes.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /slack/events']);
  });
});
