/**
 * The quarterly progress form as a pure step machine: (state, input) → (state, replies, effects).
 * One agreement at a time: status → toelichting → realised number (when there is a target). The state is
 * plain JSON so it can be stored after every answer and picked up after a restart.
 */
import { parseAgreementNumber } from '../core/agreement.js';
import type { Reply, ReplyAction } from '../core/messages.js';
import { firstMessage, formatNumber, noteSchema, realisedQuestion, realisedSchema, statusSchema } from './questions.js';
import { NOTE_REQUIRED, STATUSES, statusLabel, type StatusCode } from './statuses.js';
import { formTexts as t } from './texts.js';

export type Step = 'status' | 'note' | 'realised';

export interface FormItem {
  /** The agreement's number as printed ("3", "2.1"). */
  number: string;
  title: string;
  /** Short form of this year's text. */
  summary: string;
  target: { value: number; unit: string; verb: string; approximate: boolean } | null;
  /** From a document no coordinator has checked yet: its number and title may still change. */
  unreviewed?: boolean;
}

export interface ItemAnswer {
  status: StatusCode;
  note: string | null;
  realised: number | null;
}

export interface FormState {
  v: 1;
  /** Identifies this form in button ids, so a button of another or an older form is recognised. */
  token: string;
  municipality: string;
  quarter: string;
  quarterLabel: string;
  party: string;
  deadlineLabel: string;
  items: FormItem[];
  current: string | null;
  step: Step;
  draft: Partial<ItemAnswer>;
  answered: Record<string, ItemAnswer>;
  skipped: string[];
  trail: Array<{ number: string; step: Step }>;
  finished: boolean;
}

export type FormInput = { type: 'text'; text: string } | { type: 'action'; id: string; value?: string };

export type FormEffect =
  | { type: 'save'; number: string; answer: ItemAnswer }
  | { type: 'pause'; reason: 'later' | 'stop' }
  | { type: 'finish' };

export interface FormResult {
  state: FormState;
  replies: Reply[];
  effects: FormEffect[];
}

/** What a new form starts from: its identity and items, plus answers already on record. */
export type FormInit = Pick<FormState, 'token' | 'municipality' | 'quarter' | 'quarterLabel' | 'party' | 'deadlineLabel' | 'items'> & {
  /** Answers already on record (by this person or a colleague); those items start as done. */
  answered?: Record<string, ItemAnswer>;
};

/** Button ids: form:<token>:<number>:<step>:<value>. */
export const formActionId = (token: string, number: string, step: Step | 'cmd', value: string) => `form:${token}:${number}:${step}:${value}`;

export function parseFormActionId(id: string): { token: string; number: string; step: string; value: string } | null {
  const m = /^form:([^:]+):([^:]+):([a-z]+):(.+)$/.exec(id);
  return m ? { token: m[1]!, number: m[2]!, step: m[3]!, value: m[4]! } : null;
}

/**
 * A stored state as this version reads it: forms saved before agreement numbers were kept as printed
 * had numbers where strings now stand.
 */
export function upgradeFormState(stored: FormState): FormState {
  const str = (n: unknown) => (n === null || n === undefined ? null : String(n));
  return {
    ...stored,
    items: stored.items.map((i) => ({ ...i, number: String(i.number) })),
    current: str(stored.current),
    skipped: stored.skipped.map(String),
    trail: stored.trail.map((x) => ({ ...x, number: String(x.number) })),
  };
}

export function createFormState(init: FormInit): FormState {
  const state: FormState = {
    v: 1,
    token: init.token,
    municipality: init.municipality,
    quarter: init.quarter,
    quarterLabel: init.quarterLabel,
    party: init.party,
    deadlineLabel: init.deadlineLabel,
    items: init.items,
    current: null,
    step: 'status',
    draft: {},
    answered: { ...(init.answered ?? {}) },
    skipped: [],
    trail: [],
    finished: false,
  };
  state.current = nextOpen(state, null);
  return state;
}

const item = (s: FormState, n: string | null) => s.items.find((i) => i.number === n);
const isOpen = (s: FormState, n: string) => !s.answered[String(n)];
const openNumbers = (s: FormState) => s.items.filter((i) => isOpen(s, i.number)).map((i) => i.number);

