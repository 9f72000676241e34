/**
 * Sending outside a turn (prompts, reminders, digests, and private replies to something asked in a group):
 * through a stored conversation reference, opening the person's 1:1 chat with the bot first when only the
 * person is known. Bot Connector failures become ChannelErrors.
 */
import { Client as ConnectorClient } from '@microsoft/teams.api';
import type { App } from '@microsoft/teams.apps';
import { ChannelError } from '../../core/errors.js';
import type { ConversationRef, Reply } from '../../core/messages.js';
import type { ChannelSender, Logger } from '../../core/ports.js';
import { parseReference, type TeamsReference } from './activity-mapping.js';
import { toChannelError } from './errors.js';
import { renderReply, type OutgoingActivity, type TeamsRenderOptions } from './render-reply.js';

export interface TeamsSenderDeps {
  app: App;
  logger: Logger;
  render: TeamsRenderOptions;
  /** Keeps the reference of a 1:1 chat the sender opened, so the next send goes there directly. */
  saveReference(userId: string, reference: TeamsReference): Promise<void>;
}

export function createTeamsSender(deps: TeamsSenderDeps): ChannelSender {
  const { app, logger, render } = deps;
  return {
    channel: 'teams',
    async send(to: ConversationRef, replies: Reply[]) {
      const ref = parseReference(to.reference);
      if (!ref.conversationId && !ref.user?.id) {
        throw new ChannelError('not_found', `geen Teams-gesprek bekend voor ${to.userId} (app niet geïnstalleerd of nooit een bericht gestuurd)`);
      }
      const api = new ConnectorClient((ref.serviceUrl ?? app.api.serviceUrl).replace(/\/+$/, ''), app.api.http);
      let conversationId = ref.conversationId;
      try {
        if (!conversationId) {
          if (!ref.bot?.id) throw new ChannelError('not_found', `onvolledige Teams-referentie voor ${to.userId}`);
          const created = await api.conversations.create({
            isGroup: false,
            bot: ref.bot,
            members: [{ id: ref.user!.id, name: ref.user!.name ?? '', role: 'user' }],
            tenantId: ref.tenantId,
            channelData: ref.tenantId ? { tenant: { id: ref.tenantId } } : undefined,
          });
          conversationId = created.id;
          await deps.saveReference(to.userId, { ...(ref as TeamsReference), conversationId });
        }
        for (const reply of replies) {
          const activity: OutgoingActivity & { from?: unknown } = { ...renderReply(reply, render), ...(ref.bot ? { from: ref.bot } : {}) };
          await api.conversations.activities(conversationId).create(activity as never);
        }
      } catch (err) {
        const error = toChannelError(err, `Teams-bericht aan ${to.userId}`);
        logger.warn('teams: proactive send failed', { userId: to.userId, conversationId, code: error.code, error: error.message });
        throw error;
      }
    },
  };
}
