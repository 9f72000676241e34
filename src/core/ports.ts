import type { ChannelName, ConversationRef, InboundMessage, Reply } from './messages.js';

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
