/**
 * What the progress form shows: the question for where it stands (with the earlier answer and a progress
 * line), the bulk offer for the rest, and the overview. Channel-neutral Replies; buttons carry
 * `form:<token>:<number>:<step>:<value>` ids.
 */
import type { Reply, ReplyAction } from '../core/messages.js';
import { quoteInput } from '../core/reply-text.js';
import { askOrder, item, openNumbers, openRest, type FormState, type ItemAnswer, type Step } from './form-state.js';
import { formatNumber, realisedQuestion } from './questions.js';
import { NOTE_REQUIRED, STATUSES, statusLabel } from './statuses.js';
import { formTexts as t } from './texts.js';

/** Button ids: form:<token>:<number>:<step>:<value>. */
export const formActionId = (token: string, number: string, step: Step | 'cmd', value: string) => `form:${token}:${number}:${step}:${value}`;

export function parseFormActionId(id: string): { token: string; number: string; step: string; value: string } | null {
  const m = /^form:([^:]+):([^:]+):([a-z]+):(.+)$/.exec(id);
  return m ? { token: m[1]!, number: m[2]!, step: m[3]!, value: m[4]! } : null;
}

/** The number shown in ids when no agreement is current (the bulk offer). */
export const NO_ITEM = '-';

/** "Vertraagd — "Kopers haken af", gerealiseerd 9 van 22" */
export function describeAnswer(s: FormState, n: string, a: Pick<ItemAnswer, 'status' | 'note' | 'realised'>): string {
  const target = item(s, n)?.target;
  const realised = a.realised !== null && target ? `, gerealiseerd ${formatNumber(a.realised)} van ${formatNumber(target.value)} ${target.unit}` : '';
  return `${statusLabel(a.status)}${a.note ? ` — "${quoteInput(a.note, 160)}"` : ''}${realised}`;
}

/** "▰▰▰▱▱▱▱▱▱▱ 3 van 35 ingevuld" */
export function progressLine(s: FormState): string {
  const total = s.items.length;
  const done = total - openNumbers(s).length;
  const filled = total ? Math.round((done / total) * 10) : 10;
  return t.progressLine(`${'▰'.repeat(filled)}${'▱'.repeat(10 - filled)}`, done, total);
}

const cmd = (s: FormState, n: string, value: string, label: string): ReplyAction => ({ id: formActionId(s.token, n, 'cmd', value), label });

/** The question for where the form stands (first question, or again after a pause or restart). */
export function currentQuestion(state: FormState, withIntro = true): Reply[] {
  if (state.step === 'bulk') return [bulkQuestion(state)];
  if (state.current === null) return [{ kind: 'form', text: t.nothingOpen, actions: [cmd(state, NO_ITEM, 'overzicht', t.buttons.overview)] }];
  return [question(state, withIntro)];
}

/** The earlier answer of the current agreement: this quarter's, else the one being changed, else last quarter's. */
function earlier(s: FormState, n: string): { note: string | null; realised: number | null } {
  const a = s.answered[n] ?? s.previous[n];
  return { note: s.draft.note ?? a?.note ?? null, realised: s.draft.realised ?? a?.realised ?? null };
}

function statusQuestion(s: FormState, n: string, withIntro: boolean): Pick<Reply, 'text' | 'actions'> {
  const it = item(s, n)!;
  const now = s.answered[n];
  const previous = s.previous[n];
  const lines = [
    withIntro && it.summary ? it.summary : null,
    now ? t.nowAnswered(describeAnswer(s, n, now)) : s.draft.status ? t.justChosen(statusLabel(s.draft.status)) : null,
    previous && !now ? t.previousAnswer(previous.quarterLabel, describeAnswer(s, n, previous)) : null,
    `${t.statusQuestion}\n${t.statusHint}`,
    progressLine(s),
  ];
  const keep: ReplyAction[] = now
    ? [{ id: formActionId(s.token, n, 'status', 'zo-laten'), label: t.keepValueLabel(statusLabel(now.status)), style: 'primary' }]
    : previous
      ? [{ id: formActionId(s.token, n, 'status', 'ongewijzigd'), label: t.unchangedLabel(statusLabel(previous.status)), style: 'primary' }]
      : [];
  return {
    text: lines.filter(Boolean).join('\n\n'),
    actions: [
      ...keep,
      ...STATUSES.map((st, i) => ({ id: formActionId(s.token, n, 'status', st.code), label: st.label, ...(i === 0 && !keep.length ? { style: 'primary' as const } : {}) })),
      cmd(s, n, 'overslaan', t.buttons.skip),
      cmd(s, n, 'later', t.buttons.later),
    ],
  };
}

