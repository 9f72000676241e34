/** Reply → Slack Block Kit, within Slack's limits (≤50 blocks per message, ≤3000 chars per section). */
import { escapeSlack } from '../../core/escape-slack.js';
import { citationUrl, sourceUrl } from '../../core/links.js';
import type { Citation, Reply, ReplyAction } from '../../core/messages.js';
import { stripListMarker, textPieces } from '../../core/reply-text.js';

export type SlackBlock = Record<string, unknown> & { type: string };

/** One chat message: Block Kit plus the plain-text fallback for notifications and screen readers. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

export const MAX_BLOCKS = 50;
export const MAX_SECTION_CHARS = 3000;
const MAX_FALLBACK_CHARS = 3000;
const MAX_CONTEXT_ELEMENTS = 10;
const MAX_ACTIONS_PER_BLOCK = 25;
const MAX_BUTTON_LABEL = 75;
const MAX_BUTTON_VALUE = 2000;
/** Separates our action id from a uniqueness suffix in a Slack action_id. */
const ACTION_SUFFIX = /\|\d+$/;

export interface RenderOptions {
  /** Base URL of the console; citations link to `${publicUrl}/agreements/<municipality>/<number>`. */
  publicUrl?: string;
  /** Extra buttons after the reply's own actions (e.g. "Deel in kanaal"). */
  extraActions?: ReplyAction[];
  /** Leave out the reply's own buttons (e.g. in a shared copy). */
  withoutActions?: boolean;
}

const escapeMrkdwn = escapeSlack;

/**
 * Engine text → Slack mrkdwn: escaped first (mentions, links and `<!channel>` from documents, users or a
 * model show as typed), then **bold** → *bold* and headings → bold lines. Markdown links stay text: a
 * link whose words hide its target is how phishing looks.
 */
export function toMrkdwn(markdown: string): string {
  return escapeMrkdwn(markdown)
    .replace(/\*\*(.+?)\*\*/g, '*$1*')
    .replace(/__(.+?)__/g, '*$1*')
    .replace(/^#{1,6}\s+(.+)$/gm, '*$1*');
}

/** A mrkdwn text object; `verbatim` stops Slack from turning bare names and URLs into mentions or links. */
export const mrkdwn = (text: string) => ({ type: 'mrkdwn', text, verbatim: true });

/** Splits text into pieces of at most `max` chars, preferring paragraph, line and word boundaries. */
export function splitText(text: string, max = MAX_SECTION_CHARS): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = window.lastIndexOf('\n\n');
    if (cut < max / 2) cut = window.lastIndexOf('\n');
    if (cut < max / 2) cut = window.lastIndexOf(' ');
    if (cut < max / 2) cut = max;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}

/** Makes action_ids unique within a message (Slack requires it); `parseActionId` undoes it. */
export function encodeActionIds(actions: ReplyAction[]): Array<ReplyAction & { actionId: string }> {
  const seen = new Map<string, number>();
  return actions.map((a) => {
    const n = seen.get(a.id) ?? 0;
    seen.set(a.id, n + 1);
    return { ...a, actionId: n === 0 && !ACTION_SUFFIX.test(a.id) ? a.id : `${a.id}|${n}` };
  });
}

/** Our action id from a Slack action_id. */
export function parseActionId(actionId: string): string {
  return actionId.replace(ACTION_SUFFIX, '');
}

export { citationUrl };

/** "📄 Almelo 3 — Verkoop van huurwoningen", linked to the console when publicUrl is set. */
export function citationText(c: Citation, publicUrl?: string): string {
  const label = `${c.municipality} ${c.number} — ${c.title}`.replace(/[<>|]/g, ' ');
  const url = citationUrl(c, publicUrl);
  const chapter = c.chapter ? ` _(${escapeMrkdwn(c.chapter)})_` : '';
  const source = sourceUrl(c);
  return `📄 ${url ? `<${url}|${escapeMrkdwn(label)}>` : escapeMrkdwn(label)}${chapter}${source ? ` · <${source}|brondocument>` : ''}`;
}

