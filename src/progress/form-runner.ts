/**
 * Runs progress forms for people: opens or resumes a session, feeds it answers, stores state and reports
 * after every step (one transaction, optimistic on the session), and checks who may report for whom.
 */
import { randomUUID } from 'node:crypto';
import { parseAgreementNumber } from '../core/agreement.js';
import type { Reply } from '../core/messages.js';
import type { Person } from '../core/people.js';
import {
  createFormState,
  currentQuestion,
  isFormDone,
  mergeAnswered,
  overview,
  parseFormActionId,
  stepForm,
  upgradeFormState,
  type FormInput,
  type FormState,
  type ItemAnswer,
} from '../forms/progress-form.js';
import type { StatusCode } from '../forms/statuses.js';
import { sameParty } from '../core/parties.js';
import type { ReportRecord, SessionRecord } from '../core/progress.js';
import { previousAnswers } from './previous-answers.js';
import { addDays, formatDutchDate, localDate, nextWorkingDayOnOrAfter } from './quarter.js';
import type { Round, RoundContext } from './round.js';
import { snoozeInstant } from './snooze.js';
import { progressTexts as t } from './texts.js';

/** Button ids of the prompt: progress:<verb>:<municipality>:<quarter>:<party>. */
export const promptActionId = (verb: 'start' | 'later' | 'overview', municipality: string, quarter: string, party: string) =>
  `progress:${verb}:${encodeURIComponent(municipality)}:${quarter}:${encodeURIComponent(party)}`;

export function parsePromptActionId(id: string): { verb: string; municipality: string; quarter: string; party: string } | null {
  const m = /^progress:([a-z]+):([^:]+):(\d{4}-Q[1-4]):([^:]+)$/.exec(id);
  if (!m) return null;
  try {
    return { verb: m[1]!, municipality: decodeURIComponent(m[2]!), quarter: m[3]!, party: decodeURIComponent(m[4]!) };
  } catch {
    return null;
  }
}

function answeredFrom(reports: ReportRecord[], party: string): Record<string, ItemAnswer> {
  const out: Record<string, ItemAnswer> = {};
  for (const r of reports) if (sameParty(r.party, party)) out[String(r.number)] = { status: r.status as StatusCode, note: r.note, realised: r.realised, ...(r.unchanged ? { unchanged: true } : {}) };
  return out;
}