function question(s: FormState, withIntro: boolean): Reply {
  const n = s.current!;
  const it = item(s, n)!;
  const position = `${askOrder(s).indexOf(n) + 1}/${s.items.length}`;
  const title = `Afspraak ${n} — ${it.title} (${position})${it.unreviewed ? t.unreviewedMark : ''}`;
  const data = { form: 'progress', token: s.token, number: n, step: s.step };
  if (s.step === 'status') return { kind: 'form', title, ...statusQuestion(s, n, withIntro), data };
  const before = earlier(s, n);
  if (s.step === 'note') {
    const status = s.draft.status!;
    const required = NOTE_REQUIRED.includes(status);
    return {
      kind: 'form',
      title,
      text: [required ? t.noteQuestionRequired(statusLabel(status)) : t.noteQuestionOptional(statusLabel(status)), before.note ? t.earlierNote(quoteInput(before.note, 300)) : null]
        .filter(Boolean)
        .join('\n\n'),
      actions: [
        ...(before.note ? [{ id: formActionId(s.token, n, 'note', 'zo-laten'), label: t.keepLabel, style: 'primary' as const }] : []),
        ...(required ? [] : [{ id: formActionId(s.token, n, 'note', 'geen'), label: t.noNoteLabel }]),
        cmd(s, n, 'terug', t.buttons.back),
      ],
      inputs: [{ id: 'note', label: 'Toelichting', type: 'text', required, ...(before.note ? { value: before.note } : {}) }],
      data,
    };
  }
  const target = it.target!;
  const pending = s.draft.pendingRealised;
  if (pending !== undefined) {
    const typed = formatNumber(pending);
    return {
      kind: 'form',
      title,
      text: t.aboveTarget(typed, formatNumber(target.value), target.unit),
      actions: [
        { id: formActionId(s.token, n, 'realised', 'bevestig'), label: t.confirmAbove(typed), style: 'primary' },
        { id: formActionId(s.token, n, 'realised', 'opnieuw'), label: t.otherNumber },
        cmd(s, n, 'terug', t.buttons.back),
      ],
      inputs: [{ id: 'realised', label: 'Aantal', type: 'number', required: false }],
      data,
    };
  }
  const keepRealised = before.realised !== null ? formatNumber(before.realised) : null;
  return {
    kind: 'form',
    title,
    text: [`${realisedQuestion(target)}\n${t.realisedHint}`, keepRealised ? t.earlierRealised(keepRealised) : null].filter(Boolean).join('\n\n'),
    actions: [
      ...(keepRealised ? [{ id: formActionId(s.token, n, 'realised', 'zo-laten'), label: t.keepValueLabel(keepRealised), style: 'primary' as const }] : []),
      { id: formActionId(s.token, n, 'realised', 'onbekend'), label: t.unknownLabel },
      cmd(s, n, 'terug', t.buttons.back),
    ],
    inputs: [{ id: 'realised', label: 'Aantal', type: 'number', required: false, ...(keepRealised ? { value: String(before.realised) } : {}) }],
    data,
  };
}

/** "De rest is ongewijzigd": the rest items with last quarter's status and note, and one button. */
export function bulkQuestion(s: FormState): Reply {
  const rest = openRest(s);
  const quarter = s.previous[rest[0]!]?.quarterLabel ?? '';
  return {
    kind: 'form',
    title: t.bulkTitle(rest.length),
    text: [t.bulkQuestion(quarter), t.bulkHint, progressLine(s)].join('\n\n'),
    list: rest.map((n) => `${n}. ${item(s, n)!.title} — ${describeAnswer(s, n, s.previous[n]!)}`),
    actions: [
      { id: formActionId(s.token, NO_ITEM, 'bulk', 'ongewijzigd'), label: t.bulkConfirm, style: 'primary' },
      { id: formActionId(s.token, NO_ITEM, 'bulk', 'los'), label: t.bulkDecline },
      cmd(s, NO_ITEM, 'later', t.buttons.later),
    ],
    data: { form: 'progress', token: s.token, number: NO_ITEM, step: 'bulk', rest },
  };
}

/** Overview of done and open items. */
export function overview(state: FormState): Reply {
  const list = state.items.map((i) => {
    const a = state.answered[String(i.number)];
    if (!a) return `${i.number}. ${i.title} — open${state.skipped.includes(i.number) ? ' (overgeslagen)' : ''}`;
    const realised = a.realised !== null && i.target ? `, ${formatNumber(a.realised)} van ${formatNumber(i.target.value)} ${i.target.unit}` : '';
    return `${i.number}. ${i.title} — ${statusLabel(a.status)}${realised}${a.unchanged ? ' (ongewijzigd)' : ''}`;
  });
  const open = openNumbers(state).length;
  return {
    kind: 'form-overview',
    title: t.overviewTitle(state.party, state.quarterLabel),
    text: t.overviewCounts(state.items.length - open, open),
    list,
    data: { form: 'progress', token: state.token, done: state.items.length - open, open },
  };
}