/** Engine text as mrkdwn with its paragraphs, line breaks and lists ("- x", "• x" → one "• x"). */
export function textMrkdwn(text: string): string {
  return textPieces(text)
    .map((p, i) => `${i === 0 ? '' : p.gap ? '\n\n' : '\n'}${p.type === 'list' ? p.items.map((item) => `• ${toMrkdwn(item)}`).join('\n') : toMrkdwn(p.lines.join('\n'))}`)
    .join('');
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function buttonBlocks(actions: ReplyAction[]): SlackBlock[] {
  const buttons = encodeActionIds(actions).map((a) => ({
    type: 'button',
    action_id: a.actionId,
    text: { type: 'plain_text', text: a.label.slice(0, MAX_BUTTON_LABEL), emoji: true },
    ...(a.value !== undefined ? { value: a.value.slice(0, MAX_BUTTON_VALUE) } : {}),
    ...(a.style ? { style: a.style } : {}),
  }));
  return chunk(buttons, MAX_ACTIONS_PER_BLOCK).map((elements) => ({ type: 'actions', elements }));
}

/** The notification text: Slack parses it like mrkdwn, so it is escaped too. */
function fallbackText(reply: Reply): string {
  const text = escapeMrkdwn([reply.title, reply.text].filter(Boolean).join('\n'));
  return text.length > MAX_FALLBACK_CHARS ? `${text.slice(0, MAX_FALLBACK_CHARS - 1)}…` : text || ' ';
}

/** The content blocks of one reply, before splitting into messages. */
function contentBlocks(reply: Reply, opts: RenderOptions): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  if (reply.title) blocks.push({ type: 'header', text: { type: 'plain_text', text: reply.title.slice(0, 150), emoji: true } });
  if (reply.rich?.slackBlocks?.length) {
    blocks.push(...(reply.rich.slackBlocks as SlackBlock[]));
  } else {
    for (const part of splitText(textMrkdwn(reply.text))) blocks.push({ type: 'section', text: mrkdwn(part) });
    if (reply.list?.length) {
      const lines = reply.list.map((item) => `• ${toMrkdwn(stripListMarker(item))}`).join('\n');
      for (const part of splitText(lines)) blocks.push({ type: 'section', text: mrkdwn(part) });
    }
  }
  if (reply.citations?.length) {
    const elements = reply.citations.map((c) => mrkdwn(citationText(c, opts.publicUrl).slice(0, MAX_SECTION_CHARS)));
    for (const group of chunk(elements, MAX_CONTEXT_ELEMENTS)) blocks.push({ type: 'context', elements: group });
  }
  return blocks;
}

/**
 * Renders one Reply as one or more Slack messages. Long answers are split so no message exceeds 50
 * blocks; the buttons go on the last message, the text fallback on every one.
 */
export function renderReply(reply: Reply, opts: RenderOptions = {}): SlackMessage[] {
  const content = contentBlocks(reply, opts);
  const actions = [...(opts.withoutActions ? [] : (reply.actions ?? [])), ...(opts.extraActions ?? [])];
  const buttons = actions.length ? buttonBlocks(actions) : [];
  const text = fallbackText(reply);
  const messages: SlackMessage[] = [];
  let rest = content;
  while (rest.length + buttons.length > MAX_BLOCKS) {
    messages.push({ text, blocks: rest.slice(0, MAX_BLOCKS) });
    rest = rest.slice(MAX_BLOCKS);
  }
  messages.push({ text, blocks: [...rest, ...buttons] });
  if (messages.length > 1) messages.forEach((m, i) => (m.text = `${text.slice(0, MAX_FALLBACK_CHARS - 20)} (${i + 1}/${messages.length})`));
  return messages;
}

/** Renders several replies, each as its own message(s). */
export function renderReplies(replies: Reply[], opts: RenderOptions = {}): SlackMessage[] {
  return replies.flatMap((r) => renderReply(r, opts));
}
