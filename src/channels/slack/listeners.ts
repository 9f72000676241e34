/**
 * Bolt listeners: mentions, DMs, thread follow-ups, /afspraken, buttons. Each acknowledges first (Bolt
 * acks events before listeners run), then does all its work through the work queue: a working status,
 * lookups, DB writes, the engine and the replies never run before the HTTP 200.
 */
import type { App, webApi } from '@slack/bolt';
import type { InboundMessage } from '../../core/messages.js';
import type { ConversationRefStore, Logger } from '../../core/ports.js';
import type { Converse } from './conversation-runner.js';
import { apologyReply } from './conversation-runner.js';
import { mrkdwn, parseActionId, renderReplies, renderReply, type RenderOptions, type SlackMessage } from './render-blocks.js';
import { decodeSharedReply, encodeSharedReply, SHARE_ACTION_ID } from './share-payload.js';
import { postMessages } from './slack-sender.js';
import { slackErrorName } from './slack-errors.js';
import { toInboundFiles } from './file-download.js';
import { slackTexts } from './texts.js';
import type { WorkQueue } from './work-queue.js';

export const SLASH_COMMAND = '/afspraken';
const WORKING_REACTION = 'hourglass_flowing_sand';

export interface ListenerDeps {
  converse: Converse;
  logger: Logger;
  refs?: ConversationRefStore;
  render: RenderOptions;
  /** Everything after the ack (reactions, lookups, DB writes, the engine, replies) runs through this queue. */
  queue: WorkQueue;
  now?: () => Date;
}

type WebClient = webApi.WebClient;

interface SlackMessageEvent {
  type: string;
  subtype?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  channel: string;
  channel_type?: string;
  /** A file share (subtype file_share): the files sent with the message. */
  files?: Array<{ id?: string; name?: string; title?: string; mimetype?: string; size?: number }>;
}

const blocksOf = (m: SlackMessage) => (m.blocks.length ? { blocks: m.blocks } : {});

/** Shows ⏳ on the message while we work; failures only cost the status, never the answer. */
async function withWorkingReaction<T>(client: WebClient, logger: Logger, channel: string, ts: string, show: boolean, work: () => Promise<T>): Promise<T> {
  if (show) await client.reactions.add({ channel, timestamp: ts, name: WORKING_REACTION }).catch((err: unknown) => logger.debug('slack: reaction failed', { error: slackErrorName(err) }));
  try {
    return await work();
  } finally {
    if (show) await client.reactions.remove({ channel, timestamp: ts, name: WORKING_REACTION }).catch((err: unknown) => logger.debug('slack: reaction removal failed', { error: slackErrorName(err) }));
  }
}

/** True when the bot already posted in this thread (so a reply without mention continues our conversation). */
async function botIsInThread(client: WebClient, channel: string, threadTs: string, bot: { userId?: string; botId?: string }): Promise<boolean> {
  const replies = await client.conversations.replies({ channel, ts: threadTs, limit: 200 });
  return (replies.messages ?? []).some((m) => (bot.userId && m.user === bot.userId) || (bot.botId && m.bot_id === bot.botId));
}

