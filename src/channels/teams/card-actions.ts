/**
 * Buttons on an Adaptive Card and what comes back when one is pressed. Teams shows at most six actions on
 * a card and silently drops the rest, so from the seventh on they go into the card's overflow menu ("…",
 * `mode: secondary`), keeping five in view beside it.
 */
import type { Reply, ReplyAction } from '../../core/messages.js';
import { teamsTexts as t } from './texts.js';

/** Actions Teams shows on one card. */
export const TEAMS_MAX_VISIBLE_ACTIONS = 6;

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

/** Buttons next to inputs do not submit (or validate) them: "Terug" must work with an empty field. */
function executeAction(action: ReplyAction, hasInputs: boolean): Record<string, unknown> {
  return {
    type: 'Action.Execute',
    title: action.label,
    verb: action.id,
    data: { actionId: action.id, ...(action.value !== undefined ? { value: action.value } : {}) },
    ...(action.style === 'primary' ? { style: 'positive' } : action.style === 'danger' ? { style: 'destructive' } : {}),
    ...(hasInputs ? { associatedInputs: 'none' } : {}),
  };
}

/** The card's actions: a submit for its inputs first, then the reply's buttons, the overflow beyond six. */
export function cardActions(reply: Reply): Array<Record<string, unknown>> {
  const hasInputs = Boolean(reply.inputs?.length);
  const actions: Array<Record<string, unknown>> = [];
  if (hasInputs) {
    const id = submitActionId(reply);
    actions.push({ type: 'Action.Execute', title: t.submit, verb: id, data: { actionId: id }, style: 'positive', associatedInputs: 'auto' });
  }
  for (const action of reply.actions ?? []) actions.push(executeAction(action, hasInputs));
  if (actions.length <= TEAMS_MAX_VISIBLE_ACTIONS) return actions;
  // The overflow button takes a place of its own.
  return actions.map((a, i) => (i < TEAMS_MAX_VISIBLE_ACTIONS - 1 ? a : { ...a, mode: 'secondary' }));
}

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

const FORM_SUBMIT = /^form:([^:]+):([^:]+):([a-z]+):submit$/;
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
