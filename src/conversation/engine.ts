import type { Citation, InboundMessage, Reply } from '../core/messages.js';
import type { DirectoryLookup, MessageHandler, Person } from '../core/people.js';
import type { AgreementRepository, AnswerLog, Clock, ConversationEngine, EventLog, Logger } from '../core/ports.js';
import { parseCommand } from './commands.js';
import { renderAgreement } from './render-agreement.js';
import { texts } from './texts.js';

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
  events: EventLog;
  answers: AnswerLog;
  /** Capabilities that may take a message before Q&A (progress form, meetings), in order. */
  handlers: MessageHandler[];
  clock: Clock;
  logger: Logger;
}

const threadKey = (m: InboundMessage) => `${m.channel}:${m.conversationId}:${m.threadId ?? ''}`;

/** Removes a leading bot mention ("<@U123> ", "@Afsprakenbot ") so commands and questions read clean. */
export function stripMention(text: string): string {
  return text.replace(/^\s*(<@[A-Z0-9]+>|<at>[^<]*<\/at>|@afsprakenbot\b)[\s,:]*/i, '').trim();
}

/** The channel-neutral conversation engine: dedupe, feedback, handlers, commands, then Q&A. */
export function createConversationEngine(deps: EngineDeps): ConversationEngine {
  const { qa, agreements, directory, events, answers, handlers, clock, logger } = deps;

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

  async function route(message: InboundMessage, person: Person | null): Promise<Reply[]> {
    if (message.action?.id.startsWith('feedback:')) return handleFeedbackAction(message, message.action.id);
    const ctx = { person, now: clock.now() };
    for (const handler of handlers) {
      const replies = await handler.handle(message, ctx);
      if (replies) return replies;
    }
    if (message.action) return [{ kind: 'error', text: texts.unknownAction }];
    const text = stripMention(message.text ?? '');
    if (!text) return [{ kind: 'error', text: texts.emptyMessage }];
    return (await handleCommand(message, text, person)) ?? answerQuestion(message, text);
  }

  return {
    async handle(message) {
      if (message.eventId && !(await events.markProcessed(`${message.channel}:${message.eventId}`))) {
        logger.debug('duplicate event ignored', { channel: message.channel, eventId: message.eventId });
        return [];
      }
      const person = await directory.findByChannelUser(message.channel, message.userId);
      try {
        return await route(message, person);
      } catch (err) {
        logger.error('message failed', { channel: message.channel, userId: message.userId, error: String((err as Error).stack ?? err) });
        return [{ kind: 'error', text: texts.internalError }];
      }
    },
  };
}
