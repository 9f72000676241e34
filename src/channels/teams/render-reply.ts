import { escapeTeams } from '../../core/escape-teams.js';
import type { Citation, Reply, ReplyAction } from '../../core/messages.js';
import { teamsTexts as t } from './texts.js';

/** A Bot Framework message activity as we send it (plain JSON, so the SDK sends it as is). */
export interface OutgoingActivity {
  type: 'message';
  text?: string;
  textFormat?: 'markdown' | 'plain';
  summary?: string;
  attachments?: Array<{ contentType: string; content: unknown }>;
}

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** Keys in Action.Execute data that are ours; everything else in the data is an input value. */
const RESERVED = new Set(['actionId', 'value', 'msteams']);

/**
 * The id a form card's submit button carries: `form:<token>:<number>:<step>:submit` when the reply is a
 * form question (its `data` has token/number/step), else `submit`. The typed values travel in action.value.
 */
export function submitActionId(reply: Reply): string {
  const d = (reply.data ?? {}) as { token?: unknown; number?: unknown; step?: unknown };
  const known = (v: unknown) => typeof v === 'string' || typeof v === 'number';
  return known(d.token) && known(d.number) && known(d.step) ? `form:${d.token}:${d.number}:${d.step}:submit` : 'submit';
}

/** Whether a reply needs a card (citations, buttons, inputs, a title or a list); otherwise plain text does. */
export function needsCard(reply: Reply): boolean {
  return Boolean(reply.rich?.teamsCard || reply.citations?.length || reply.actions?.length || reply.inputs?.length || reply.title || reply.list?.length);
}

/**
 * Reply → Teams activity: an Adaptive Card when there is structure to show, plain text otherwise. Text
 * from documents, users or a model goes through `escapeTeams`, so its links and tags stay text.
 */
export function renderReply(reply: Reply): OutgoingActivity {
  const fallback = plainText(reply);
  if (!needsCard(reply)) return { type: 'message', text: escapeTeams(reply.text), textFormat: 'markdown' };
  const card = reply.rich?.teamsCard ?? renderCard(reply, fallback);
  return { type: 'message', summary: summaryOf(reply), attachments: [{ contentType: ADAPTIVE_CARD, content: card }] };
}

/** The Adaptive Card (1.5, Universal Actions) for a reply. */
export function renderCard(reply: Reply, fallbackText = plainText(reply)): Record<string, unknown> {
  const body: unknown[] = [];
  if (reply.title) body.push({ type: 'TextBlock', text: escapeTeams(reply.title), weight: 'Bolder', size: 'Medium', wrap: true });
  if (reply.text) body.push({ type: 'TextBlock', text: escapeTeams(reply.text), wrap: true });
  if (reply.list?.length) body.push({ type: 'TextBlock', text: reply.list.map((item) => `- ${escapeTeams(item)}`).join('\n'), wrap: true });
  if (reply.citations?.length) body.push(citationBlock(reply.citations));
  for (const input of reply.inputs ?? []) body.push(renderInput(input));

  const actions: unknown[] = [];
  if (reply.inputs?.length) {
    const id = submitActionId(reply);
    actions.push({ type: 'Action.Execute', title: t.submit, verb: id, data: { actionId: id }, style: 'positive', associatedInputs: 'auto' });
  }
  for (const action of reply.actions ?? []) actions.push(renderAction(action, Boolean(reply.inputs?.length)));

  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    fallbackText,
    msteams: { width: 'Full' },
    body,
    ...(actions.length ? { actions } : {}),
  };
}

function citationBlock(citations: Citation[]): unknown {
  const items: unknown[] = [{ type: 'TextBlock', text: t.sources, weight: 'Bolder', size: 'Small', wrap: true }];
  for (const c of citations) {
    items.push({ type: 'TextBlock', text: citationLine(c), size: 'Small', wrap: true, spacing: 'Small' });
    if (c.passage) items.push({ type: 'TextBlock', text: `“${escapeTeams(truncate(c.passage, 300))}”`, size: 'Small', isSubtle: true, wrap: true, spacing: 'None' });
  }
  return { type: 'Container', separator: true, spacing: 'Medium', items };
}