export function registerListeners(app: App, deps: ListenerDeps): void {
  const { converse, logger, refs, render, queue } = deps;
  const now = deps.now ?? (() => new Date());

  const inbound = (m: Omit<InboundMessage, 'channel' | 'receivedAt'>): InboundMessage => ({ channel: 'slack', receivedAt: now(), ...m });

  // A mention in a channel: answer in the thread (a new thread under the mention, or the thread it is in).
  app.event('app_mention', async ({ event, body, client, context }) => {
    if (!event.user || event.bot_id) return;
    const threadTs = event.thread_ts ?? event.ts;
    const message = inbound({ userId: event.user, conversationId: event.channel, threadId: threadTs, direct: false, text: event.text, eventId: body.event_id });
    await queue.run(() =>
      withWorkingReaction(client, logger, event.channel, event.ts, !context.retryNum, () =>
        converse(message, (replies) => postMessages(client, event.channel, renderReplies(replies, render), threadTs)),
      ),
    );
  });

  // Direct messages, and replies in a channel thread where the bot already answered.
  app.event('message', async ({ event, body, client, context }) => {
    const e = event as SlackMessageEvent;
    const files = e.subtype === 'file_share' || e.subtype === undefined ? toInboundFiles(e.files) : undefined;
    if ((e.subtype !== undefined && !files) || e.bot_id || !e.user || (!e.text && !files)) return;
    const direct = e.channel_type === 'im';
    const isThreadReply = !!e.thread_ts && e.thread_ts !== e.ts;
    // Mentions are answered by app_mention; only unmentioned follow-ups in our threads come here.
    if (!direct && (!isThreadReply || (context.botUserId && e.text?.includes(`<@${context.botUserId}>`)))) return;
    await queue.run(async () => {
      if (!direct) {
        try {
          if (!(await botIsInThread(client, e.channel, e.thread_ts!, { userId: context.botUserId, botId: context.botId }))) return;
        } catch (err) {
          logger.warn('slack: thread lookup failed', { channel: e.channel, eventId: body.event_id, error: slackErrorName(err) });
          return;
        }
      } else if (refs) {
        await refs.save({ channel: 'slack', userId: e.user!, reference: { conversationId: e.channel } }).catch((err: unknown) => logger.warn('slack: saving conversation ref failed', { userId: e.user, error: String(err) }));
      }
      const threadTs = e.thread_ts;
      const message = inbound({ userId: e.user!, conversationId: e.channel, threadId: threadTs, direct, text: e.text, eventId: body.event_id, ...(files ? { files } : {}) });
      await withWorkingReaction(client, logger, e.channel, e.ts, !context.retryNum, () =>
        converse(message, (replies) => postMessages(client, e.channel, renderReplies(replies, render), threadTs)),
      );
    });
  });

  // /afspraken <vraag>: only the asker sees the answer, with a button to share it in the channel.
  app.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
    const question = command.text.trim();
    if (!question) {
      await ack({ response_type: 'ephemeral', text: slackTexts.emptyCommand });
      return;
    }
    await ack({ response_type: 'ephemeral', text: slackTexts.workingFor(question) });
    const direct = command.channel_name === 'directmessage' || command.channel_id.startsWith('D');
    const message = inbound({
      userId: command.user_id,
      conversationId: command.channel_id,
      // Each asker gets their own follow-up context for slash questions in a channel.
      threadId: `slash:${command.user_id}`,
      direct,
      text: question,
      eventId: `slash:${command.trigger_id}`,
    });
    await queue.run(() => converse(message, async (replies) => {
      for (const reply of replies) {
        const share = reply.kind === 'answer' && !direct ? [{ id: SHARE_ACTION_ID, label: slackTexts.shareButton, value: encodeSharedReply(reply) }] : [];
        for (const m of renderReply(reply, { ...render, extraActions: share })) {
          await respond({ response_type: 'ephemeral', replace_original: false, text: m.text, ...blocksOf(m) });
        }
      }
    }));
  });

  // "Deel in kanaal": post the shared answer publicly, then replace the private copy.
  app.action(SHARE_ACTION_ID, async ({ ack, body, action, client, respond }) => {
    await ack();
    const b = body as { channel?: { id?: string }; user: { id: string } };
    const reply = decodeSharedReply((action as { value?: string }).value);
    const channel = b.channel?.id;
    if (!reply || !channel) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: apologyReply.text }).catch((err: unknown) => logger.warn('slack: respond failed', { error: slackErrorName(err) }));
      return;
    }
    const messages = renderReply(reply, render);
    const intro = { type: 'context', elements: [mrkdwn(slackTexts.sharedBy(b.user.id))] };
    if (messages[0]!.blocks.length < 50) messages[0]!.blocks.unshift(intro);
    try {
      await queue.run(async () => {
        await postMessages(client, channel, messages);
        await respond({ replace_original: true, text: slackTexts.shared });
      });
    } catch (err) {
      logger.warn('slack: share failed', { channel, userId: b.user.id, error: slackErrorName(err) });
      await respond({ response_type: 'ephemeral', replace_original: false, text: slackTexts.shareFailed(slackErrorName(err)) }).catch(() => undefined);
    }
  });

  // Every other button (👍/👎, progress form): hand the action id to the engine.
  app.action(/^(?!slack:share$)/, async ({ ack, body, action, client, respond }) => {
    await ack();
    if (body.type !== 'block_actions') return;
    const a = action as { action_id: string; action_ts?: string; value?: string; selected_option?: { value: string } };
    const channel = body.channel?.id;
    const userId = body.user.id;
    const inEphemeral = !!(body.container as { is_ephemeral?: boolean } | undefined)?.is_ephemeral;
    const threadTs = (body.message as { thread_ts?: string } | undefined)?.thread_ts;
    const direct = !!channel?.startsWith('D');
    const message = inbound({
      userId,
      conversationId: channel ?? userId,
      threadId: threadTs,
      direct,
      action: { id: parseActionId(a.action_id), value: a.value ?? a.selected_option?.value },
      eventId: `action:${a.action_ts ?? body.trigger_id}:${userId}`,
    });
    await queue.run(() => converse(message, async (replies) => {
      for (const reply of replies) {
        for (const m of renderReply(reply, render)) {
          if (inEphemeral) await respond({ response_type: 'ephemeral', replace_original: false, text: m.text, ...blocksOf(m) });
          else if (reply.ephemeral && channel && !direct)
            await client.chat.postEphemeral({ channel, user: userId, text: m.text, ...blocksOf(m), ...(threadTs ? { thread_ts: threadTs } : {}) });
          else await postMessages(client, direct && channel ? channel : await openDm(client, userId), [m], direct ? threadTs : undefined);
        }
      }
    }));
  });
}

async function openDm(client: WebClient, userId: string): Promise<string> {
  const opened = await client.conversations.open({ users: userId });
  if (!opened.channel?.id) throw new Error('conversations.open gaf geen kanaal terug');
  return opened.channel.id;
}