export function createFormRunner(ctx: RoundContext) {
  const { deps } = ctx;
  const { store } = deps;
  // A person's messages are handled one at a time in this process; the optimistic write covers other instances.
  const queues = new Map<string, Promise<unknown>>();
  function serialized<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = queues.get(key) ?? Promise.resolve();
    const run = previous.then(fn, fn);
    const tail = run.catch(() => undefined);
    queues.set(key, tail);
    void tail.then(() => {
      if (queues.get(key) === tail) queues.delete(key);
    });
    return run;
  }

  function refuse(text: string): Reply[] {
    return [{ kind: 'error', text, ephemeral: true }];
  }

  /** Opens (or resumes) the form of a person for a party in a round. */
  async function open(person: Person, round: Round, party: string, now: Date, opts: { intro?: boolean } = {}): Promise<Reply[]> {
    const role = ctx.authorize(person, round.municipality, party);
    if (!role) return refuse(t.notAllowed(party));
    if (now >= round.deadline) return refuse(t.deadlinePassed(round.label, round.deadlineLabel));
    const canonical = round.items.find((i) => sameParty(i.party, party))?.party;
    if (!canonical) return [{ kind: 'form', text: `Voor ${party} staan in ${round.label} geen afspraken van ${round.municipality} op de lijst.` }];
    return serialized(person.id, async () => {
      const reports = await store.listReports(round.municipality, round.key);
      const answered = answeredFrom(reports, canonical);
      const items = round.items.filter((i) => i.party === canonical).map(({ number, title, summary, target, unreviewed }) => ({ number, title, summary, target, ...(unreviewed ? { unreviewed } : {}) }));
      const previous = await previousAnswers(store, round.municipality, round.quarter, canonical, items.map((i) => i.number));
      let session = await store.getSession(person.id, round.municipality, round.key, canonical);
      let state: FormState;
      const fresh = (token: string) =>
        createFormState({ token, municipality: round.municipality, quarter: round.key, quarterLabel: round.label, party: canonical, deadlineLabel: round.deadlineLabel, items, answered, previous });
      if (!session) {
        session = await store.createSession({ personId: person.id, municipality: round.municipality, quarter: round.key, party: canonical, status: 'open', state: fresh(randomUUID().slice(0, 8)) });
      }
      const stored = upgradeFormState(session.state as FormState);
      state = isFormDone(stored) ? fresh(stored.token) : mergeAnswered(stored, answered);
      if (!(await store.updateSession(session.id, session.updatedAt, { status: 'open', state }))) {
        const again = await store.getSessionById(session.id);
        state = (again?.state as FormState | undefined) ?? state;
      }
      const open = items.filter((i) => !state.answered[String(i.number)]).length;
      const first = Object.keys(previous).length ? items.length - state.rest.length : null;
      const intro: Reply[] = opts.intro === false ? [] : [{ kind: 'form', text: t.formIntro(round.label, canonical, open, items.length, role === 'onBehalf', first) }];
      return [...intro, ...(isFormDone(state) ? [overview(state)] : []), ...currentQuestion(state, true)];
    });
  }

  /** One answer, command or button for a stored session. */
  async function step(person: Person, sessionId: string, input: FormInput, now: Date): Promise<Reply[]> {
    return serialized(person.id, async () => {
      for (let attempt = 0; attempt < 3; attempt++) {
        const session = await store.getSessionById(sessionId);
        if (!session || session.personId !== person.id) return refuse(t.otherPersonsButton);
        const round = await ctx.loadRound(session.municipality, session.quarter);
        if (now >= round.deadline) {
          await store.updateSession(session.id, session.updatedAt, { status: 'done', state: session.state });
          return refuse(t.deadlinePassed(round.label, round.deadlineLabel));
        }
        const role = ctx.authorize(person, session.municipality, session.party);
        if (!role) return refuse(t.notAllowed(session.party));
        const result = stepForm(session.state as FormState, input);
        const status = result.effects.some((e) => e.type === 'finish') ? 'done' : result.effects.some((e) => e.type === 'pause') ? 'paused' : 'open';
        const reports = result.effects.flatMap((e) =>
          e.type === 'save'
            ? [{ municipality: session.municipality, quarter: session.quarter, number: e.number, party: session.party, ...e.answer, unchanged: e.answer.unchanged ?? false, updatedBy: person.id, onBehalf: role === 'onBehalf', at: now }]
            : [],
        );
        if (await store.updateSession(session.id, session.updatedAt, { status, state: result.state }, reports)) return result.replies;
        ctx.logger.warn('form session changed concurrently, retrying', { sessionId, attempt });
      }
      return refuse('Je formulier werd tegelijk ergens anders gewijzigd; probeer het nog eens.');
    });
  }

  /** The person's session that is in progress (most recent), if any. */
  async function activeSession(person: Person): Promise<SessionRecord | null> {
    return (await store.listSessions(person.id, { status: ['open'] }))[0] ?? null;
  }

  /**
   * The session "wijzig 2.1" is about when no form is running: the person's most recent session of a round
   * still open whose list has that number, else their most recent one still open (it names the valid numbers).
   */
  async function sessionToChange(person: Person, numberText: string, now: Date): Promise<SessionRecord | null> {
    const number = parseAgreementNumber(numberText) ?? numberText;
    const open: SessionRecord[] = [];
    for (const session of await store.listSessions(person.id)) {
      const round = await ctx.loadRound(session.municipality, session.quarter).catch(() => null);
      if (round && now < round.deadline) open.push(session);
    }
    return open.find((x) => (x.state as FormState).items.some((i) => String(i.number) === number)) ?? open[0] ?? null;
  }

  /** The session a form button belongs to (by its token), among this person's sessions. */
  async function sessionForAction(person: Person, actionId: string): Promise<SessionRecord | null> {
    const parsed = parseFormActionId(actionId);
    if (!parsed) return null;
    return (await store.listSessions(person.id)).find((s) => (s.state as FormState).token === parsed.token) ?? null;
  }

  /** "Later" on the prompt: remind on the next working day. */
  async function postpone(person: Person, round: Round, now: Date): Promise<Reply[]> {
    const day = nextWorkingDayOnOrAfter(addDays(localDate(now, ctx.tz), 1));
    await store.upsertReminder(person.id, round.municipality, round.key, { snoozeUntil: snoozeInstant(day, ctx.tz) });
    return [{ kind: 'form', text: t.postponed(`op ${formatDutchDate(day)}`) }];
  }

  /** Pauses the person's open forms (after "herinner me …"). */
  async function pauseAll(person: Person): Promise<void> {
    await serialized(person.id, async () => {
      for (const s of await store.listSessions(person.id, { status: ['open'] })) await store.updateSession(s.id, s.updatedAt, { status: 'paused', state: s.state });
    });
  }

  return { open, step, activeSession, sessionToChange, sessionForAction, postpone, pauseAll };
}

export type FormRunner = ReturnType<typeof createFormRunner>;