const citationLine = (c: Citation) => escapeTeams(`**${t.agreement(c.municipality, c.number)}** — ${c.title}${c.chapter ? ` (${c.chapter})` : ''}`);

function renderInput(input: NonNullable<Reply['inputs']>[number]): unknown {
  const common = { id: input.id, label: input.label, isRequired: input.required ?? false, errorMessage: t.inputRequired(input.label) };
  switch (input.type) {
    case 'choice':
      return { type: 'Input.ChoiceSet', ...common, style: 'expanded', choices: (input.choices ?? []).map((c) => ({ title: c.label, value: c.value })) };
    case 'number':
      return { type: 'Input.Number', ...common, min: 0 };
    default:
      return { type: 'Input.Text', ...common, isMultiline: true, maxLength: 2000 };
  }
}

/** Buttons next to inputs do not submit (or validate) them: "Terug" must work with an empty field. */
function renderAction(action: ReplyAction, hasInputs: boolean): unknown {
  return {
    type: 'Action.Execute',
    title: action.label,
    verb: action.id,
    data: { actionId: action.id, ...(action.value !== undefined ? { value: action.value } : {}) },
    ...(action.style === 'primary' ? { style: 'positive' } : action.style === 'danger' ? { style: 'destructive' } : {}),
    ...(hasInputs ? { associatedInputs: 'none' } : {}),
  };
}

/** The reply as plain text (card fallback, notification summary). */
export function plainText(reply: Reply): string {
  const parts = [reply.title ? `**${escapeTeams(reply.title)}**` : null, escapeTeams(reply.text), reply.list?.map((i) => `- ${escapeTeams(i)}`).join('\n') || null];
  if (reply.citations?.length) parts.push(`${t.sources}:\n${reply.citations.map((c) => `- ${citationLine(c)}`).join('\n')}`);
  return parts.filter(Boolean).join('\n\n');
}

function summaryOf(reply: Reply): string {
  return truncate((reply.title ?? reply.text).replace(/\s+/g, ' '), 120);
}

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * The action a card button submitted: verb (or data.actionId) as id; the value from data.value, or the
 * input values (one input → its text, several → JSON).
 */
export function actionFromCardData(verb: string | undefined, data: Record<string, unknown> | undefined): { id: string; value?: string } | null {
  const d = data ?? {};
  const id = verb || (typeof d.actionId === 'string' ? d.actionId : '');
  if (!id) return null;
  if (typeof d.value === 'string') return { id, value: d.value };
  const inputs = Object.entries(d).filter(([k]) => !RESERVED.has(k));
  if (inputs.length === 0) return { id };
  if (inputs.length === 1) return formAnswer({ id, value: String(inputs[0]![1] ?? '') });
  return { id, value: JSON.stringify(Object.fromEntries(inputs)) };
}

const FORM_SUBMIT = /^form:([^:]+):(\d+):([a-z]+):submit$/;
/** What an empty optional field means, per form step: no toelichting, realised number not known. */
const EMPTY_ANSWER: Record<string, string> = { note: 'geen', realised: 'onbekend' };

/**
 * A form card's submit (`form:<token>:<number>:<step>:submit` + the typed value) → the form's own answer
 * button id `form:<token>:<number>:<step>:<value>`, as if the value were a button: the form then checks
 * token, agreement and step, so a submit from an older card cannot answer the current question. The form
 * reads such ids on one line, so line breaks in a toelichting become spaces.
 */
export function formAnswer(action: { id: string; value?: string }): { id: string; value?: string } {
  const m = FORM_SUBMIT.exec(action.id);
  if (!m) return action;
  const typed = (action.value ?? '').replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const value = typed || EMPTY_ANSWER[m[3]!];
  return value ? { id: `form:${m[1]}:${m[2]}:${m[3]}:${value}` } : action;
}
