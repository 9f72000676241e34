/**
 * Answers what a crash cut off: events received in the last few minutes and never answered, whose worker
 * is gone, are answered now through the channel's proactive sender, starting with a line that the answer
 * is late. No reactions or typing indicators are added; a ⏳ left on the message is removed.
 */
import type { ChannelName, InboundMessage } from '../core/messages.js';
import type { ChannelSender, Clock, ConversationEngine, InboundLog, Logger } from '../core/ports.js';

/** An InboundMessage read back from JSON (its date is a string there). */
export function reviveMessage(value: unknown): InboundMessage {
  const m = value as InboundMessage & { receivedAt: string | Date };
  return { ...m, receivedAt: new Date(m.receivedAt) };
}

export function createAnswerReplay(deps: {
  engine: ConversationEngine;
  events: InboundLog;
  senders: ChannelSender[];
  clock: Clock;
  logger: Logger;
  /** How far back unanswered events are still worth answering (ms). */
  windowMs: number;
}) {
  const { engine, events, clock, logger } = deps;
  const sender = (channel: ChannelName) => deps.senders.find((s) => s.channel === channel);

  return {
    /** Answers every stale unanswered event in the window; returns how many it answered. */
    async run(): Promise<number> {
      if (deps.windowMs <= 0 || !engine.receive) return 0;
      const now = clock.now();
      let answered = 0;
      for (const record of await events.listStale(new Date(now.getTime() - deps.windowMs), now)) {
        const s = sender(record.channel);
        if (!s) continue;
        const message = reviveMessage(record.message);
        // The same claim a Slack or Teams retry makes: whichever comes first answers, the other sees a duplicate.
        if ((await engine.receive(message, record.replyTo)) === 'duplicate') continue;
        const to = { channel: record.channel, userId: message.userId, reference: record.replyTo };
        try {
          await engine.handle(message, (replies) => s.send(to, replies));
          answered++;
          logger.info('answered a message after a restart', { channel: record.channel, eventId: message.eventId });
        } catch (err) {
          logger.warn('late answer failed; tried again later', { channel: record.channel, eventId: message.eventId, error: String((err as Error).message ?? err) });
        }
        await s.clearWorking?.(to).catch((err: unknown) => logger.debug('could not clear working status', { eventId: message.eventId, error: String(err) }));
      }
      return answered;
    },
  };
}
