/**
 * The quarterly progress form as a pure step machine: (state, input) → (state, replies, effects).
 * One agreement at a time: status → toelichting → realised number (when there is a target); the ones that
 * need a fresh look first, then the rest offered as unchanged in one go. The state is plain JSON (see
 * form-state.ts), stored after every answer and picked up after a restart.
 */
import { parseAgreementNumber } from '../core/agreement.js';
import type { Reply } from '../core/messages.js';
import { quoteInput } from '../core/reply-text.js';
import { parseFormCommand, type FormCommand } from './form-commands.js';
import { currentQuestion, formActionId, NO_ITEM, overview, parseFormActionId } from './form-replies.js';
import { clone, isOpen, item, moveNext, openNumbers, openRest, upgradeFormState, type FormState, type ItemAnswer } from './form-state.js';
import { firstMessage, formatNumber, noteSchema, realisedSchema, statusSchema } from './questions.js';
import { NOTE_REQUIRED, statusLabel } from './statuses.js';
import { formTexts as t } from './texts.js';

export * from './form-state.js';
export { bulkQuestion, currentQuestion, formActionId, overview, parseFormActionId, progressLine } from './form-replies.js';

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

/** Typed words that mean a button. */
const KEEP_WORDS = ['zo laten', 'hetzelfde', 'zelfde', 'ongewijzigd', 'onveranderd', 'laat maar zo'];
const YES = ['ja', 'ja klopt', 'klopt', 'ja, klopt', 'bevestig', 'ok', 'oké', 'akkoord', 'ongewijzigd', 'de rest is ongewijzigd', 'alles ongewijzigd'];
const NO = ['nee', 'nee, ander aantal', 'ander aantal', 'een voor een', 'één voor één', 'los', 'apart'];
const said = (words: string[], raw: string) => words.includes(raw.trim().toLowerCase().replace(/[!.]+$/, ''));

/** One step: a typed answer, a command or a button. */
export function stepForm(state: FormState, input: FormInput): FormResult {
  const s = clone(upgradeFormState(state));
  if (input.type === 'action') {
    const a = parseFormActionId(input.id);
    if (!a || a.token !== s.token) return stale(s, a?.number ?? '?');
    if (a.step === 'cmd') return runCommand(s, a.value === 'overzicht' ? { name: 'overzicht' } : (parseFormCommand(a.value) ?? { name: 'hulp' }));
    // A button only counts for the question it was shown with.
    const shownFor = s.step === 'bulk' ? NO_ITEM : s.current;
    if (a.number !== shownFor || a.step !== s.step) return stale(s, a.number);
    // A card's submit button carries what was typed in its input, not a choice of its own.
    if (a.value === 'submit') return answer(s, input.value ?? '', false);
    return answer(s, a.value, true);
  }
  const command = parseFormCommand(input.text);
  if (command) return runCommand(s, command);
  if (s.current === null && s.step !== 'bulk') return { state: s, replies: [{ kind: 'form', text: `${t.nothingOpen}\n\n${t.formHelp}` }], effects: [] };
  return answer(s, input.text, false);
}

function stale(s: FormState, number: string): FormResult {
  return { state: s, replies: [{ kind: 'error', text: t.staleButton(number) }, ...currentQuestion(s, false)], effects: [] };
}

function invalid(s: FormState, message: string): FormResult {
  return { state: s, replies: [{ kind: 'error', text: message }, ...currentQuestion(s, false)], effects: [] };
}

function answer(s: FormState, raw: string, fromButton: boolean): FormResult {
  if (s.step === 'bulk') return answerBulk(s, raw, fromButton);
  const it = item(s, s.current)!;
  const n = it.number;
  const keep = fromButton ? raw === 'zo-laten' || raw === 'ongewijzigd' : said(KEEP_WORDS, raw);
  if (s.step === 'status') {
    if (keep && s.answered[n]) {
      s.trail.push({ number: n, step: 'status' });
      return advance(s, [{ kind: 'form-saved', text: t.kept(n) }], []);
    }
    if (keep && s.previous[n]) {
      const { status, note, realised } = s.previous[n]!;
      s.draft = { status, note, realised };
      return completeItem(s, [], true);
    }
    if (keep) return invalid(s, t.noEarlierAnswer(n));
    const parsed = statusSchema.safeParse(raw);
    if (!parsed.success) return invalid(s, firstMessage(parsed.error));
    s.trail.push({ number: n, step: 'status' });
    s.draft = { ...s.draft, status: parsed.data };
    s.step = 'note';
    return { state: s, replies: currentQuestion(s, false), effects: [] };
  }
  if (s.step === 'note') {
    const earlierNote = s.draft.note ?? s.answered[n]?.note ?? s.previous[n]?.note ?? null;
    // "Zo laten" keeps the earlier toelichting; without one it means none (never the words as a toelichting).
    const text = keep ? (earlierNote ?? '') : fromButton && raw === 'geen' ? '' : raw;
    const parsed = noteSchema(s.draft.status!).safeParse(text);
    if (!parsed.success) return invalid(s, firstMessage(parsed.error));
    s.draft.note = parsed.data;
    if (it.target && s.draft.status !== 'nvt') {
      s.trail.push({ number: n, step: 'note' });
      s.step = 'realised';
      if (s.draft.realised === undefined) s.draft.realised = s.answered[n]?.realised ?? s.previous[n]?.realised ?? undefined;
      return { state: s, replies: currentQuestion(s, false), effects: [] };
    }
    s.draft.realised = null;
    return completeItem(s, []);
  }
  return answerRealised(s, raw, fromButton, keep);
}

