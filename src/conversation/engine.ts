import { randomUUID } from 'node:crypto';
import type { Citation, InboundMessage, Reply } from '../core/messages.js';
import type { DirectoryLookup, MessageHandler, Person } from '../core/people.js';
import type { AgreementRepository, AnswerLog, Clock, ConversationEngine, InboundLog, Logger, ReceiptStatus } from '../core/ports.js';
import { parseCommand } from './commands.js';
import { renderAgreement } from './render-agreement.js';
import { texts } from './texts.js';
import { welcomeReplies } from './welcome.js';

/** What the engine needs from Q&A (implemented by qa/). */
export interface QaPort {
  ask(
    question: string,
    opts?: { context?: unknown },
  ): Promise<{ answer: string; found: boolean; citations: Citation[]; context?: unknown }>;
}

export interface EngineDeps {
  qa: QaPort;
  agreements: AgreementRepository;
  directory: DirectoryLookup;
  /** Inbound events from arrival to answer (dedupe across retries, restarts and instances). */
  events: InboundLog;
  answers: AnswerLog;
  /** Capabilities that may take a message before Q&A (progress form, meetings), in order. */
  handlers: MessageHandler[];
  clock: Clock;
  logger: Logger;
  /** This process in leases (default: a random id). */
  owner?: string;
  /** How long an event may be worked on before another instance may assume its worker died (default 60 s). */
  leaseMs?: number;
}

const threadKey = (m: InboundMessage) => `${m.channel}:${m.conversationId}:${m.threadId ?? ''}`;

/** Removes a leading bot mention ("<@U123> ", "@Afsprakenbot ") so commands and questions read clean. */
export function stripMention(text: string): string {
  return text.replace(/^\s*(<@[A-Z0-9]+>|<at>[^<]*<\/at>|@afsprakenbot\b)[\s,:]*/i, '').trim();
}

/**
 * The channel-neutral conversation engine: records the event, routes it (feedback, handlers, commands, then
 * Q&A), keeps the replies, and marks the event answered once they went out — at least once, shown once.
 */
