/** Channel-neutral messages: every channel turns its payload into an InboundMessage and renders Replies. */

export type ChannelName = 'slack' | 'teams' | 'web' | 'cli';

export interface InboundMessage {
  channel: ChannelName;
  /** The channel's user id (Slack user id, Teams AAD/user id, console id). */
  userId: string;
  userName?: string;
  /** Conversation (Slack channel, Teams conversation, console session). */
  conversationId: string;
  /** Thread within the conversation, when there is one (Slack thread_ts, Teams reply chain). */
  threadId?: string;
  /** Direct message (1:1) rather than a channel. */
  direct: boolean;
  text?: string;
  /** A pressed button: the action id and optional value. */
  action?: { id: string; value?: string };
  /** Not a message but the bot being installed in (or added to) this conversation: the engine welcomes. */
  event?: 'installed';
  /** The platform's id of the event, for dedupe. */
  eventId?: string;
  receivedAt: Date;
  /** Files sent with the message (a Slack file share, a file in a Teams chat), fetched only when needed. */
  files?: InboundFile[];
}

/** A file that came with a message: plain data, so the message can be stored; the channel downloads it. */
export interface InboundFile {
  name: string;
  /** Bytes, when the platform says so before the download. */
  size?: number;
  mimeType?: string;
  /** What the channel needs to fetch it (a Slack file id, a Teams download URL). */
  ref: string;
}

export interface Citation {
  municipality: string;
  number: string;
  title: string;
  chapter?: string | null;
  passage?: string;
  /** The source document itself (a page of a published PDF, `…#page=12`), where it is known. */
  sourceUrl?: string;
}

export interface ReplyAction {
  id: string;
  label: string;
  value?: string;
  style?: 'primary' | 'danger';
}

export interface Reply {
  text: string;
  /** Short title shown above the text where the channel supports it. */
  title?: string;
  citations?: Citation[];
  actions?: ReplyAction[];
  /** Plain list items (overview, status lists). */
  list?: string[];
  /** The stored answer this reply is, so feedback can be tied to it. */
  answerId?: string;
  /**
   * A short acknowledgement only the asker needs (feedback thanks, a refusal): shown to them alone where the
   * channel can (Slack ephemeral, the Teams card response), else in their direct chat; never to a group.
   */
  ephemeral?: boolean;
  /**
   * For the asker only (forms, progress detail, digests). In a direct conversation an ordinary reply; asked
   * in a group, it goes to the person's direct chat with the bot and a short line in the group says so.
   */
  private?: boolean;
  /** Kind of message, e.g. 'answer', 'form', 'digest', 'error', 'help'. */
  kind?: string;
  /** Extra structured content (a digest model, a form question). */
  data?: unknown;
  /**
   * Pre-rendered channel payloads for rich content built outside the channels (digests): an adapter uses
   * its own when present and falls back to `text` otherwise.
   */
  rich?: { slackBlocks?: unknown[]; teamsCard?: unknown; html?: string };
  /** Form inputs for channels that can show them (Teams Adaptive Card inputs); the text flow stays the fallback. */
  inputs?: Array<{
    id: string;
    label: string;
    type: 'choice' | 'text' | 'number';
    choices?: Array<{ value: string; label: string }>;
    required?: boolean;
    /** What the field starts with (an earlier answer). */
    value?: string;
  }>;
}

/** Where to reach a person proactively. */
export interface ConversationRef {
  channel: ChannelName;
  userId: string;
  reference: unknown;
}