function answerRealised(s: FormState, raw: string, fromButton: boolean, keep: boolean): FormResult {
  const n = s.current!;
  const target = item(s, n)!.target!;
  const pending = s.draft.pendingRealised;
  if (pending !== undefined && (fromButton ? raw === 'bevestig' : said(YES, raw))) {
    delete s.draft.pendingRealised;
    s.draft.realised = pending;
    return completeItem(s, []);
  }
  if (pending !== undefined && (fromButton ? raw === 'opnieuw' : said(NO, raw))) {
    delete s.draft.pendingRealised;
    return { state: s, replies: currentQuestion(s, false), effects: [] };
  }
  if (fromButton && raw === 'onbekend') s.draft.realised = null;
  else if (keep && s.draft.realised !== undefined && s.draft.realised !== null) {
    // "Zo laten": the number filled in before stays.
  } else {
    const parsed = realisedSchema().safeParse(raw);
    if (!parsed.success) return invalid(s, firstMessage(parsed.error));
    if (parsed.data > target.value) {
      s.draft.pendingRealised = parsed.data;
      return { state: s, replies: currentQuestion(s, false), effects: [] };
    }
    s.draft.realised = parsed.data;
  }
  delete s.draft.pendingRealised;
  return completeItem(s, []);
}

function answerBulk(s: FormState, raw: string, fromButton: boolean): FormResult {
  const yes = fromButton ? raw === 'ongewijzigd' : said(YES, raw);
  const no = fromButton ? raw === 'los' : said(NO, raw);
  if (!yes && !no) return invalid(s, t.bulkNotUnderstood(quoteInput(raw)));
  if (no) {
    s.bulk = 'declined';
    moveNext(s, null);
    return { state: s, replies: currentQuestion(s, true), effects: [] };
  }
  const effects: FormEffect[] = [];
  const numbers = openRest(s);
  for (const n of numbers) {
    const { status, note, realised } = s.previous[n]!;
    const a: ItemAnswer = { status, note, realised, unchanged: true };
    s.answered[n] = a;
    effects.push({ type: 'save', number: n, answer: a });
  }
  s.skipped = s.skipped.filter((x) => !numbers.includes(x));
  s.bulk = 'done';
  return advance(s, [{ kind: 'form-saved', text: t.bulkSaved(numbers) }], effects, null);
}

/** Saves the draft as the current agreement's answer and moves on. */
function completeItem(s: FormState, replies: Reply[], unchanged = false): FormResult {
  const n = s.current!;
  const a: ItemAnswer = { status: s.draft.status!, note: s.draft.note ?? null, realised: s.draft.realised ?? null, ...(unchanged ? { unchanged: true } : {}) };
  s.answered[n] = a;
  s.skipped = s.skipped.filter((x) => x !== n);
  delete s.preset[n];
  s.trail.push({ number: n, step: s.step });
  replies.push({ kind: 'form-saved', text: t.saved(n, statusLabel(a.status), a.realised === null ? null : formatNumber(a.realised), unchanged) });
  return advance(s, replies, [{ type: 'save', number: n, answer: a }]);
}

