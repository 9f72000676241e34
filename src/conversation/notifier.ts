import type { ChannelName, Reply } from '../core/messages.js';
import type { OutboxMessage } from '../core/outbox.js';
import type { DirectoryLookup, Notifier, NotifyOptions, NotifyResult } from '../core/people.js';
import type { ChannelSender, ConversationRefStore, Logger } from '../core/ports.js';
import type { SendOutcome } from './delivery.js';
import { texts } from './texts.js';

/** What the notifier needs from the outbox: console messages are stored, channel messages sent through it. */
export interface OutboxPort {
  record(m: OutboxMessage & { status?: 'sent' }): Promise<void>;
}

/**
 * Delivers proactive messages on every channel a person can be reached on. The console inbox counts
 * when the person has a console id; Slack needs a user id; Teams needs a stored conversation reference.
 * Every message is an outbox row before it is sent (see delivery.ts), one per recipient and channel.
 */
export function createNotifier(deps: {
  directory: DirectoryLookup;
  refs: ConversationRefStore;
  outbox: OutboxPort;
  /** Sends through the outbox; `senders` only tells which channels this installation runs. */
  delivery: { send(m: OutboxMessage): Promise<SendOutcome> };
  senders: ChannelSender[];
  logger: Logger;
  /** For the retry time in failure texts. */
  timeZone?: string;
  /**
   * The console signs people in by e-mail (OIDC): someone in the directory with an e-mail address but no
   * console id reads their inbox under their person id, so prompts and digests are kept there too.
   */
  inboxByEmail?: boolean;
}): Notifier {
  const { directory, refs, outbox, delivery, logger } = deps;
  const sender = (channel: ChannelName) => deps.senders.find((s) => s.channel === channel);
  const summary = (replies: Reply[]) => replies.map((r) => r.text).join('\n\n');
  const dedupeKey = (options: NotifyOptions | undefined, channel: ChannelName, recipient: string) => (options?.key ? `${options.key}:${channel}:${recipient}` : null);

  async function deliver(channel: ChannelName, recipient: string, reference: unknown, replies: Reply[], kind: string, result: NotifyResult, options?: NotifyOptions) {
    const outcome = await delivery.send({ channel, recipient, kind, text: summary(replies), payload: { replies }, reference, dedupeKey: dedupeKey(options, channel, recipient) });
    if (!('error' in outcome)) {
      result.channels.push(channel);
      return;
    }
    const reason = `${channel}: ${outcome.error}${outcome.state === 'retry' ? ` ${texts.sendRetrying(outcome.retryAt, deps.timeZone)}` : ''}`;
    result.failures.push(reason);
    logger.warn('proactive message failed', { channel, userId: recipient, kind, state: outcome.state, error: reason });
  }

  async function toInbox(recipient: string, replies: Reply[], kind: string, options?: NotifyOptions) {
    await outbox.record({ channel: 'web', recipient, kind, text: summary(replies), payload: { replies }, dedupeKey: dedupeKey(options, 'web', recipient) });
  }

  return {
    async notify(personId, replies, kind, options) {
      const result: NotifyResult = { delivered: false, channels: [], failures: [] };
      const person = await directory.getPerson(personId);
      if (!person) {
        result.failures.push(`onbekende persoon ${personId}`);
        return result;
      }
      // The same id the console reads the inbox with (web-auth: the console id, else the person id).
      const inbox = person.consoleId ?? (deps.inboxByEmail && person.email ? person.id : null);
      if (inbox) {
        await toInbox(inbox, replies, kind, options);
        result.channels.push('web');
      }
      // A channel this installation does not run is not a failure to reach someone; a configured one is.
      const unconfigured: string[] = [];
      if (person.slackUserId) {
        if (sender('slack')) await deliver('slack', person.slackUserId, null, replies, kind, result, options);
        else unconfigured.push('Slack');
      }
      if (person.teamsUserId) {
        const ref = await refs.get('teams', person.teamsUserId);
        if (!sender('teams')) unconfigured.push('Teams');
        else if (!ref) result.failures.push('teams: nog geen gesprek met deze persoon (app niet geïnstalleerd of nooit een bericht gestuurd)');
        else await deliver('teams', person.teamsUserId, ref.reference, replies, kind, result, options);
      }
      result.delivered = result.channels.length > 0;
      if (!result.delivered && result.failures.length === 0) {
        result.failures.push(
          unconfigured.length ? `alleen bereikbaar via ${unconfigured.join(' en ')}, dat hier niet is ingesteld` : 'geen kanaal bekend voor deze persoon',
        );
      }
      return result;
    },
    async post(channel, conversationId, replies, kind, options) {
      const result: NotifyResult = { delivered: false, channels: [], failures: [] };
      if (channel === 'web' || channel === 'cli') {
        await toInbox(conversationId, replies, kind, options);
        result.channels.push('web');
      } else if (!sender(channel)) {
        result.failures.push(`${channel}: niet geconfigureerd`);
      } else {
        const ref = channel === 'teams' ? ((await refs.get('teams', conversationId))?.reference ?? { conversationId }) : { conversationId };
        await deliver(channel, conversationId, ref, replies, kind, result, options);
      }
      result.delivered = result.channels.length > 0;
      return result;
    },
  };
}
