/** The Slack Assistant pane (where the workspace has it): greeting, suggested prompts, answers with a status. */
import { Assistant } from '@slack/bolt';
import type { InboundMessage } from '../../core/messages.js';
import type { Logger } from '../../core/ports.js';
import type { Converse, Receive } from './conversation-runner.js';
import { renderReplies, type RenderOptions } from './render-blocks.js';
import { postMessages } from './slack-sender.js';
import { slackErrorName } from './slack-errors.js';
import { slackTexts } from './texts.js';
import type { WorkQueue } from './work-queue.js';

export function createAssistant(deps: { converse: Converse; receive: Receive; logger: Logger; render: RenderOptions; queue: WorkQueue; now?: () => Date }): Assistant {
  const { converse, receive, logger, render, queue } = deps;
  const now = deps.now ?? (() => new Date());
  return new Assistant({
    threadStarted: async ({ event, client, setSuggestedPrompts }) => {
      const { channel_id: channel, thread_ts: threadTs } = event.assistant_thread;
      try {
        await client.chat.postMessage({ channel, thread_ts: threadTs, text: slackTexts.greeting });
        await setSuggestedPrompts({ title: slackTexts.promptsTitle, prompts: slackTexts.suggestedPrompts.map((p) => ({ ...p })) });
      } catch (err) {
        logger.warn('slack: assistant greeting failed', { channel, error: slackErrorName(err) });
      }
    },
    // We keep our own thread context in the database; Slack's context-in-metadata is not used.
    threadContextChanged: async () => undefined,
    userMessage: async ({ message, body, client, setStatus }) => {
      const m = message as { subtype?: string; user?: string; text?: string; channel: string; thread_ts?: string; bot_id?: string };
      if (m.subtype !== undefined || m.bot_id || !m.user || !m.text || !m.thread_ts) return;
      const { user, text, thread_ts: threadTs } = m;
      const inbound: InboundMessage = {
        channel: 'slack',
        userId: user,
        conversationId: m.channel,
        threadId: threadTs,
        direct: true,
        text,
        eventId: (body as { event_id?: string }).event_id,
        receivedAt: now(),
      };
      const receipt = await receive(inbound, { conversationId: m.channel, threadId: threadTs });
      if (receipt === 'duplicate') return;
      // After the ack: the status, the engine and the reply run through the work queue.
      await queue.run(async () => {
        // A late answer shows no "working" status; the reply itself clears one a crashed worker left.
        if (receipt === 'new') await setStatus(slackTexts.assistantStatus).catch((err: unknown) => logger.debug('slack: setStatus failed', { error: slackErrorName(err) }));
        const answered = await converse(inbound, (replies) => postMessages(client, m.channel, renderReplies(replies, render), threadTs));
        // A duplicate delivery posts nothing, so clear the status ourselves (a posted reply clears it too).
        if (!answered) await setStatus('').catch(() => undefined);
      });
    },
  });
}
