import type { ChannelName, Reply } from '../core/messages.js';
import type { DirectoryLookup, Notifier, NotifyResult } from '../core/people.js';
import type { ChannelSender, ConversationRefStore, Logger } from '../core/ports.js';

export interface OutboxPort {
  record(m: { channel: ChannelName; recipient: string; kind: string; text: string; payload: unknown; status?: string; error?: string }): Promise<void>;
}

/**
 * Delivers proactive messages on every channel a person can be reached on. The console inbox counts
 * when the person has a console id; Slack needs a user id; Teams needs a stored conversation reference.
 */
export function createNotifier(deps: {
  directory: DirectoryLookup;
  refs: ConversationRefStore;
  outbox: OutboxPort;
  senders: ChannelSender[];
  logger: Logger;
  /**
   * The console signs people in by e-mail (OIDC): someone in the directory with an e-mail address but no
   * console id reads their inbox under their person id, so prompts and digests are kept there too.
   */
  inboxByEmail?: boolean;
}): Notifier {
  const { directory, refs, outbox, logger } = deps;
  const sender = (channel: ChannelName) => deps.senders.find((s) => s.channel === channel);
  const summary = (replies: Reply[]) => replies.map((r) => r.text).join('\n\n');

  async function deliver(channel: ChannelName, userId: string, reference: unknown, replies: Reply[], kind: string, result: NotifyResult) {
    const s = sender(channel);
    if (!s) return;
    try {
      await s.send({ channel, userId, reference }, replies);
      result.channels.push(channel);
      await outbox.record({ channel, recipient: userId, kind, text: summary(replies), payload: { replies } });
    } catch (err) {
      const reason = `${channel}: ${(err as Error).message}`;
      result.failures.push(reason);
      logger.warn('proactive message failed', { channel, userId, kind, error: reason });
      await outbox.record({ channel, recipient: userId, kind, text: summary(replies), payload: { replies }, status: 'failed', error: reason });
    }
  }

  return {
    async notify(personId, replies, kind) {
      const result: NotifyResult = { delivered: false, channels: [], failures: [] };
      const person = await directory.getPerson(personId);
      if (!person) {
        result.failures.push(`onbekende persoon ${personId}`);
        return result;
      }
      // The same id the console reads the inbox with (web-auth: the console id, else the person id).
      const inbox = person.consoleId ?? (deps.inboxByEmail && person.email ? person.id : null);
      if (inbox) {
        await outbox.record({ channel: 'web', recipient: inbox, kind, text: summary(replies), payload: { replies } });
        result.channels.push('web');
      }
      // A channel this installation does not run is not a failure to reach someone; a configured one is.
      const unconfigured: string[] = [];
      if (person.slackUserId) {
        if (sender('slack')) await deliver('slack', person.slackUserId, null, replies, kind, result);
        else unconfigured.push('Slack');
      }
      if (person.teamsUserId) {
        const ref = await refs.get('teams', person.teamsUserId);
        if (!sender('teams')) unconfigured.push('Teams');
        else if (!ref) result.failures.push('teams: nog geen gesprek met deze persoon (app niet geïnstalleerd of nooit een bericht gestuurd)');
        else await deliver('teams', person.teamsUserId, ref.reference, replies, kind, result);
      }
      result.delivered = result.channels.length > 0;
      if (!result.delivered && result.failures.length === 0) {
        result.failures.push(
          unconfigured.length ? `alleen bereikbaar via ${unconfigured.join(' en ')}, dat hier niet is ingesteld` : 'geen kanaal bekend voor deze persoon',
        );
      }
      return result;
    },
    async post(channel, conversationId, replies, kind) {
      const result: NotifyResult = { delivered: false, channels: [], failures: [] };
      if (channel === 'web' || channel === 'cli') {
        await outbox.record({ channel: 'web', recipient: conversationId, kind, text: summary(replies), payload: { replies } });
        result.channels.push('web');
      } else if (!sender(channel)) {
        result.failures.push(`${channel}: niet geconfigureerd`);
      } else {
        const ref = channel === 'teams' ? ((await refs.get('teams', conversationId))?.reference ?? { conversationId }) : { conversationId };
        await deliver(channel, conversationId, ref, replies, kind, result);
      }
      result.delivered = result.channels.length > 0;
      return result;
    },
  };
}