/** The next unanswered, unskipped item after `from` (wrapping round); null when none is left. */
function nextOpen(s: FormState, from: string | null): string | null {
  const candidates = s.items.filter((i) => isOpen(s, i.number) && !s.skipped.includes(i.number)).map((i) => i.number);
  if (candidates.length === 0) return null;
  const idx = from === null ? -1 : s.items.findIndex((i) => i.number === from);
  const after = s.items.slice(idx + 1).find((i) => candidates.includes(i.number));
  return after?.number ?? candidates[0]!;
}

const clone = (s: FormState): FormState => JSON.parse(JSON.stringify(s)) as FormState;

/** Brings answers from elsewhere (a colleague, an earlier session) into the state; the current item stays. */
export function mergeAnswered(state: FormState, answered: Record<string, ItemAnswer>): FormState {
  const s = clone(state);
  s.answered = { ...s.answered, ...answered };
  if (s.current !== null && !isOpen(s, s.current) && Object.keys(s.draft).length === 0 && s.step === 'status' && !s.trail.some((x) => x.number === s.current)) {
    s.current = nextOpen(s, s.current);
  }
  return s;
}

/** The question for where the form stands (first question, or again after a pause or restart). */
export function currentQuestion(state: FormState, withIntro = true): Reply[] {
  if (state.current === null) return [{ kind: 'form', text: t.nothingOpen, actions: [overviewButton(state)] }];
  return [question(state, withIntro)];
}

function overviewButton(s: FormState): ReplyAction {
  return { id: formActionId(s.token, s.current ?? '-', 'cmd', 'overzicht'), label: t.buttons.overview };
}

function question(s: FormState, withIntro: boolean): Reply {
  const it = item(s, s.current)!;
  const n = it.number;
  const position = `${s.items.findIndex((i) => i.number === n) + 1}/${s.items.length}`;
  const title = `Afspraak ${n} — ${it.title} (${position})${it.unreviewed ? t.unreviewedMark : ''}`;
  const cmd = (value: string, label: string): ReplyAction => ({ id: formActionId(s.token, n, 'cmd', value), label });
  const data = { form: 'progress', token: s.token, number: n, step: s.step };
  if (s.step === 'status') {
    const previous = s.answered[String(n)];
    return {
      kind: 'form',
      title,
      text: [withIntro && it.summary ? it.summary : null, previous ? `Nu: ${statusLabel(previous.status)}.` : null, t.statusQuestion, t.statusHint]
        .filter(Boolean)
        .join('\n\n'),
      actions: [
        ...STATUSES.map((st, i) => ({ id: formActionId(s.token, n, 'status', st.code), label: st.label, ...(i === 0 ? { style: 'primary' as const } : {}) })),
        cmd('overslaan', t.buttons.skip),
        cmd('later', t.buttons.later),
      ],
      data,
    };
  }
  if (s.step === 'note') {
    const status = s.draft.status!;
    const required = NOTE_REQUIRED.includes(status);
    return {
      kind: 'form',
      title,
      text: required ? t.noteQuestionRequired(statusLabel(status)) : t.noteQuestionOptional(statusLabel(status)),
      actions: [...(required ? [] : [{ id: formActionId(s.token, n, 'note', 'geen'), label: t.noNoteLabel }]), cmd('terug', t.buttons.back)],
      inputs: [{ id: 'note', label: 'Toelichting', type: 'text', required }],
      data,
    };
  }
  return {
    kind: 'form',
    title,
    text: `${realisedQuestion(it.target!)}\n${t.realisedHint}`,
    actions: [{ id: formActionId(s.token, n, 'realised', 'onbekend'), label: t.unknownLabel }, cmd('terug', t.buttons.back)],
    inputs: [{ id: 'realised', label: 'Aantal', type: 'number', required: false }],
    data,
  };
}

