/** Runs one inbound Slack message through the engine and delivers the replies — never silently. */
import type { InboundMessage, Reply } from '../../core/messages.js';
import type { ConversationEngine, Logger, ReceiptStatus } from '../../core/ports.js';
import { handleAndDeliver } from '../../conversation/handle-and-deliver.js';
import { toChannelError } from './slack-errors.js';
import { slackTexts } from './texts.js';
import type { WorkQueue } from './work-queue.js';

export const apologyReply: Reply = { kind: 'error', text: slackTexts.apology };

/**
 * Asks the engine and hands the replies to `deliver`. An engine failure becomes a Dutch apology; a failed
 * delivery is logged and retried once as a plain apology. When even that fails the engine keeps the event
 * unanswered, so a Slack retry or the replay after a restart answers it. Returns false for a duplicate.
 */
export function createConversationRunner(engine: ConversationEngine, logger: Logger) {
  return async function converse(message: InboundMessage, deliver: (replies: Reply[]) => Promise<void>): Promise<boolean> {
    let replies: Reply[];
    let delivering = false;
    try {
      replies = await handleAndDeliver(engine, message, async (out) => {
        delivering = true;
        try {
          await deliver(out);
        } catch (err) {
          const error = toChannelError(err, 'Slack-antwoord');
          logger.error('slack: reply failed', { eventId: message.eventId, userId: message.userId, code: error.code, error: error.message });
          await deliver([apologyReply]);
        }
      });
    } catch (err) {
      logger.error('slack: message not answered; kept for a later try', { eventId: message.eventId, userId: message.userId, error: String((err as Error).stack ?? err) });
      // The engine itself failed (its database?): say so now; the replay answers properly later.
      if (!delivering) await deliver([apologyReply]).catch((again: unknown) => logger.error('slack: apology failed too', { eventId: message.eventId, error: toChannelError(again).message }));
      return true;
    }
    return replies.length > 0;
  };
}
export type Converse = ReturnType<typeof createConversationRunner>;

/**
 * Records an event on arrival (engine.receive), through `lane`: a record is a small database write, but 50
 * of them at once on the embedded database would hold up the acks of the requests behind them. Engines
 * without `receive` take every event as new.
 */
export function receiverOf(engine: ConversationEngine, lane: WorkQueue) {
  return (message: InboundMessage, replyTo?: unknown): Promise<ReceiptStatus> =>
    engine.receive ? lane.run(() => engine.receive!(message, replyTo)) : Promise.resolve('new');
}
export type Receive = ReturnType<typeof receiverOf>;
