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
}

/** Posts rendered messages in order; an empty block list is left out (Slack rejects it). */
export async function postMessages(api: SlackApi, channel: string, messages: SlackMessage[], threadTs?: string): Promise<void> {
  for (const m of messages) {
    await api.chat.postMessage({ channel, text: m.text, ...(m.blocks.length ? { blocks: m.blocks } : {}), ...(threadTs ? { thread_ts: threadTs } : {}) });
  }
}

function conversationOf(ref: ConversationRef): string | undefined {
  const r = ref.reference as { conversationId?: unknown } | null | undefined;
  return r && typeof r.conversationId === 'string' && r.conversationId ? r.conversationId : undefined;
}

/**
 * `send(to, replies)`: posts in `to.reference.conversationId` when given, otherwise opens the DM with
 * `to.userId`. Slack failures become ChannelErrors (unauthorized, forbidden, not_found, rate_limited…).
 */
export function createSlackSender(deps: { api: SlackApi; logger: Logger; publicUrl?: string }): ChannelSender {
  const { api, logger, publicUrl } = deps;
  return {
    channel: 'slack',
    async send(to, replies) {
      try {
        let channel = conversationOf(to);
        if (!channel) {
          const opened = await api.conversations.open({ users: to.userId });
          channel = opened.channel?.id;
          if (!channel) throw new Error('conversations.open gaf geen kanaal terug');
        }
        await postMessages(api, channel, renderReplies(replies, { publicUrl }));
      } catch (err) {
        const error = toChannelError(err, `Slack-bericht aan ${to.userId}`);
        logger.warn('slack proactive send failed', { userId: to.userId, code: error.code, error: error.message });
        throw error;
      }
    },
  } satisfies ChannelSender;
}
