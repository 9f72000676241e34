/**
 * Bolt listeners: mentions, DMs, thread follow-ups, /afspraken, buttons. Each acknowledges first (Bolt
 * acks events before listeners run), records the event right away (so a crash while it waits in the queue
 * loses nothing and a retry of an answered event is dropped), then does its work through the work queue:
 * a working status, lookups, the engine and the replies never run before the HTTP 200.
 */
import type { App, webApi } from '@slack/bolt';
import type { InboundMessage } from '../../core/messages.js';
import type { ConversationRefStore, Logger, ReceiptStatus } from '../../core/ports.js';
import type { Converse, Receive } from './conversation-runner.js';
import { apologyReply } from './conversation-runner.js';
import { mrkdwn, parseActionId, renderReplies, renderReply, type RenderOptions, type SlackMessage } from './render-blocks.js';
import { deliverInGroup } from './private-delivery.js';
import { decodeSharedReply, encodeSharedReply, SHARE_ACTION_ID } from './share-payload.js';
import { postMessages, WORKING_REACTION } from './slack-sender.js';
import { slackErrorName } from './slack-errors.js';
import { toInboundFiles } from './file-download.js';
import { slackTexts } from './texts.js';
import type { WorkQueue } from './work-queue.js';

export const SLASH_COMMAND = '/afspraken';

export interface ListenerDeps {
  converse: Converse;
  /** Records an event before it is queued; 'duplicate' means answered or being answered. */
  receive: Receive;
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

/**
 * ⏳ on the message while we work: added only on a first delivery (a retry or a late answer adds nothing),
 * removed afterwards — also when it was left by a worker that crashed. Failures only cost the status.
 */
function workingStatus(receipt: ReceiptStatus, retryNum: number | undefined) {
  const add = receipt === 'new' && !retryNum;
  return { add, remove: add || receipt === 'resumed' };
}

async function withWorkingReaction<T>(client: WebClient, logger: Logger, channel: string, ts: string, status: { add: boolean; remove: boolean }, work: () => Promise<T>): Promise<T> {
  if (status.add) await client.reactions.add({ channel, timestamp: ts, name: WORKING_REACTION }).catch((err: unknown) => logger.debug('slack: reaction failed', { error: slackErrorName(err) }));
  try {
    return await work();
  } finally {
    if (status.remove) await client.reactions.remove({ channel, timestamp: ts, name: WORKING_REACTION }).catch((err: unknown) => logger.debug('slack: reaction removal failed', { error: slackErrorName(err) }));
  }
}

/** True when the bot already posted in this thread (so a reply without mention continues our conversation). */
async function botIsInThread(client: WebClient, channel: string, threadTs: string, bot: { userId?: string; botId?: string }): Promise<boolean> {
  const replies = await client.conversations.replies({ channel, ts: threadTs, limit: 200 });
  return (replies.messages ?? []).some((m) => (bot.userId && m.user === bot.userId) || (bot.botId && m.bot_id === bot.botId));
}

export function registerListeners(app: App, deps: ListenerDeps): void {
  const { converse, receive, logger, refs, render, queue } = deps;
  const now = deps.now ?? (() => new Date());

  const inbound = (m: Omit<InboundMessage, 'channel' | 'receivedAt'>): InboundMessage => ({ channel: 'slack', receivedAt: now(), ...m });

  // A mention in a channel: answer in the thread (a new thread under the mention, or the thread it is in).
  app.event('app_mention', async ({ event, body, client, context }) => {
    if (!event.user || event.bot_id) return;
    const threadTs = event.thread_ts ?? event.ts;
    // Without the leading @mention, so every handler reads "digest Almelo" as typed (Teams strips it too).
    const text = event.text.replace(new RegExp(`^\\s*<@${context.botUserId ?? '[UW][A-Z0-9]+'}>[\\s,:]*`), '');
    const message = inbound({ userId: event.user, conversationId: event.channel, threadId: threadTs, direct: false, text, eventId: body.event_id });
    const receipt = await receive(message, { conversationId: event.channel, threadId: threadTs, messageTs: event.ts });
    if (receipt === 'duplicate') return;
    await queue.run(() =>
      withWorkingReaction(client, logger, event.channel, event.ts, workingStatus(receipt, context.retryNum), () =>
        converse(message, (replies) => deliverInGroup(client, logger, { channel: event.channel, threadTs, userId: event.user! }, replies, render)),
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
    const threadTs = e.thread_ts;
    const message = inbound({ userId: e.user, conversationId: e.channel, threadId: threadTs, direct, text: e.text ?? '', eventId: body.event_id, ...(files ? { files } : {}) });
    const replyTo = { conversationId: e.channel, threadId: threadTs, messageTs: e.ts };
    // A DM is for us: recorded at once. A thread reply only once we know the thread is ours (after a lookup).
    const early = direct ? await receive(message, replyTo) : undefined;
    if (early === 'duplicate') return;
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
      const receipt = early ?? (await receive(message, replyTo));
      if (receipt === 'duplicate') return;
      await withWorkingReaction(client, logger, e.channel, e.ts, workingStatus(receipt, context.retryNum), () =>
        converse(message, (replies) =>
          direct
            ? postMessages(client, e.channel, renderReplies(replies, render), threadTs)
            : deliverInGroup(client, logger, { channel: e.channel, threadTs, userId: e.user! }, replies, render),
        ),
      );
    });
  });

  // /afspraken <vraag>: only the asker sees the answer, with a button to share it in the channel.
  app.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
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
    // Only the asker may see the answer: a late one goes to their DM (no conversation in the reference).
    if ((await receive(message, {})) === 'duplicate') return;
    await queue.run(() => converse(message, async (replies) => {
      // A form or a digest asked for in a channel runs in the DM; the rest stays for the asker's eyes here.
      const personal = direct ? [] : replies.filter((r) => r.private);
      if (personal.length) {
        await deliverInGroup(client, logger, { channel: command.channel_id, userId: command.user_id, showToAsker: (m) => respond({ response_type: 'ephemeral', replace_original: false, ...m } as never) }, personal, render, { sharedTo: 'dm' });
      }
      for (const reply of replies.filter((r) => !personal.includes(r))) {
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
    if ((await receive(message, {})) === 'duplicate') return;
    await queue.run(() => converse(message, async (replies) => {
      if (direct && channel) {
        await postMessages(client, channel, renderReplies(replies, render), threadTs);
        return;
      }
      // Clicked in a channel: answers go to the clicker's DM (as always), a short acknowledgement in place.
      const showToAsker = (m: { text: string; blocks: unknown[] }) =>
        inEphemeral || !channel
          ? respond({ response_type: 'ephemeral', replace_original: false, text: m.text, ...(m.blocks.length ? { blocks: m.blocks as never } : {}) })
          : client.chat.postEphemeral({ channel, user: userId, text: m.text, ...(m.blocks.length ? { blocks: m.blocks as never } : {}), ...(threadTs ? { thread_ts: threadTs } : {}) });
      await deliverInGroup(client, logger, { channel: channel ?? userId, threadTs, userId, showToAsker }, replies, render, { sharedTo: 'dm' });
    }));
  });
}
