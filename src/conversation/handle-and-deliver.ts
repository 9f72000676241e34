/** Runs a message through an engine that delivers its own replies, or — an older engine — returns them. */
import type { InboundMessage, Reply } from '../core/messages.js';
import type { ConversationEngine } from '../core/ports.js';

/**
 * `engine.handle(message, deliver)`: our engine delivers before it marks the event answered. An engine that
 * only returns its replies (a test or bench stand-in) gets them delivered here, so nothing goes unsaid.
 */
export async function handleAndDeliver(engine: ConversationEngine, message: InboundMessage, deliver: (replies: Reply[]) => Promise<void>): Promise<Reply[]> {
  let delivered = false;
  const replies = await engine.handle(message, async (out) => {
    delivered = true;
    await deliver(out);
  });
  if (!delivered && replies.length > 0) await deliver(replies);
  return replies;
}
