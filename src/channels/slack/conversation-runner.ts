/** Runs one inbound Slack message through the engine and delivers the replies — never silently. */
import type { InboundMessage, Reply } from '../../core/messages.js';
import type { ConversationEngine, Logger } from '../../core/ports.js';
import { toChannelError } from './slack-errors.js';
import { slackTexts } from './texts.js';

export const apologyReply: Reply = { kind: 'error', text: slackTexts.apology };

/**
 * Asks the engine and hands the replies to `deliver`. An engine failure becomes a Dutch apology; a failed
 * delivery is logged and retried once as a plain apology. Returns false for a duplicate (nothing to send).
 */
export function createConversationRunner(engine: ConversationEngine, logger: Logger) {
  return async function converse(message: InboundMessage, deliver: (replies: Reply[]) => Promise<void>): Promise<boolean> {
    let replies: Reply[];
    try {
      replies = await engine.handle(message);
    } catch (err) {
      logger.error('slack: engine failed', { eventId: message.eventId, userId: message.userId, error: String((err as Error).stack ?? err) });
      replies = [apologyReply];
    }
    if (replies.length === 0) return false;
    try {
      await deliver(replies);
    } catch (err) {
      const error = toChannelError(err, 'Slack-antwoord');
      logger.error('slack: reply failed', { eventId: message.eventId, userId: message.userId, code: error.code, error: error.message });
      try {
        await deliver([apologyReply]);
      } catch (again) {
        logger.error('slack: apology failed too', { eventId: message.eventId, userId: message.userId, error: toChannelError(again).message });
      }
    }
    return true;
  };
}
export type Converse = ReturnType<typeof createConversationRunner>;