/** Overview of done and open items. */
export function overview(state: FormState): Reply {
  const list = state.items.map((i) => {
    const a = state.answered[String(i.number)];
    if (!a) return `${i.number}. ${i.title} — open${state.skipped.includes(i.number) ? ' (overgeslagen)' : ''}`;
    const realised = a.realised !== null && i.target ? `, ${formatNumber(a.realised)} van ${formatNumber(i.target.value)} ${i.target.unit}` : '';
    return `${i.number}. ${i.title} — ${statusLabel(a.status)}${realised}`;
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

type Command = { name: 'overslaan' | 'terug' | 'later' | 'stop' | 'overzicht' | 'klaar' | 'hulp' } | { name: 'wijzig'; number: string };

function parseCommand(text: string, step: Step): Command | null {
  const x = text.trim().toLowerCase().replace(/[!.]+$/, '');
  if (['overslaan', 'sla over', 'skip', 'volgende'].includes(x)) return { name: 'overslaan' };
  if (['terug', 'vorige', 'ga terug'].includes(x)) return { name: 'terug' };
  if (['later', 'straks', 'pauze'].includes(x)) return { name: 'later' };
  if (['stop', 'stoppen', 'annuleer', 'annuleren'].includes(x)) return { name: 'stop' };
  if (['overzicht', 'status', 'lijst'].includes(x)) return { name: 'overzicht' };
  if (['afronden', 'klaar met formulier', 'einde'].includes(x) || (x === 'klaar' && step !== 'status')) return { name: 'klaar' };
  if (['hulp', 'help', '?'].includes(x)) return { name: 'hulp' };
  const w = /^(?:wijzig|wijzigen|aanpassen|verander)\s+(?:afspraak\s+)?(\S+)$/.exec(x);
  if (w) return { name: 'wijzig', number: w[1]! };
  return null;
}

/** One step: a typed answer, a command or a button. */
export function stepForm(state: FormState, input: FormInput): FormResult {
  const s = clone(state);
  if (input.type === 'action') {
    const a = parseFormActionId(input.id);
    if (!a || a.token !== s.token) return { state: s, replies: [{ kind: 'error', text: t.staleButton(a?.number ?? '?') }, ...currentQuestion(s, false)], effects: [] };
    if (a.step === 'cmd') return runCommand(s, a.value === 'overzicht' ? { name: 'overzicht' } : (parseCommand(a.value, 'note') ?? { name: 'hulp' }));
    // A button only counts for the question it was shown with.
    if (a.number !== s.current || a.step !== s.step) return { state: s, replies: [{ kind: 'error', text: t.staleButton(a.number) }, ...currentQuestion(s, false)], effects: [] };
    // A card's submit button carries what was typed in its input, not a choice of its own.
    if (a.value === 'submit') return answer(s, input.value ?? '', false);
    return answer(s, a.value, true);
  }
  const command = parseCommand(input.text, s.step);
  if (command) return runCommand(s, command);
  if (s.current === null) return { state: s, replies: [{ kind: 'form', text: `${t.nothingOpen} ${t.formHelp}` }], effects: [] };
  return answer(s, input.text, false);
}

function answer(s: FormState, raw: string, fromButton: boolean): FormResult {
  const it = item(s, s.current)!;
  const replies: Reply[] = [];
  if (s.step === 'status') {
    const parsed = statusSchema.safeParse(raw);
    if (!parsed.success) return invalid(s, firstMessage(parsed.error));
    s.trail.push({ number: it.number, step: 'status' });
    s.draft = { ...s.draft, status: parsed.data };
    s.step = 'note';
    return { state: s, replies: [question(s, false)], effects: [] };
  }
  if (s.step === 'note') {
    const parsed = noteSchema(s.draft.status!).safeParse(fromButton && raw === 'geen' ? '' : raw);
    if (!parsed.success) return invalid(s, firstMessage(parsed.error));
    s.draft.note = parsed.data;
    if (it.target && s.draft.status !== 'nvt') {
      s.trail.push({ number: it.number, step: 'note' });
      s.step = 'realised';
      return { state: s, replies: [question(s, false)], effects: [] };
    }
    s.draft.realised = null;
    return completeItem(s, replies);
  }
  if (fromButton && raw === 'onbekend') s.draft.realised = null;
  else {
    const parsed = realisedSchema(it.target!).safeParse(raw);
    if (!parsed.success) return invalid(s, firstMessage(parsed.error));
    s.draft.realised = parsed.data;
  }
  return completeItem(s, replies);
}

function invalid(s: FormState, message: string): FormResult {
  return { state: s, replies: [{ kind: 'error', text: message }, question(s, false)], effects: [] };
}

function completeItem(s: FormState, replies: Reply[]): FormResult {
  const n = s.current!;
  const answer: ItemAnswer = { status: s.draft.status!, note: s.draft.note ?? null, realised: s.draft.realised ?? null };
  s.answered[String(n)] = answer;
  s.skipped = s.skipped.filter((x) => x !== n);
  s.trail.push({ number: n, step: s.step });
  s.draft = {};
  s.step = 'status';
  replies.push({ kind: 'form-saved', text: t.saved(n, statusLabel(answer.status), answer.realised === null ? null : formatNumber(answer.realised)) });
  const effects: FormEffect[] = [{ type: 'save', number: n, answer }];
  return advance(s, replies, effects);
}

function advance(s: FormState, replies: Reply[], effects: FormEffect[]): FormResult {
  s.current = nextOpen(s, s.current);
  if (s.current !== null) {
    replies.push(question(s, true));
    return { state: s, replies, effects };
  }
  return finish(s, replies, effects);
}

function finish(s: FormState, replies: Reply[], effects: FormEffect[]): FormResult {
  const open = openNumbers(s);
  s.finished = true;
  s.current = null;
  s.draft = {};
  s.step = 'status';
  replies.push({
    kind: 'form-done',
    text: open.length === 0 ? t.allDone(s.items.length, s.deadlineLabel) : t.finishedWithOpen(s.items.length - open.length, open, s.deadlineLabel),
  });
  return { state: s, replies, effects: [...effects, { type: 'finish' }] };
}

function runCommand(s: FormState, c: Command): FormResult {
  switch (c.name) {
    case 'overzicht':
      return { state: s, replies: [overview(s), ...(s.current !== null ? [question(s, false)] : [])], effects: [] };
    case 'hulp':
      return { state: s, replies: [{ kind: 'help', text: t.formHelp }, ...currentQuestion(s, false)], effects: [] };
    case 'later':
      return { state: s, replies: [{ kind: 'form', text: t.paused(s.deadlineLabel) }], effects: [{ type: 'pause', reason: 'later' }] };
    case 'stop':
      return { state: s, replies: [{ kind: 'form', text: t.stopped(s.deadlineLabel) }], effects: [{ type: 'pause', reason: 'stop' }] };
    case 'klaar':
      return finish(s, [], []);
    case 'overslaan': {
      if (s.current === null) return { state: s, replies: [{ kind: 'form', text: t.nothingOpen }], effects: [] };
      const n = s.current;
      if (isOpen(s, n) && !s.skipped.includes(n)) s.skipped.push(n);
      s.trail.push({ number: n, step: s.step });
      s.draft = {};
      s.step = 'status';
      return advance(s, [{ kind: 'form', text: isOpen(s, n) ? t.skipped(n) : `Afspraak ${n} blijft zoals hij was.` }], []);
    }
    case 'terug': {
      const prev = s.trail.pop();
      if (!prev) return { state: s, replies: [{ kind: 'form', text: t.backAtStart }, ...currentQuestion(s, false)], effects: [] };
      if (prev.number !== s.current) s.draft = { ...(s.answered[String(prev.number)] ?? {}) };
      s.current = prev.number;
      s.step = prev.step;
      s.finished = false;
      s.skipped = s.skipped.filter((x) => x !== prev.number);
      return { state: s, replies: [question(s, prev.step === 'status')], effects: [] };
    }
    case 'wijzig': {
      const n = parseAgreementNumber(c.number) ?? c.number;
      if (!item(s, n)) return { state: s, replies: [{ kind: 'error', text: t.unknownNumber(c.number, s.items.map((i) => i.number)) }, ...currentQuestion(s, false)], effects: [] };
      if (s.current !== null && s.current !== n) s.trail.push({ number: s.current, step: s.step });
      const previous = s.answered[String(n)];
      s.current = n;
      s.step = 'status';
      s.draft = {};
      s.finished = false;
      return { state: s, replies: [{ kind: 'form', text: t.changeIntro(n, previous ? statusLabel(previous.status) : null) }, question(s, true)], effects: [] };
    }
  }
}
