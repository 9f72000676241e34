/**
 * The "Deel in kanaal" button carries the answer itself (compressed into the button value, ≤2000 chars),
 * because Slack does not send the content of an ephemeral message back with the click.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Citation, Reply, ReplyAction } from '../../core/messages.js';

export const SHARE_ACTION_ID = 'slack:share';
const MAX_VALUE = 2000;

interface SharedReply {
  t: string;
  ti?: string;
  c?: Citation[];
  a?: string;
  ac?: ReplyAction[];
}

const pack = (s: SharedReply) => deflateRawSync(Buffer.from(JSON.stringify(s), 'utf8')).toString('base64url');

/** Encodes a reply for the share button; long texts are shortened until the value fits. */
export function encodeSharedReply(reply: Reply): string {
  const base: SharedReply = { t: reply.text, ti: reply.title, c: reply.citations?.map(({ passage: _p, ...c }) => c), a: reply.answerId, ac: reply.actions };
  let value = pack(base);
  let length = reply.text.length;
  while (value.length > MAX_VALUE && length > 0) {
    length = Math.floor(length * 0.8);
    value = pack({ ...base, t: `${reply.text.slice(0, length)}…` });
  }
  if (value.length > MAX_VALUE) value = pack({ t: `${reply.text.slice(0, 500)}…`, a: reply.answerId });
  return value;
}

/** Decodes a share button value; null when it is not ours or damaged. */
export function decodeSharedReply(value: string | undefined): Reply | null {
  if (!value) return null;
  try {
    const s = JSON.parse(inflateRawSync(Buffer.from(value, 'base64url')).toString('utf8')) as SharedReply;
    if (typeof s.t !== 'string') return null;
    return { kind: 'answer', text: s.t, title: s.ti, citations: s.c, answerId: s.a, actions: s.ac };
  } catch {
    return null;
  }
}
