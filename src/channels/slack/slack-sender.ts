/** Proactive Slack messages (prompts, reminders, digests): a DM to the user, or a post in a channel. */
import type { ConversationRef, Reply } from '../../core/messages.js';
import type { ChannelSender, Logger } from '../../core/ports.js';
import type { SlackMessage } from './render-blocks.js';
import { renderReplies } from './render-blocks.js';
import { toChannelError } from './slack-errors.js';

/** The Web API calls the sender and the listeners use; Bolt's WebClient satisfies it. */
export interface SlackApi {
  conversations: { open(args: { users: string }): Promise<{ channel?: { id?: string } }> };
  chat: { postMessage(args: { channel: string; text: string; blocks?: unknown[]; thread_ts?: string }): Promise<{ ts?: string }> };
  reactions?: { remove(args: { channel: string; timestamp: string; name: string }): Promise<unknown> };
}

/** The status shown on a message while the bot works on it. */
export const WORKING_REACTION = 'hourglass_flowing_sand';

/** Posts rendered messages in order; an empty block list is left out (Slack rejects it). */
export async function postMessages(api: SlackApi, channel: string, messages: SlackMessage[], threadTs?: string): Promise<void> {
  for (const m of messages) {
    await api.chat.postMessage({ channel, text: m.text, ...(m.blocks.length ? { blocks: m.blocks } : {}), ...(threadTs ? { thread_ts: threadTs } : {}) });
  }
}

/**
 * What a Slack reference may say: the conversation, the thread to answer in, and the message that carries
 * the working status (a late answer to a mention goes in its thread and clears its ⏳).
 */
export interface SlackReference {
  conversationId?: string;
  threadId?: string;
  messageTs?: string;
}

const nonEmpty = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

function referenceOf(ref: ConversationRef): SlackReference {
  const r = (ref.reference ?? {}) as Record<string, unknown>;
  return { conversationId: nonEmpty(r.conversationId), threadId: nonEmpty(r.threadId), messageTs: nonEmpty(r.messageTs) };
}

/**
 * `send(to, replies)`: posts in `to.reference.conversationId` (in its `threadId` when given), otherwise opens
 * the DM with `to.userId`. Slack failures become ChannelErrors (unauthorized, forbidden, not_found, rate_limited…).
 */
export function createSlackSender(deps: { api: SlackApi; logger: Logger; publicUrl?: string }): ChannelSender {
  const { api, logger, publicUrl } = deps;
  return {
    channel: 'slack',
    async send(to, replies) {
      try {
        const ref = referenceOf(to);
        let channel = ref.conversationId;
        if (!channel) {
          const opened = await api.conversations.open({ users: to.userId });
          channel = opened.channel?.id;
          if (!channel) throw new Error('conversations.open gaf geen kanaal terug');
        }
        await postMessages(api, channel, renderReplies(replies, { publicUrl }), ref.conversationId ? ref.threadId : undefined);
      } catch (err) {
        const error = toChannelError(err, `Slack-bericht aan ${to.userId}`);
        logger.warn('slack proactive send failed', { userId: to.userId, code: error.code, error: error.message });
        throw error;
      }
    },
    async clearWorking(to) {
      const ref = referenceOf(to);
      if (!ref.conversationId || !ref.messageTs || !api.reactions) return;
      await api.reactions.remove({ channel: ref.conversationId, timestamp: ref.messageTs, name: WORKING_REACTION }).catch((err: unknown) => {
        // "no_reaction": it was already gone, which is what we wanted.
        logger.debug('slack: reaction removal failed', { channel: ref.conversationId, error: toChannelError(err).message });
      });
    },
  } satisfies ChannelSender;
}
