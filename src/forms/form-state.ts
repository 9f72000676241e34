/**
 * The state of a quarterly progress form: plain JSON, stored after every answer. The agreements that need a
 * fresh look come first (last quarter not "op schema", or a numeric target); the rest, "op schema" last
 * quarter without a target, is offered in one go as unchanged.
 */
import type { StatusCode } from './statuses.js';

export type Step = 'status' | 'note' | 'realised' | 'bulk';

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
  /** Confirmed as unchanged from an earlier quarter (one button) rather than answered anew. */
  unchanged?: boolean;
}

/** An answer from an earlier quarter, offered again. */
export interface PreviousAnswer extends ItemAnswer {
  /** "Q2 2026". */
  quarterLabel: string;
}

export interface FormState {
  v: 2;
  /** Identifies this form in button ids, so a button of another or an older form is recognised. */
  token: string;
  municipality: string;
  quarter: string;
  quarterLabel: string;
  party: string;
  deadlineLabel: string;
  items: FormItem[];
  /** The latest earlier report per agreement number. */
  previous: Record<string, PreviousAnswer>;
  /** Numbers offered together as unchanged: "op schema" last time and no numeric target. */
  rest: string[];
  /** offer: still to be asked · declined: one by one · done: confirmed · none: nothing to offer. */
  bulk: 'offer' | 'declined' | 'done' | 'none';
  current: string | null;
  step: Step;
  /** The answer being given for `current`; `pendingRealised` waits for "yes, more than the target". */
  draft: Partial<ItemAnswer> & { pendingRealised?: number };
  answered: Record<string, ItemAnswer>;
  skipped: string[];
  trail: Array<{ number: string; step: Step }>;
  /** A status given in bulk ("alles op schema behalve 3") for agreements whose number is still asked. */
  preset: Record<string, { status: StatusCode; note: string | null }>;
  finished: boolean;
}

/** What a new form starts from: its identity and items, plus answers on record. */
export type FormInit = Pick<FormState, 'token' | 'municipality' | 'quarter' | 'quarterLabel' | 'party' | 'deadlineLabel' | 'items'> & {
  /** Answers already on record this quarter (by this person or a colleague); those items start as done. */
  answered?: Record<string, ItemAnswer>;
  /** The latest earlier answer per agreement, shown and offered again. */
  previous?: Record<string, PreviousAnswer>;
};

export const item = (s: FormState, n: string | null) => s.items.find((i) => i.number === n);
export const isOpen = (s: FormState, n: string) => !s.answered[String(n)];
export const openNumbers = (s: FormState) => s.items.filter((i) => isOpen(s, i.number)).map((i) => i.number);
export const clone = (s: FormState): FormState => JSON.parse(JSON.stringify(s)) as FormState;

/** The numbers in the order they are asked: those needing a fresh look first, then the rest. */
export const askOrder = (s: FormState): string[] => [...s.items.filter((i) => !s.rest.includes(i.number)), ...s.items.filter((i) => s.rest.includes(i.number))].map((i) => i.number);

/** Open rest items, while the bulk offer stands. */
export const openRest = (s: FormState) => s.rest.filter((n) => isOpen(s, n));

/** The next unanswered, unskipped number after `from` in asking order (wrapping round); null when none is left. */
export function nextOpen(s: FormState, from: string | null): string | null {
  const order = askOrder(s).filter((n) => n === from || (isOpen(s, n) && !s.skipped.includes(n)));
  const candidates = order.filter((n) => n !== from);
  if (candidates.length === 0) return null;
  const idx = from === null ? -1 : order.indexOf(from);
  return order.slice(idx + 1).find((n) => n !== from) ?? candidates[0]!;
}

/**
 * Moves the form to the next open agreement after `from`: the bulk offer takes the place of the first rest
 * item while it stands; an agreement with a preset status starts at its number. False when none is left.
 */
export function moveNext(s: FormState, from: string | null): boolean {
  const n = nextOpen(s, from);
  s.draft = {};
  if (n !== null && s.bulk === 'offer' && s.rest.includes(n)) {
    s.current = null;
    s.step = 'bulk';
    return true;
  }
  s.current = n;
  s.step = 'status';
  const preset = n !== null ? s.preset[n] : undefined;
  if (n !== null && preset && item(s, n)?.target) {
    s.step = 'realised';
    s.draft = { status: preset.status, note: preset.note };
  }
  return n !== null;
}

/** The form has nothing left to ask (finished, or no question pending). */
export const isFormDone = (s: FormState) => s.finished || (s.current === null && s.step !== 'bulk');

export function createFormState(init: FormInit): FormState {
  const previous = init.previous ?? {};
  const rest = init.items.filter((i) => !i.target && previous[i.number]?.status === 'op-schema').map((i) => i.number);
  const state: FormState = {
    v: 2,
    token: init.token,
    municipality: init.municipality,
    quarter: init.quarter,
    quarterLabel: init.quarterLabel,
    party: init.party,
    deadlineLabel: init.deadlineLabel,
    items: init.items,
    previous,
    rest,
    bulk: 'none',
    current: null,
    step: 'status',
    draft: {},
    answered: { ...(init.answered ?? {}) },
    skipped: [],
    trail: [],
    preset: {},
    finished: false,
  };
  state.bulk = openRest(state).length > 0 ? 'offer' : 'none';
  moveNext(state, null);
  return state;
}

/**
 * A stored state as this version reads it: numbers as strings (forms saved before numbers were kept as
 * printed had numbers), and version 1 states without earlier answers or a bulk offer.
 */
export function upgradeFormState(stored: FormState | (Omit<FormState, 'v' | 'previous' | 'rest' | 'bulk' | 'preset'> & { v: 1 })): FormState {
  const str = (n: unknown) => (n === null || n === undefined ? null : String(n));
  const s = stored as Partial<FormState> & Omit<FormState, 'v' | 'previous' | 'rest' | 'bulk' | 'preset'>;
  return {
    ...s,
    v: 2,
    items: s.items.map((i) => ({ ...i, number: String(i.number) })),
    previous: s.previous ?? {},
    rest: (s.rest ?? []).map(String),
    bulk: s.bulk ?? 'none',
    preset: s.preset ?? {},
    current: str(s.current),
    skipped: s.skipped.map(String),
    trail: s.trail.map((x) => ({ ...x, number: String(x.number) })),
  };
}

/** Brings answers from elsewhere (a colleague, an earlier session) into the state; the current item stays. */
export function mergeAnswered(state: FormState, answered: Record<string, ItemAnswer>): FormState {
  const s = clone(upgradeFormState(state));
  s.answered = { ...s.answered, ...answered };
  const untouched = Object.keys(s.draft).length === 0 && s.step === 'status';
  if (s.current !== null && !isOpen(s, s.current) && untouched && !s.trail.some((x) => x.number === s.current)) moveNext(s, s.current);
  else if (s.step === 'bulk' && openRest(s).length === 0) {
    s.bulk = 'done';
    moveNext(s, null);
  }
  return s;
}