export function createConversationEngine(deps: EngineDeps): ConversationEngine {
  const { qa, agreements, directory, events, answers, handlers, clock, logger } = deps;
  const owner = deps.owner ?? `engine:${randomUUID()}`;
  const leaseMs = deps.leaseMs ?? 60_000;
  /** Events this process holds: how it got them, and the replies stored before a crash cut their delivery. */
  const held = new Map<string, { status: Exclude<ReceiptStatus, 'duplicate'>; replies?: Reply[] }>();
  const eventKey = (m: InboundMessage) => `${m.channel}:${m.eventId}`;

  async function answerQuestion(message: InboundMessage, question: string): Promise<Reply[]> {
    const key = threadKey(message);
    const previous = await answers.getContext(key);
    const result = await qa.ask(question, { context: previous?.context });
    const answerId = await answers.saveAnswer({
      channel: message.channel,
      userId: message.userId,
      conversationId: message.conversationId,
      threadId: message.threadId,
      question,
      text: result.answer,
      citations: result.citations,
      found: result.found,
    });
    await answers.saveContext(key, question, result.context ?? null);
    return [
      {
        kind: 'answer',
        text: result.answer,
        citations: result.citations,
        answerId,
        actions: [
          { id: `feedback:up:${answerId}`, label: texts.feedbackUp },
          { id: `feedback:down:${answerId}`, label: texts.feedbackDown },
        ],
      },
    ];
  }

  async function handleFeedbackAction(message: InboundMessage, id: string): Promise<Reply[]> {
    const [, value, answerId] = id.split(':');
    if ((value !== 'up' && value !== 'down') || !answerId) return [{ kind: 'error', text: texts.unknownAction }];
    if (!(await answers.getAnswer(answerId))) return [{ kind: 'error', text: texts.answerGone }];
    await answers.saveFeedback(answerId, message.userId, value);
    return [{ kind: 'feedback', text: value === 'up' ? texts.feedbackThanks : texts.feedbackAskReason, ephemeral: true }];
  }

  async function handleCommand(message: InboundMessage, text: string, person: Person | null): Promise<Reply[] | null> {
    const command = parseCommand(text);
    switch (command?.name) {
      case 'help': {
        const coordinates = person?.roles.some((r) => r.role === 'coordinator' || r.role === 'admin');
        return [{ kind: 'help', text: coordinates ? `${texts.help}\n${texts.helpCoordinator}` : texts.help }];
      }
      case 'about': {
        const [municipalities, count] = await Promise.all([agreements.listMunicipalities(), agreements.countAgreements()]);
        return [{ kind: 'about', text: texts.about(municipalities, count) }];
      }
      case 'agreement': {
        if (command.number === undefined || !command.municipality) return [{ kind: 'error', text: texts.agreementUsage }];
        const known = await agreements.listMunicipalities();
        const municipality = known.find((m) => m.toLowerCase() === command.municipality!.toLowerCase());
        if (!municipality) return [{ kind: 'error', text: texts.unknownMunicipality(command.municipality, known) }];
        const agreement = await agreements.getAgreement(municipality, command.number);
        if (!agreement) return [{ kind: 'error', text: texts.agreementNotFound(command.number, municipality) }];
        return [renderAgreement(agreement)];
      }
      case 'feedback': {
        const saved = await answers.addFeedbackReason(message.userId, command.reason);
        return [{ kind: 'feedback', text: saved ? texts.feedbackReasonSaved : texts.feedbackNothing, ephemeral: true }];
      }
      default:
        return null;
    }
  }

  /**
   * Routes a message; `redoable` says whether working it out again after a crash is harmless (questions,
   * commands, feedback) or not (a handler such as the progress form changed something: its replies are kept).
   */
  async function route(message: InboundMessage, person: Person | null): Promise<{ replies: Reply[]; redoable: boolean }> {
    if (message.event === 'installed') return { replies: welcomeReplies(message.direct), redoable: true };
    if (message.action?.id.startsWith('feedback:')) return { replies: await handleFeedbackAction(message, message.action.id), redoable: true };
    const ctx = { person, now: clock.now() };
    for (const handler of handlers) {
      const replies = await handler.handle(message, ctx);
      if (replies) return { replies, redoable: false };
    }
    if (message.action) return { replies: [{ kind: 'error', text: texts.unknownAction }], redoable: true };
    const text = stripMention(message.text ?? '');
    if (!text) return { replies: [{ kind: 'error', text: texts.emptyMessage }], redoable: true };
    return { replies: (await handleCommand(message, text, person)) ?? (await answerQuestion(message, text)), redoable: true };
  }

  async function routeSafely(message: InboundMessage): Promise<{ replies: Reply[]; redoable: boolean }> {
    const person = await directory.findByChannelUser(message.channel, message.userId);
    try {
      return await route(message, person);
    } catch (err) {
      logger.error('message failed', { channel: message.channel, userId: message.userId, error: String((err as Error).stack ?? err) });
      return { replies: [{ kind: 'error', text: texts.internalError }], redoable: true };
    }
  }

  async function receive(message: InboundMessage, replyTo?: unknown): Promise<ReceiptStatus> {
    if (!message.eventId) return 'new';
    const key = eventKey(message);
    if (held.has(key)) return 'duplicate';
    const at = clock.now();
    const r = await events.begin(key, { channel: message.channel, message, replyTo }, owner, at, new Date(at.getTime() + leaseMs));
    if (r.status === 'duplicate') {
      logger.debug('duplicate event ignored', { channel: message.channel, eventId: message.eventId });
      return r.status;
    }
    held.set(key, { status: r.status, ...(r.replies ? { replies: r.replies } : {}) });
    if (r.status === 'resumed') logger.info('answering an event whose earlier worker stopped', { channel: message.channel, eventId: message.eventId });
    return r.status;
  }

  return {
    receive,
    async handle(message, deliver) {
      if (!message.eventId) {
        const { replies } = await routeSafely(message);
        if (deliver) await deliver(replies);
        return replies;
      }
      const key = eventKey(message);
      if (!held.has(key) && (await receive(message)) === 'duplicate') return [];
      const claim = held.get(key)!;
      try {
        let replies = claim.replies;
        if (!replies) {
          const routed = await routeSafely(message);
          replies = routed.replies;
          // Kept before delivery when redoing them is not harmless: a crash now repeats these replies instead.
          if (!routed.redoable) await events.saveReplies(key, owner, replies);
        }
        if (claim.status === 'resumed') replies = [{ kind: 'notice', text: texts.lateAnswer }, ...replies];
        if (deliver) await deliver(replies);
        await events.finish(key, owner, clock.now());
        return replies;
      } catch (err) {
        // Not answered: a retry of the event or the replay after a restart may try again.
        await events.release(key, owner, clock.now()).catch((e: unknown) => logger.error('could not release event', { key, error: String(e) }));
        throw err;
      } finally {
        held.delete(key);
      }
    },
  };
}