function advance(s: FormState, replies: Reply[], effects: FormEffect[], from: string | null = s.current): FormResult {
  if (moveNext(s, from)) {
    replies.push(...currentQuestion(s, true));
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

/** "klaar": what was chosen for the current agreement is kept (unless a required toelichting is missing), then done. */
function finishNow(s: FormState): FormResult {
  const n = s.current;
  if (n === null || s.step === 'status' || s.step === 'bulk' || !s.draft.status) return finish(s, [], []);
  if (s.step === 'note' && NOTE_REQUIRED.includes(s.draft.status)) return invalid(s, t.finishNeedsNote(n, statusLabel(s.draft.status)));
  const a: ItemAnswer = { status: s.draft.status, note: s.step === 'note' ? null : (s.draft.note ?? null), realised: s.step === 'realised' ? (s.draft.realised ?? null) : null };
  s.answered[n] = a;
  s.skipped = s.skipped.filter((x) => x !== n);
  delete s.preset[n];
  const saved: Reply = { kind: 'form-saved', text: t.saved(n, statusLabel(a.status), a.realised === null ? null : formatNumber(a.realised)) };
  return finish(s, [saved], [{ type: 'save', number: n, answer: a }]);
}

/** "alles op schema behalve 3, 7": every open agreement but those is op schema; a numeric target is still asked. */
function allOnSchedule(s: FormState, except: string[], unknown: string[]): FormResult {
  const numbers = s.items.map((i) => i.number);
  const wrong = [...unknown, ...except.filter((n) => !numbers.includes(n))];
  if (wrong.length) return invalid(s, t.allOnScheduleUnknown(wrong.map((w) => quoteInput(w, 20)), numbers));
  const affected = openNumbers(s).filter((n) => !except.includes(n));
  if (affected.length === 0) return { state: s, replies: [{ kind: 'form', text: t.allOnScheduleNothing }, ...currentQuestion(s, false)], effects: [] };
  const effects: FormEffect[] = [];
  const withTarget: string[] = [];
  for (const n of affected) {
    if (item(s, n)!.target) {
      s.preset[n] = { status: 'op-schema', note: null };
      withTarget.push(n);
      continue;
    }
    const a: ItemAnswer = { status: 'op-schema', note: null, realised: null };
    s.answered[n] = a;
    effects.push({ type: 'save', number: n, answer: a });
  }
  s.skipped = s.skipped.filter((x) => !affected.includes(x));
  if (openRest(s).length === 0 && s.bulk === 'offer') s.bulk = 'done';
  const saved = affected.filter((n) => !withTarget.includes(n));
  const replies: Reply[] = [
    { kind: 'form-saved', text: [saved.length ? t.allOnSchedule(saved) : null, withTarget.length ? t.allOnScheduleNumbers(withTarget) : null].filter(Boolean).join(' ') },
  ];
  // The current question starts again: its agreement may now be done, preset, or one of the exceptions.
  if (s.current !== null && affected.includes(s.current)) s.draft = {};
  return advance(s, replies, effects, null);
}

function runCommand(s: FormState, c: FormCommand): FormResult {
  switch (c.name) {
    case 'overzicht':
      return { state: s, replies: [overview(s), ...(s.current !== null || s.step === 'bulk' ? currentQuestion(s, false) : [])], effects: [] };
    case 'hulp':
      return { state: s, replies: [{ kind: 'help', text: t.formHelp }, ...currentQuestion(s, false)], effects: [] };
    case 'later':
      return { state: s, replies: [{ kind: 'form', text: t.paused(s.deadlineLabel) }], effects: [{ type: 'pause', reason: 'later' }] };
    case 'stop':
      return { state: s, replies: [{ kind: 'form', text: t.stopped(s.deadlineLabel) }], effects: [{ type: 'pause', reason: 'stop' }] };
    case 'klaar':
      return finishNow(s);
    case 'alles-op-schema':
      return allOnSchedule(s, c.except, c.unknown);
    case 'overslaan': {
      if (s.step === 'bulk') {
        s.bulk = 'declined';
        s.skipped.push(...openRest(s).filter((n) => !s.skipped.includes(n)));
        return advance(s, [], [], null);
      }
      if (s.current === null) return { state: s, replies: [{ kind: 'form', text: t.nothingOpen }], effects: [] };
      const n = s.current;
      if (isOpen(s, n) && !s.skipped.includes(n)) s.skipped.push(n);
      s.trail.push({ number: n, step: s.step });
      return advance(s, [{ kind: 'form', text: isOpen(s, n) ? t.skipped(n) : t.kept(n) }], []);
    }
    case 'terug': {
      const prev = s.trail.pop();
      if (!prev) return { state: s, replies: [{ kind: 'form', text: t.backAtStart }, ...currentQuestion(s, false)], effects: [] };
      // Back to an earlier agreement: its answer fills the draft, so the question shows it again; back to this
      // agreement's status: the status just chosen is shown.
      if (prev.number !== s.current) s.draft = prev.step === 'status' ? {} : { ...(s.answered[prev.number] ?? {}) };
      else if (prev.step === 'status') s.draft = s.draft.status ? { status: s.draft.status } : {};
      delete s.draft.pendingRealised;
      s.current = prev.number;
      s.step = prev.step === 'bulk' ? 'status' : prev.step;
      s.finished = false;
      s.skipped = s.skipped.filter((x) => x !== prev.number);
      return { state: s, replies: currentQuestion(s, prev.step === 'status'), effects: [] };
    }
    case 'wijzig': {
      const n = parseAgreementNumber(c.number) ?? c.number;
      if (!item(s, n)) return invalid(s, t.unknownNumber(quoteInput(c.number, 20), s.items.map((i) => i.number)));
      if (s.current !== null && s.current !== n && !s.finished) s.trail.push({ number: s.current, step: s.step });
      const previous = s.answered[n];
      s.current = n;
      s.step = 'status';
      s.draft = {};
      s.finished = false;
      return { state: s, replies: [{ kind: 'form', text: t.changeIntro(n, previous ? statusLabel(previous.status) : null) }, ...currentQuestion(s, true)], effects: [] };
    }
  }
}

/** The ids of a form's bulk buttons, for channels and tests that press them. */
export const bulkActionId = (token: string, value: 'ongewijzigd' | 'los') => formActionId(token, NO_ITEM, 'bulk', value);
