import type { Agreement, ExtractedDocument, StoredDocument } from './agreement.js';
import type { ChannelName, Citation, ConversationRef, InboundMessage, Reply } from './messages.js';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface Logger {
  debug(msg: string, data?: Record<string, unknown>): void;
  info(msg: string, data?: Record<string, unknown>): void;
  warn(msg: string, data?: Record<string, unknown>): void;
  error(msg: string, data?: Record<string, unknown>): void;
}

/** How the engine took an inbound event: first time, seen before but never answered (its worker died), or not again. */
export type ReceiptStatus = 'new' | 'resumed' | 'duplicate';

/** The engine every channel hands its messages to. */
export interface ConversationEngine {
  /**
   * Answers a message. With an event id it is recorded first (unless `receive` did), the replies are stored,
   * `deliver` sends them, and only then is the event marked answered; without `deliver` it is marked at once.
   * A duplicate gives [] and delivers nothing; an answer cut off earlier starts with a line that it is late.
   */
  handle(message: InboundMessage, deliver?: (replies: Reply[]) => Promise<void>): Promise<Reply[]>;
  /**
   * Records an inbound event before any work (working status, queueing), with where a late answer would go.
   * 'duplicate' when it was answered or someone is answering it now.
   */
  receive?(message: InboundMessage, replyTo?: unknown): Promise<ReceiptStatus>;
}

/** Sends a proactive message to a person on one channel. */
export interface ChannelSender {
  readonly channel: ChannelName;
  send(to: ConversationRef, replies: Reply[]): Promise<void>;
  /** Removes a working status (Slack's ⏳) left on the message a late answer replies to. */
  clearWorking?(to: ConversationRef): Promise<void>;
}

/** A chat model (OpenAI-compatible); optional everywhere. */
export interface LlmClient {
  complete(input: { system: string; user: string; timeoutMs?: number }): Promise<string>;
  embed?(texts: string[]): Promise<number[][]>;
  readonly model: string;
}

export interface SaveDocumentResult {
  status: 'created' | 'replaced' | 'unchanged';
  documentId: string;
}

/** Stored documents and agreements. Agreements are linked from elsewhere by municipality + number. */
export interface AgreementRepository {
  /** Saves a document and its agreements in one transaction; an identical hash changes nothing. */
  saveDocument(
    doc: ExtractedDocument,
    meta: { sourceName: string; format: string; contentHash: string },
  ): Promise<SaveDocumentResult>;
  listAgreements(filter?: { municipality?: string }): Promise<Agreement[]>;
  getAgreement(municipality: string, number: string): Promise<Agreement | null>;
  getAgreementsByIds(ids: string[]): Promise<Agreement[]>;
  listDocuments(): Promise<StoredDocument[]>;
  /** Municipalities with at least one document, as stored (e.g. "Almelo"). */
  listMunicipalities(): Promise<string[]>;
  /** The stored spelling of a municipality named in any case ("almelo" → "Almelo"); null without documents. */
  findMunicipality(name: string): Promise<string | null>;
  countAgreements(): Promise<number>;
}

/** Keeps the search index in step with stored agreements (implemented by qa/). */
export interface SearchIndexer {
  indexDocument(documentId: string): Promise<void>;
}

/** An inbound event as recorded, for answering it after a restart. */
export interface InboundRecord {
  key: string;
  channel: ChannelName;
  /** The InboundMessage as JSON (dates as ISO strings). */
  message: unknown;
  replyTo: unknown;
}

/**
 * Inbound events from arrival to answer (across retries, restarts and instances): a lease while someone
 * works on one, the replies once computed, answered after delivery.
 */
export interface InboundLog {
  /** Records the event for `owner`, or takes over one whose worker died; 'duplicate' when answered or held. */
  begin(
    key: string,
    record: { channel: ChannelName; message: unknown; replyTo?: unknown },
    owner: string,
    at: Date,
    leaseUntil: Date,
  ): Promise<{ status: ReceiptStatus; replies?: Reply[] }>;
  saveReplies(key: string, owner: string, replies: Reply[]): Promise<void>;
  finish(key: string, owner: string, at: Date): Promise<void>;
  /** Gives the event up (delivery failed, shutting down): a retry or a later replay may take it. */
  release(key: string, owner: string, at: Date): Promise<void>;
  /** Unanswered events received since `since` whose worker is gone and that say where to answer. */
  listStale(since: Date, at: Date, limit?: number): Promise<InboundRecord[]>;
}

/** Stores proactive-message addresses and the outbound log (console inbox). */
export interface ConversationRefStore {
  save(ref: ConversationRef): Promise<void>;
  get(channel: ChannelName, userId: string): Promise<ConversationRef | null>;
}

/** An answer the bot gave, as it is stored (feedback points to it). */
export interface NewAnswer {
  channel: ChannelName;
  userId: string;
  conversationId?: string;
  threadId?: string;
  question: string;
  text: string;
  citations: Citation[];
  found: boolean;
}

/** What the engine needs to remember answers, feedback and thread context. */
export interface AnswerLog {
  saveAnswer(a: NewAnswer): Promise<string>;
  getAnswer(id: string): Promise<{ id: string } | null>;
  saveFeedback(answerId: string, userId: string, value: 'up' | 'down', reason?: string): Promise<void>;
  addFeedbackReason(userId: string, reason: string): Promise<boolean>;
  getContext(key: string): Promise<{ question: string; context: unknown } | null>;
  saveContext(key: string, question: string, context: unknown): Promise<void>;
}
