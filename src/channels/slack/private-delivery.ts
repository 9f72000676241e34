/**
 * Replies to something asked in a Slack channel or group: the shared ones in the thread, and what is for
 * the asker alone never there. Forms, progress detail and digests (`private`) go to the asker's DM with a
 * line in the thread saying so; a short acknowledgement (`ephemeral`, text only) is shown to them alone in
 * place (chat.postEphemeral, or the response_url of an ephemeral message).
 */
import type { webApi } from '@slack/bolt';
import type { Reply } from '../../core/messages.js';
import type { Logger } from '../../core/ports.js';
import { isPersonal, privateNotice } from '../../conversation/private-replies.js';
import { renderReplies, type RenderOptions } from './render-blocks.js';
import { slackErrorName } from './slack-errors.js';
import { postMessages } from './slack-sender.js';

type WebClient = webApi.WebClient;

/** A short acknowledgement the channel can show to the asker alone without a DM. */
export const isInPlaceAck = (r: Reply) =>
  Boolean(r.ephemeral && !r.private && !r.actions?.length && !r.inputs?.length && !r.title && !r.list?.length && !r.citations?.length && !r.rich);

export interface GroupTarget {
  channel: string;
  threadTs?: string;
  userId: string;
  /** Shows a message to the asker alone; defaults to chat.postEphemeral in the channel. */
  showToAsker?: (m: { text: string; blocks: unknown[] }) => Promise<unknown>;
}

/** Opens (or finds) the DM with a user. */
export async function openDm(client: WebClient, userId: string): Promise<string> {
  const opened = await client.conversations.open({ users: userId });
  if (!opened.channel?.id) throw new Error('conversations.open gaf geen kanaal terug');
  return opened.channel.id;
}

/** Sends replies to the asker's DM; false (logged) when Slack refused. */
async function sendToDm(client: WebClient, logger: Logger, userId: string, replies: Reply[], render: RenderOptions): Promise<boolean> {
  try {
    await postMessages(client, await openDm(client, userId), renderReplies(replies, render));
    return true;
  } catch (err) {
    logger.warn('slack: private reply failed', { userId, error: slackErrorName(err) });
    return false;
  }
}

/**
 * Delivers replies asked for in a group: `shared` ones in the conversation (or, with `sharedTo: 'dm'`, in
 * the DM as button clicks always did), private ones in the DM plus a notice, acknowledgements in place.
 */
export async function deliverInGroup(
  client: WebClient,
  logger: Logger,
  target: GroupTarget,
  replies: Reply[],
  render: RenderOptions,
  opts: { sharedTo?: 'conversation' | 'dm' } = {},
): Promise<void> {
  const show = target.showToAsker ?? ((m) => client.chat.postEphemeral({ channel: target.channel, user: target.userId, text: m.text, blocks: m.blocks as never, ...(target.threadTs ? { thread_ts: target.threadTs } : {}) }));
  const acks = replies.filter(isInPlaceAck);
  const personal = replies.filter((r) => isPersonal(r) && !isInPlaceAck(r));
  const shared = replies.filter((r) => !isPersonal(r));
  const toDm = opts.sharedTo === 'dm' ? [...shared, ...personal] : personal;
  const delivered = toDm.length ? await sendToDm(client, logger, target.userId, toDm, render) : true;
  if (personal.length) {
    const notice = privateNotice(delivered);
    // A button pressed in the group already answered privately: the notice is for the asker alone then.
    if (opts.sharedTo === 'dm') acks.push(notice);
    else shared.push(notice);
  }
  if (opts.sharedTo !== 'dm' && shared.length) await postMessages(client, target.channel, renderReplies(shared, render), target.threadTs);
  for (const m of renderReplies(acks, render)) await show(m);
}
