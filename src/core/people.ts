import type { ChannelName, InboundMessage, Reply } from './messages.js';

export type RoleName = 'reporter' | 'coordinator' | 'admin';

export interface PersonRole {
  role: RoleName;
  municipality: string | null;
  party: string | null;
}

/** A person from the directory, with how to reach them per channel. */
export interface Person {
  id: string;
  name: string;
  email: string | null;
  slackUserId: string | null;
  teamsUserId: string | null;
  consoleId: string | null;
  roles: PersonRole[];
}

/** Finds the directory entry behind a channel user id (null for guests / unknown users). */
export interface DirectoryLookup {
  findByChannelUser(channel: ChannelName, userId: string): Promise<Person | null>;
  getPerson(id: string): Promise<Person | null>;
  listPeople(): Promise<Person[]>;
}

export interface HandlerContext {
  /** The sender as found in the directory, or null for a guest. */
  person: Person | null;
  now: Date;
}

/**
 * A capability that may take a message before Q&A does (a running progress form, directory or meeting
 * commands). Returns null when the message is not for it.
 */
export interface MessageHandler {
  readonly name: string;
  handle(message: InboundMessage, ctx: HandlerContext): Promise<Reply[] | null>;
}

export interface NotifyResult {
  delivered: boolean;
  /** Channels it went out on (the console inbox always counts). */
  channels: ChannelName[];
  /** Why it could not be delivered on a channel, in Dutch. */
  failures: string[];
}

export interface NotifyOptions {
  /**
   * Names this message within a run ("weekly-digest:2026-W12:Almelo"): each recipient gets it once, also
   * when the run is repeated after a crash. Without a key every call is a new message.
   */
  key?: string;
}

/** Sends a proactive message (prompt, reminder, digest) to a person on every channel they can be reached on. */
export interface Notifier {
  notify(personId: string, replies: Reply[], kind: string, options?: NotifyOptions): Promise<NotifyResult>;
  /** Posts to a channel conversation (e.g. a municipality's Slack channel for digests). */
  post(channel: ChannelName, conversationId: string, replies: Reply[], kind: string, options?: NotifyOptions): Promise<NotifyResult>;
}
