import type { InboundMessage } from '../../core/messages.js';
import { actionFromCardData } from './card-actions.js';
import { teamsFilesOf } from './file-download.js';

/** The parts of an inbound activity we read (kept loose: the SDK casts the JSON without validating). */
export interface InboundActivity {
  id?: string;
  type: string;
  name?: string;
  text?: string;
  value?: unknown;
  replyToId?: string;
  serviceUrl?: string;
  from: { id: string; name?: string; aadObjectId?: string };
  recipient: { id: string; name?: string };
  conversation: { id: string; conversationType?: string; tenantId?: string; isGroup?: boolean };
  channelData?: { tenant?: { id?: string } };
  entities?: Array<{ type?: string; text?: string; mentioned?: { id?: string } }>;
  membersAdded?: Array<{ id: string }>;
  /** Files in a personal chat come as `application/vnd.microsoft.teams.file.download.info` attachments. */
  attachments?: Array<{ contentType?: string; name?: string; contentUrl?: string; content?: unknown }>;
}

/** Where to reach a person or a conversation later; stored as ConversationRef.reference. */
export interface TeamsReference {
  serviceUrl: string;
  /** Missing when only the user is known (first seen in a channel): a 1:1 chat is created on first send. */
  conversationId?: string;
  tenantId?: string;
  bot: { id: string; name?: string };
  user: { id: string; name?: string; aadObjectId?: string };
}

const THREAD = ';messageid=';

/** Our user id for a Teams account: the Entra (AAD) object id when Teams sends it, else the channel id. */
export const userIdOf = (from: InboundActivity['from']) => from.aadObjectId || from.id;

export const isPersonal = (a: InboundActivity) =>
  a.conversation.conversationType ? a.conversation.conversationType === 'personal' : !a.conversation.isGroup;

/** Conversation and reply chain: `19:…@thread.tacv2;messageid=123` → conversation `19:…`, thread `123`. */
export function splitConversation(a: InboundActivity): { conversationId: string; threadId?: string } {
  const [base, messageId] = a.conversation.id.split(THREAD);
  if (messageId) return { conversationId: base!, threadId: messageId };
  if (a.conversation.conversationType === 'channel') return { conversationId: base!, threadId: a.replyToId || a.id };
  return { conversationId: base! };
}

/** The conversation id to answer in: the reply chain for channel messages, the chat otherwise. */
export function replyConversationId(a: InboundActivity): string {
  const { conversationId, threadId } = splitConversation(a);
  return threadId ? `${conversationId}${THREAD}${threadId}` : a.conversation.id;
}

/** Removes the bot's own @mention(s) from the text, whatever name the team gave the bot. */
export function stripBotMentions(a: InboundActivity): string {
  let text = a.text ?? '';
  for (const e of a.entities ?? []) {
    if (e.type === 'mention' && e.mentioned?.id === a.recipient.id && e.text) text = text.split(e.text).join(' ');
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** A Teams message or card action → the channel-neutral InboundMessage. */
export function toInboundMessage(a: InboundActivity, receivedAt: Date): InboundMessage {
  const { conversationId, threadId } = splitConversation(a);
  const base: InboundMessage = {
    channel: 'teams',
    userId: userIdOf(a.from),
    userName: a.from.name,
    conversationId,
    threadId,
    direct: isPersonal(a),
    eventId: a.id,
    receivedAt,
  };
  if (a.type === 'invoke') {
    const value = (a.value ?? {}) as { action?: { verb?: string; data?: Record<string, unknown> } };
    const action = actionFromCardData(value.action?.verb, value.action?.data);
    return action ? { ...base, action } : base;
  }
  // Legacy Action.Submit cards arrive as a message with a value and no text.
  if (!a.text && a.value && typeof a.value === 'object') {
    const action = actionFromCardData(undefined, a.value as Record<string, unknown>);
    if (action) return { ...base, action };
  }
  const files = teamsFilesOf(a);
  return { ...base, text: stripBotMentions(a), ...(files ? { files } : {}) };
}

/**
 * The bot installed in (or added to) a conversation, as an InboundMessage the engine welcomes. Its event id
 * names the conversation and the day, so the two events Teams sends for one install welcome once.
 */
export function installedMessage(a: InboundActivity, receivedAt: Date): InboundMessage {
  const conversationId = a.conversation.id.split(THREAD)[0]!;
  return {
    channel: 'teams',
    userId: userIdOf(a.from),
    userName: a.from.name,
    conversationId,
    direct: isPersonal(a),
    event: 'installed',
    eventId: `installed:${conversationId}:${receivedAt.toISOString().slice(0, 10)}`,
    receivedAt,
  };
}

/** The reference to store for the sender of an activity (its own conversation). */
export function referenceOf(a: InboundActivity, serviceUrl: string): TeamsReference {
  return {
    serviceUrl,
    conversationId: a.conversation.id.split(THREAD)[0],
    tenantId: a.conversation.tenantId ?? a.channelData?.tenant?.id,
    bot: { id: a.recipient.id, name: a.recipient.name },
    user: { id: a.from.id, name: a.from.name, aadObjectId: a.from.aadObjectId },
  };
}

/** Reads a stored reference back; null when it cannot be used. */
export function parseReference(value: unknown): Partial<TeamsReference> & { conversationId?: string } {
  if (!value || typeof value !== 'object') return {};
  return value as Partial<TeamsReference>;
}
