/**
 * Slack's App Home: the Home tab shows what the bot does and how to start (published on every visit, so it
 * follows the text in code), and the first visit to the Messages tab of someone who never wrote to the bot
 * gets the welcome as a DM (the engine's event log keeps it to once per person).
 */
import type { App } from '@slack/bolt';
import type { ConversationRefStore, Logger } from '../../core/ports.js';
import { welcomeReplies } from '../../conversation/welcome.js';
import type { Converse } from './conversation-runner.js';
import { renderReplies, type RenderOptions } from './render-blocks.js';
import { slackErrorName } from './slack-errors.js';
import { postMessages } from './slack-sender.js';
import type { WorkQueue } from './work-queue.js';

/** The Home tab view: the welcome's blocks (Slack allows 100 per view). */
export function homeView(render: RenderOptions): { type: 'home'; blocks: unknown[] } {
  return { type: 'home', blocks: renderReplies(welcomeReplies(true), render).flatMap((m) => m.blocks).slice(0, 100) };
}

export function registerAppHome(app: App, deps: { converse: Converse; logger: Logger; render: RenderOptions; queue: WorkQueue; refs?: ConversationRefStore; now?: () => Date }): void {
  const { converse, logger, render, queue, refs } = deps;
  const now = deps.now ?? (() => new Date());
  app.event('app_home_opened', async ({ event, client }) => {
    const { user, channel, tab } = event as { user: string; channel: string; tab?: string };
    await queue.run(async () => {
      if (tab === 'home') {
        await client.views.publish({ user_id: user, view: homeView(render) as never }).catch((err: unknown) => logger.warn('slack: home tab not published', { user, error: slackErrorName(err) }));
        return;
      }
      if (tab !== 'messages' || !channel || (refs && (await refs.get('slack', user)))) return;
      await converse(
        { channel: 'slack', userId: user, conversationId: channel, direct: true, event: 'installed', eventId: `installed:${user}`, receivedAt: now() },
        (replies) => postMessages(client, channel, renderReplies(replies, render)),
      );
    });
  });
}
