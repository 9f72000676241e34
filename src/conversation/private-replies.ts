/**
 * Replies asked for in a group conversation (a Slack channel, a Teams channel or group chat): what may be
 * shown there, and what goes to the asker privately. Forms, progress detail and digests are `private`;
 * acknowledgements are `ephemeral`. Neither is ever posted into the group: the channel sends them to the
 * person's direct chat and posts only `privateNotice` in the group.
 */
import type { Reply } from '../core/messages.js';
import { texts } from './texts.js';

/** True when a reply must not be seen by others in a group. */
export const isPersonal = (r: Reply) => Boolean(r.private || r.ephemeral);

/** The replies for the group and the ones for the asker alone, each in their original order. */
export function splitForGroup(replies: Reply[]): { shared: Reply[]; personal: Reply[] } {
  return { shared: replies.filter((r) => !isPersonal(r)), personal: replies.filter(isPersonal) };
}

/** The line left in the group: sent privately, or could not be (then nothing of it is shown). */
export function privateNotice(delivered: boolean): Reply {
  return { kind: 'private-notice', text: delivered ? texts.privateSent : texts.privateFailed };
}
