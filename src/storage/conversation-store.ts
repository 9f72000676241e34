import { Prisma as P } from '@prisma/client';
import type { Citation, ChannelName, ConversationRef } from '../core/messages.js';
import type { ConversationRefStore, NewAnswer } from '../core/ports.js';
import type { Db } from './database.js';

/** Older names, kept so callers need not change: inbound events and the outbox have their own modules. */
export { createInboundLog as createEventLog } from './inbound-log.js';
export { createOutboxStore } from './outbox-store.js';

export function createConversationRefStore(db: Db): ConversationRefStore {
  return {
    async save(ref) {
      const reference = ref.reference as P.InputJsonValue;
      await db.prisma.conversationRef.upsert({
        where: { channel_userId: { channel: ref.channel, userId: ref.userId } },
        create: { channel: ref.channel, userId: ref.userId, reference },
        update: { reference },
      });
    },
    async get(channel, userId) {
      const row = await db.prisma.conversationRef.findUnique({ where: { channel_userId: { channel, userId } } });
      return row ? { channel: row.channel as ChannelName, userId: row.userId, reference: row.reference } : null;
    },
  };
}

export interface StoredAnswer {
  id: string;
  question: string;
  text: string;
  citations: Citation[];
  found: boolean;
  userId: string;
  channel: string;
}

/** Answers the bot gave, thread context for follow-ups, and feedback on answers. */
export function createAnswerStore(db: Db) {
  const { prisma } = db;
  return {
    async saveAnswer(a: NewAnswer): Promise<string> {
      const row = await prisma.answer.create({
        data: { ...a, citations: a.citations as unknown as P.InputJsonValue },
      });
      return row.id;
    },
    async getAnswer(id: string): Promise<StoredAnswer | null> {
      const row = await prisma.answer.findUnique({ where: { id } }).catch(() => null);
      return row
        ? { id: row.id, question: row.question, text: row.text, citations: row.citations as unknown as Citation[], found: row.found, userId: row.userId, channel: row.channel }
        : null;
    },
    /** One vote per person per answer: a second click changes it rather than adding one. */
    async saveFeedback(answerId: string, userId: string, value: 'up' | 'down', reason?: string) {
      const existing = await prisma.feedback.findUnique({ where: { answerId_userId: { answerId, userId } } });
      await prisma.feedback.upsert({
        where: { answerId_userId: { answerId, userId } },
        create: { answerId, userId, value, reason: reason ?? null },
        update: { value, reason: reason ?? existing?.reason ?? null },
      });
    },
    async addFeedbackReason(userId: string, reason: string): Promise<boolean> {
      const last = await prisma.feedback.findFirst({ where: { userId }, orderBy: { createdAt: 'desc' } });
      if (!last) return false;
      await prisma.feedback.update({ where: { id: last.id }, data: { reason } });
      return true;
    },
    async listFeedback(answerId: string) {
      return prisma.feedback.findMany({ where: { answerId } });
    },
    async getContext(key: string): Promise<{ question: string; context: unknown } | null> {
      const row = await prisma.conversationContext.findUnique({ where: { key } });
      return row ? { question: row.question, context: row.filters } : null;
    },
    async saveContext(key: string, question: string, context: unknown) {
      const filters = (context ?? {}) as P.InputJsonValue;
      await prisma.conversationContext.upsert({
        where: { key },
        create: { key, question, filters },
        update: { question, filters },
      });
    },
  };
}
export type AnswerStore = ReturnType<typeof createAnswerStore>;

export type { OutboxStore } from '../core/outbox.js';
