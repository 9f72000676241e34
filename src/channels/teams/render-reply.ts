/**
 * Reply → Teams activity: the one Teams rendering of the bot's replies. A single line of text is a plain
 * message; anything with paragraphs, a list, citations, buttons, inputs or a title is an Adaptive Card 1.5
 * (Universal Actions) built from TextBlocks per line (card-text.ts) and at most six visible buttons
 * (card-actions.ts). Text from documents, users or a model goes through `escapeTeams`.
 */
import { escapeTeams } from '../../core/escape-teams.js';
import type { Reply } from '../../core/messages.js';
import { stripListMarker } from '../../core/reply-text.js';
import { cardActions } from './card-actions.js';
import { citationBlock, citationLine, listBlocks, textBlocks, type CardElement } from './card-text.js';
import { teamsTexts as t } from './texts.js';

export { actionFromCardData, formAnswer, submitActionId } from './card-actions.js';

/** A Bot Framework message activity as we send it (plain JSON, so the SDK sends it as is). */
export interface OutgoingActivity {
  type: 'message';
  text?: string;
  textFormat?: 'markdown' | 'plain';
  summary?: string;
  attachments?: Array<{ contentType: string; content: unknown }>;
}

export interface TeamsRenderOptions {
  /** Base URL of the console; citations link to its agreement pages. */
  publicUrl?: string;
}

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** Whether a reply needs a card: structure, or more than one line (a message would run its lines together). */
export function needsCard(reply: Reply): boolean {
  return Boolean(
    reply.rich?.teamsCard || reply.citations?.length || reply.actions?.length || reply.inputs?.length || reply.title || reply.list?.length || /\n/.test(reply.text.trim()),
  );
}

export function renderReply(reply: Reply, opts: TeamsRenderOptions = {}): OutgoingActivity {
  if (!needsCard(reply)) return { type: 'message', text: escapeTeams(reply.text.trim()), textFormat: 'markdown' };
  const card = reply.rich?.teamsCard ?? renderCard(reply, opts);
  return { type: 'message', summary: summaryOf(reply), attachments: [{ contentType: ADAPTIVE_CARD, content: card }] };
}

function renderInput(input: NonNullable<Reply['inputs']>[number]): CardElement {
  const common = {
    id: input.id,
    label: input.label,
    isRequired: input.required ?? false,
    errorMessage: t.inputRequired(input.label),
    // Input.Number takes a number as its value, the others text.
    ...(input.value !== undefined && input.value !== '' ? { value: input.type === 'number' ? Number(input.value) : input.value } : {}),
  };
  switch (input.type) {
    case 'choice':
      return { type: 'Input.ChoiceSet', ...common, style: 'expanded', choices: (input.choices ?? []).map((c) => ({ title: c.label, value: c.value })) };
    case 'number':
      return { type: 'Input.Number', ...common, min: 0 };
    default:
      return { type: 'Input.Text', ...common, isMultiline: true, maxLength: 2000 };
  }
}

/** The Adaptive Card (1.5, Universal Actions) for a reply. */
export function renderCard(reply: Reply, opts: TeamsRenderOptions = {}): Record<string, unknown> {
  const body: CardElement[] = [];
  if (reply.title) body.push({ type: 'TextBlock', text: escapeTeams(reply.title), weight: 'Bolder', size: 'Medium', wrap: true });
  if (reply.text.trim()) body.push(...textBlocks(reply.text));
  if (reply.list?.length) body.push(...listBlocks(reply.list));
  if (reply.citations?.length) body.push(citationBlock(reply.citations, opts.publicUrl));
  for (const input of reply.inputs ?? []) body.push(renderInput(input));
  const actions = cardActions(reply);
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    fallbackText: plainText(reply, opts),
    msteams: { width: 'Full' },
    body,
    ...(actions.length ? { actions } : {}),
  };
}

/** The reply as plain Markdown (card fallback for clients without cards). */
export function plainText(reply: Reply, opts: TeamsRenderOptions = {}): string {
  const parts = [
    reply.title ? `**${escapeTeams(reply.title)}**` : null,
    escapeTeams(reply.text.trim()).replace(/\n/g, '\n\n'),
    reply.list?.map((i) => `- ${escapeTeams(stripListMarker(i))}`).join('\n') || null,
  ];
  if (reply.citations?.length) parts.push(`${t.sources}:\n${reply.citations.map((c) => `- ${citationLine(c, opts.publicUrl)}`).join('\n')}`);
  return parts.filter(Boolean).join('\n\n');
}

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The notification preview: the title, else the first line. */
function summaryOf(reply: Reply): string {
  return truncate((reply.title ?? reply.text).replace(/\s+/g, ' ').trim(), 120);
}
