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

/** The engine every channel hands its messages to. */
export interface ConversationEngine {
  handle(message: InboundMessage): Promise<Reply[]>;
}

/** Sends a proactive message to a person on one channel. */
export interface ChannelSender {
  readonly channel: ChannelName;
  send(to: ConversationRef, replies: Reply[]): Promise<void>;
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

/** Records handled inbound events so retries and duplicate deliveries are answered once. */
export interface EventLog {
  /** True the first time a key is seen, false for a duplicate (across restarts and instances). */
  markProcessed(key: string): Promise<boolean>;
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
